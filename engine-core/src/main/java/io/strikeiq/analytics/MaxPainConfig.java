package io.strikeiq.analytics;

import io.strikeiq.settings.SettingValues;

/**
 * Settings of the {@link MaxPainEngine}.
 *
 * Defaults and ranges: {@link MaxPainSettings}.
 *
 * @param debounceNanos event-time window after a {@code MAX_PAIN_SHIFT} of a chain in which
 *     further shifts of that chain are held back: max pain flickers between
 *     neighbouring strikes when the pain curve is flat
 * @param minTotalOi Σ call + put OI (contracts) of the chain below which max pain is undefined
 *     and nothing is signalled
 * @param fullStrengthSteps a shift of this many strike steps or more has strength 1
 */
public record MaxPainConfig(long debounceNanos, long minTotalOi, int fullStrengthSteps) {
    public MaxPainConfig {
        if (debounceNanos < 0 || minTotalOi < 0 || fullStrengthSteps <= 0) {
            throw new IllegalArgumentException("need debounce >= 0, minTotalOi >= 0, fullStrengthSteps > 0");
        }
    }

    /** The settings table's defaults ({@link MaxPainSettings}). */
    public static MaxPainConfig defaults() {
        return builder().build();
    }

    /** A builder holding the table's defaults. */
    public static Builder builder() {
        return MaxPainSettings.read(SettingValues.defaults());
    }

    /** Named setters for a {@link MaxPainConfig}; {@link #build()} checks the values. */
    public static final class Builder {
        private long debounceNanos;
        private long minTotalOi;
        private int fullStrengthSteps;

        Builder() {
        }

        public Builder debounceNanos(final long value) {
            debounceNanos = value;
            return this;
        }

        public Builder minTotalOi(final long value) {
            minTotalOi = value;
            return this;
        }

        public Builder fullStrengthSteps(final int value) {
            fullStrengthSteps = value;
            return this;
        }

        public MaxPainConfig build() {
            return new MaxPainConfig(debounceNanos, minTotalOi, fullStrengthSteps);
        }
    }
}
