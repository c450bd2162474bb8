package io.strikeiq.analytics;

import static io.strikeiq.settings.Setting.decimal;
import static io.strikeiq.settings.Setting.decimalBelow;
import static io.strikeiq.settings.Setting.decimalBetween;
import static io.strikeiq.settings.Setting.duration;
import static io.strikeiq.settings.Setting.integer;
import static io.strikeiq.settings.Setting.whole;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.strikeiq.settings.CrossCheck;
import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingGroup;
import io.strikeiq.settings.SettingValues;
import java.math.BigDecimal;
import java.util.List;

/**
 * The options chain engines' settings ({@link ChainAnalyticsConfig}): declared once here, with
 * their defaults, ranges and the rules they obey together. docs/ENGINES.md explains each.
 */
public final class ChainSettings {
    /** Durations stay below a year, so that nanoseconds never overflow. */
    private static final long YEAR_SECONDS = 31_536_000;
    /** Window and sample counts size preallocated rings, so they are bounded. */
    private static final int MAX_SAMPLES = 100_000;

    public static final Setting RATE = decimal("chain.rate", "0.065", "0", "1",
        "Continuously compounded rate (per 1.00 a year) for discounting.");
    public static final Setting MAX_SPREAD_RATIO = decimal("chain.max-spread-ratio", "0.25", "0", "100",
        "(ask - bid) / mid above which the mid is not used for IV (flag WIDE_SPREAD).");
    public static final Setting STALE = duration("chain.stale-seconds", "300", SECONDS, 0, YEAR_SECONDS,
        "A leg not updated for this much event time gets the STALE IV flag.");
    // 0.001: a live forward moves on every future tick, so 0 (exact) would re-solve without end (~8 us per
    // event, the demo ran 7x slower); the cost is 4.6 % of the priced 2019 NSE legs keeping an IV solved at
    // an older forward (docs/ENGINES.md).
    public static final Setting IV_RESOLVE_FORWARD_MOVE = decimal("chain.iv-resolve-forward-move", "0.001", "0", "0.5",
        "Forward move (fraction) after which every priced leg of the chain is re-solved; 0 = on any change.");
    public static final Setting SAMPLE = duration("chain.sample-seconds", "60", SECONDS, 1, 86_400,
        "Sampling period of the PCR and ATM-IV histories; chain signals are evaluated at each sample.");
    public static final Setting PCR_Z_WINDOW = integer("chain.pcr-z-window", "60", 2, MAX_SAMPLES,
        "Samples in the PCR(OI) z-score window.");
    public static final Setting PCR_Z_MIN_SAMPLES = integer("chain.pcr-z-min-samples", "10", 2, MAX_SAMPLES,
        "Samples before the z-score is defined.");
    public static final Setting PCR_Z_ENTER = decimal("chain.pcr-z-enter", "2.0", "0", "1000",
        "|z| above which PCR_Z_EXTREME fires.");
    public static final Setting PCR_Z_EXIT = decimal("chain.pcr-z-exit", "1.5", "0", "1000",
        "|z| below which an extreme zone is left (hysteresis).");
    public static final Setting IV_HISTORY = integer("chain.iv-history", "375", 1, MAX_SAMPLES,
        "ATM-IV samples kept for the IV-regime percentile.");
    public static final Setting IV_MIN_SAMPLES = integer("chain.iv-min-samples", "20", 1, MAX_SAMPLES,
        "Samples before the IV regime is defined.");
    public static final Setting IV_LOW_PCT = decimal("chain.iv-low-pct", "30.0", "0", "100",
        "ATM-IV percentile below which the regime is LOW.");
    public static final Setting IV_HIGH_PCT = decimal("chain.iv-high-pct", "70.0", "0", "100",
        "Percentile above which it is HIGH.");
    public static final Setting IV_EXTREME_PCT = decimal("chain.iv-extreme-pct", "95.0", "0", "100",
        "Percentile above which it is EXTREME.");
    public static final Setting IV_HYSTERESIS_PCT = decimal("chain.iv-hysteresis-pct", "2.5", "0", "100",
        "The regime changes only when the percentile is this far from every threshold.");
    public static final Setting BUILDUP_MIN_LOTS = whole("chain.buildup-min-lots", "1", 0, 1_000_000_000,
        "Smallest |change in OI|, in lots, that classifies a build-up.");
    public static final Setting BUILDUP_MIN_TICKS = whole("chain.buildup-min-ticks", "1", 0, 1_000_000_000,
        "Smallest |change in price|, in ticks, that classifies a build-up.");
    public static final Setting WINDOW = duration("chain.window-seconds", "300", SECONDS, 1, YEAR_SECONDS,
        "Rolling build-up window and OI-acceleration window.");
    public static final Setting GEX_CONVENTION = Setting.choice("chain.gex-convention", "classic",
        List.of("classic", "flow"), "Dealer sign of GEX: classic (long calls, short puts) or flow (from OI build-up).");
    public static final Setting GAMMA_REGIME_BAND = decimalBelow("chain.gamma-regime-band", "0.05", "0", "1",
        "Gamma regime flips only when total GEX passes this fraction of gross |GEX|.");
    public static final Setting FLIP_RANGE = decimalBetween("chain.flip-range", "0.10", "0", "1",
        "Gamma-flip grid half-width as a fraction of spot.");
    public static final Setting FLIP_STEP = decimalBetween("chain.flip-step", "0.001", "0", "1",
        "Gamma-flip grid step as a fraction of spot.");
    public static final Setting FLIP = duration("chain.flip-seconds", "5", SECONDS, 1, 86_400,
        "Event time between full gamma-flip recomputes.");
    // 2,048 phi evaluations are about 20 us of the analytics thread per event (docs/ENGINES.md), so a
    // 2 x 201-strike grid lands within about 80 input events.
    public static final Setting FLIP_TERMS_PER_EVENT = integer("chain.flip-terms-per-event", "2048", 0,
        Integer.MAX_VALUE, "Leg x grid-point terms of a due flip recompute evaluated per input event; 0 = all at once.");
    public static final Setting FLIP_CROSS_BAND = decimal("chain.flip-cross-band", "0.001", "0", "1",
        "Spot must pass the flip by this fraction to count as a crossing.");
    public static final Setting RV_MINUTES = integer("chain.rv-minutes", "30", 2, MAX_SAMPLES,
        "1-minute returns in the realised-volatility window.");
    public static final Setting RSI_PERIOD = integer("chain.rsi-period", "14", 1, MAX_SAMPLES,
        "Wilder RSI period, in 1-minute closes.");
    public static final Setting MOMENTUM_MINUTES = integer("chain.momentum-minutes", "10", 1, MAX_SAMPLES,
        "Look-back of the momentum score, in minutes.");
    public static final Setting MINUTES_PER_YEAR = decimal("chain.minutes-per-year", "94500", "1", "10000000",
        "Annualisation of 1-minute realised vol (252 days x 375 minutes).");
    public static final Setting SNAPSHOT = duration("chain.snapshot-seconds", "10", SECONDS, 0, YEAR_SECONDS,
        "Event time between storage snapshots; 0 disables them.");
    // 64 rows cost an expanding event a few us (docs/BENCHMARKS.md), and a 2 x 81-strike snapshot
    // (327 rows) is written within 6 events of its boundary.
    public static final Setting SNAPSHOT_ROWS_PER_EVENT = integer("chain.snapshot-rows-per-event", "64", 0, 1_000_000,
        "Snapshot records written per input event after the boundary event; 0 = all in the boundary event.");
    public static final Setting DEBOUNCE = duration("chain.debounce-seconds", "60", SECONDS, 0, YEAR_SECONDS,
        "Minimum event time between two chain signals of the same type for the same underlying.");

    /** The flip grid is preallocated: at most 10,000 steps each side of spot. */
    private static final CrossCheck FLIP_GRID = CrossCheck.of(List.of(FLIP_RANGE, FLIP_STEP), v ->
        new BigDecimal(v.text(FLIP_RANGE)).compareTo(new BigDecimal(v.text(FLIP_STEP)).multiply(BigDecimal.valueOf(10_000))) <= 0
            ? null : "chain.flip-range (" + v.text(FLIP_RANGE) + ") must be at most 10,000 x chain.flip-step ("
            + v.text(FLIP_STEP) + "): the flip grid has at most 10,000 points each side of spot");

    public static final SettingGroup GROUP = new SettingGroup("options chain engines",
        List.of(RATE, MAX_SPREAD_RATIO, STALE, IV_RESOLVE_FORWARD_MOVE, SAMPLE, PCR_Z_WINDOW, PCR_Z_MIN_SAMPLES,
            PCR_Z_ENTER, PCR_Z_EXIT, IV_HISTORY, IV_MIN_SAMPLES, IV_LOW_PCT, IV_HIGH_PCT, IV_EXTREME_PCT,
            IV_HYSTERESIS_PCT, BUILDUP_MIN_LOTS, BUILDUP_MIN_TICKS, WINDOW, GEX_CONVENTION, GAMMA_REGIME_BAND,
            FLIP_RANGE, FLIP_STEP, FLIP, FLIP_TERMS_PER_EVENT, FLIP_CROSS_BAND, RV_MINUTES, RSI_PERIOD,
            MOMENTUM_MINUTES, MINUTES_PER_YEAR, SNAPSHOT, SNAPSHOT_ROWS_PER_EVENT, DEBOUNCE),
        List.of(CrossCheck.atMost(PCR_Z_MIN_SAMPLES, PCR_Z_WINDOW), CrossCheck.below(PCR_Z_EXIT, PCR_Z_ENTER),
            CrossCheck.atMost(IV_MIN_SAMPLES, IV_HISTORY), CrossCheck.below(IV_LOW_PCT, IV_HIGH_PCT),
            CrossCheck.below(IV_HIGH_PCT, IV_EXTREME_PCT), FLIP_GRID));

    /** The chain schedules driven by the analytics timer (each fires at most once per timer tick). */
    public static final List<Setting> SCHEDULES = List.of(SAMPLE, WINDOW, FLIP, SNAPSHOT);

    private ChainSettings() {
    }

    /** A builder holding {@code v}'s chain settings. */
    public static ChainAnalyticsConfig.Builder read(final SettingValues v) {
        return new ChainAnalyticsConfig.Builder()
            .rate(v.doubleValue(RATE))
            .maxSpreadRatio(v.doubleValue(MAX_SPREAD_RATIO))
            .staleNanos(v.nanos(STALE))
            .sampleNanos(v.nanos(SAMPLE))
            .pcrZWindow(v.intValue(PCR_Z_WINDOW))
            .pcrZMinSamples(v.intValue(PCR_Z_MIN_SAMPLES))
            .pcrZEnter(v.doubleValue(PCR_Z_ENTER))
            .pcrZExit(v.doubleValue(PCR_Z_EXIT))
            .ivHistory(v.intValue(IV_HISTORY))
            .ivMinSamples(v.intValue(IV_MIN_SAMPLES))
            .ivLowPct(v.doubleValue(IV_LOW_PCT))
            .ivHighPct(v.doubleValue(IV_HIGH_PCT))
            .ivExtremePct(v.doubleValue(IV_EXTREME_PCT))
            .ivHysteresisPct(v.doubleValue(IV_HYSTERESIS_PCT))
            .buildUpMinLots(v.longValue(BUILDUP_MIN_LOTS))
            .buildUpMinTicks(v.longValue(BUILDUP_MIN_TICKS))
            .windowNanos(v.nanos(WINDOW))
            .gexConvention("flow".equals(v.choice(GEX_CONVENTION)) ? GexConvention.FLOW : GexConvention.CLASSIC)
            .gammaRegimeBand(v.doubleValue(GAMMA_REGIME_BAND))
            .flipRange(v.doubleValue(FLIP_RANGE))
            .flipStep(v.doubleValue(FLIP_STEP))
            .flipNanos(v.nanos(FLIP))
            .flipCrossBand(v.doubleValue(FLIP_CROSS_BAND))
            .rvMinutes(v.intValue(RV_MINUTES))
            .rsiPeriod(v.intValue(RSI_PERIOD))
            .momentumMinutes(v.intValue(MOMENTUM_MINUTES))
            .minutesPerYear(v.doubleValue(MINUTES_PER_YEAR))
            .snapshotNanos(v.nanos(SNAPSHOT))
            .debounceNanos(v.nanos(DEBOUNCE))
            .ivResolveForwardMove(v.doubleValue(IV_RESOLVE_FORWARD_MOVE))
            .snapshotRowsPerEvent(v.intValue(SNAPSHOT_ROWS_PER_EVENT))
            .flipTermsPerEvent(v.intValue(FLIP_TERMS_PER_EVENT));
    }
}
