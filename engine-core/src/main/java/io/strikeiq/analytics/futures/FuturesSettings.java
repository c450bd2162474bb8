package io.strikeiq.analytics.futures;

import static io.strikeiq.settings.Setting.flag;

import io.strikeiq.bars.HygieneSettings;
import io.strikeiq.bars.SessionAlignment;
import io.strikeiq.bars.Timeframe;
import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingGroup;
import io.strikeiq.settings.SettingValues;
import java.util.ArrayList;
import java.util.List;

/**
 * The futures signal chain's settings ({@link FuturesConfig}): declared once here. The HTF switches
 * are one {@code futures.htf.LABEL} key per higher triangle {@link Timeframe} (below {@code SIGNAL_COUNT}), so a new one gets its
 * key from the timeframe list.
 */
public final class FuturesSettings {
    public static final Setting ENABLED = flag("futures.enabled", "true",
        "Run the futures signal chain (1-minute bars -> higher timeframes -> bias -> triangles).");
    public static final Setting SESSION = Setting.choice("futures.session", "cme", List.of("utc", "cme", "nse"),
        "Session origin of the higher-timeframe buckets: utc midnight, cme 17:00 Chicago, nse 09:15 Kolkata.");
    /** {@code HTF.get(i)} switches timeframe {@code Timeframe.FIRST_HTF + i}. */
    public static final List<Setting> HTF = htfSwitches();
    public static final Setting HTF_ALIGNED_ONLY = flag("futures.htf-aligned-only", "false",
        "A triangle needs every switched-on HTF bias to agree.");
    public static final Setting REQUIRE_ENGULFING = flag("futures.require-engulfing", "false",
        "A triangle needs the matching engulfing bar.");
    public static final Setting REQUIRE_SWEEP_ENGULFING = flag("futures.require-sweep-engulfing", "false",
        "A triangle needs the matching sweep-engulfing bar (takes priority over engulfing).");
    public static final Setting MAX_ZONES = Setting.integer("futures.max-zones", "64", 1, 100_000,
        "Capacity of each FVG / IFVG list per (instrument, timeframe).");
    public static final Setting MAX_ZONE_AGE_BARS = Setting.whole("futures.max-zone-age-bars", "10000", 1,
        1_000_000_000_000L, "Zones older than this many bars of their timeframe are dropped.");
    public static final Setting WARMUP_BARS = Setting.integer("futures.warmup-bars", "0", 0, Integer.MAX_VALUE,
        "Accepted 1-minute bars per instrument before any triangle.");
    public static final Setting WINDOW_START = Setting.instantOrNone("futures.window-start", "none",
        "No triangle for bars opening before this ISO instant (or none).");
    public static final Setting PUBLISH_COMPLETED_BARS = flag("futures.publish-completed-bars", "true",
        "Write a CompletedBar record for every higher-timeframe bar.");

    public static final SettingGroup GROUP = new SettingGroup("futures signal chain", settings(), List.of());

    private FuturesSettings() {
    }

    private static List<Setting> htfSwitches() {
        final List<Setting> s = new ArrayList<>();
        for (int tf = Timeframe.FIRST_HTF; tf < Timeframe.SIGNAL_COUNT; tf++) { // 30m has no switch: not a triangle timeframe
            s.add(flag("futures.htf." + Timeframe.label(tf), "true",
                "The " + Timeframe.label(tf) + " bias takes part in HTF alignment (a switched-off one never vetoes)."));
        }
        return List.copyOf(s);
    }

    private static List<Setting> settings() {
        final List<Setting> s = new ArrayList<>(List.of(ENABLED, SESSION));
        s.addAll(HTF);
        s.addAll(List.of(HTF_ALIGNED_ONLY, REQUIRE_ENGULFING, REQUIRE_SWEEP_ENGULFING, MAX_ZONES, MAX_ZONE_AGE_BARS,
            WARMUP_BARS, WINDOW_START, PUBLISH_COMPLETED_BARS));
        s.addAll(HygieneSettings.SETTINGS);
        return s;
    }

    /** A builder holding {@code v}'s futures settings (hygiene included). */
    public static FuturesConfig.Builder read(final SettingValues v) {
        int switches = 0;
        for (int i = 0; i < HTF.size(); i++) {
            if (v.flag(HTF.get(i))) {
                switches |= 1 << i;
            }
        }
        return new FuturesConfig.Builder().enabled(v.flag(ENABLED)).alignment(SessionAlignment.parse(v.choice(SESSION)))
            .validation(HygieneSettings.read(v).build()).htfSwitches(switches).htfAlignedOnly(v.flag(HTF_ALIGNED_ONLY))
            .requireEngulfing(v.flag(REQUIRE_ENGULFING)).requireSweepEngulfing(v.flag(REQUIRE_SWEEP_ENGULFING))
            .maxZones(v.intValue(MAX_ZONES)).maxZoneAgeBars(v.longValue(MAX_ZONE_AGE_BARS))
            .warmupBars(v.intValue(WARMUP_BARS)).windowStartNanos(v.instantNanos(WINDOW_START))
            .publishCompletedBars(v.flag(PUBLISH_COMPLETED_BARS));
    }
}
