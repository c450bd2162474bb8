package io.strikeiq.analytics;

import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingGroup;
import io.strikeiq.settings.SettingValues;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@link MaxPainEngine}'s settings: declared once here, with their defaults, and read into a {@link MaxPainConfig}. */
public final class MaxPainSettings {
    public static final Setting DEBOUNCE = Setting.duration("maxpain.debounce-seconds", "300", TimeUnit.SECONDS, 0,
        31_536_000, "Minimum event time between two MAX_PAIN_SHIFT signals of one chain.");
    public static final Setting MIN_TOTAL_OI = Setting.whole("maxpain.min-total-oi", "10000", 0, Long.MAX_VALUE,
        "Max pain is undefined (no signal) while the chain's call + put OI is below this.");
    public static final Setting FULL_STRENGTH_STEPS = Setting.integer("maxpain.full-strength-steps", "4", 1, 10_000,
        "A shift of this many strike steps or more has strength 1.");

    public static final SettingGroup GROUP = new SettingGroup("max pain engine",
        List.of(DEBOUNCE, MIN_TOTAL_OI, FULL_STRENGTH_STEPS), List.of());

    private MaxPainSettings() {
    }

    /** A builder holding {@code v}'s max-pain settings. */
    public static MaxPainConfig.Builder read(final SettingValues v) {
        return new MaxPainConfig.Builder().debounceNanos(v.nanos(DEBOUNCE)).minTotalOi(v.longValue(MIN_TOTAL_OI))
            .fullStrengthSteps(v.intValue(FULL_STRENGTH_STEPS));
    }
}
