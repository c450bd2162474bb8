package io.strikeiq.bars;

import io.strikeiq.settings.SettingValues;

/**
 * Switches and thresholds of the optional hygiene rules (futures_signals.md §2). The always-on
 * rules (integrity, finiteness, positivity, monotonic open times) take no settings. The optional
 * rules are the old system's gap heuristics, off by default because with bars keyed by instrument
 * id they mostly throw away good bars.
 *
 * @param priceFloorEnabled reject a bar with any price below {@code priceFloor}
 * @param discontinuityEnabled reject |close − previous good close| &gt; {@code maxGap}
 * @param smallRangeBigGapEnabled reject range ≤ {@code smallRange} with gap ≥ {@code smallRangeGap}
 * @param flatDiscontinuityEnabled reject open = high = low = close with gap &gt; {@code flatGap}
 */
public record BarValidationConfig(boolean priceFloorEnabled, double priceFloor,
                                  boolean discontinuityEnabled, double maxGap,
                                  boolean smallRangeBigGapEnabled, double smallRange, double smallRangeGap,
                                  boolean flatDiscontinuityEnabled, double flatGap) {
    public BarValidationConfig {
        if (!(priceFloor >= 0) || !(maxGap > 0) || !(smallRange >= 0) || !(smallRangeGap > 0) || !(flatGap >= 0)) {
            throw new IllegalArgumentException("hygiene thresholds must be finite and non-negative (gaps positive)");
        }
    }

    /** Optional rules off; the old system's thresholds ready to switch on (the settings table's defaults). */
    public static BarValidationConfig defaults() {
        return builder().build();
    }

    /** A builder holding the table's defaults ({@link HygieneSettings}). */
    public static Builder builder() {
        return HygieneSettings.read(SettingValues.defaults());
    }

    /** Every optional rule on with the default thresholds (the old system's). */
    public static BarValidationConfig legacy() {
        return builder().priceFloorEnabled(true).discontinuityEnabled(true).smallRangeBigGapEnabled(true)
            .flatDiscontinuityEnabled(true).build();
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder()
            .priceFloorEnabled(priceFloorEnabled)
            .priceFloor(priceFloor)
            .discontinuityEnabled(discontinuityEnabled)
            .maxGap(maxGap)
            .smallRangeBigGapEnabled(smallRangeBigGapEnabled)
            .smallRange(smallRange)
            .smallRangeGap(smallRangeGap)
            .flatDiscontinuityEnabled(flatDiscontinuityEnabled)
            .flatGap(flatGap);
    }

    /** Named setters for a {@link BarValidationConfig}; {@link #build()} checks the values. */
    public static final class Builder {
        private boolean priceFloorEnabled;
        private double priceFloor;
        private boolean discontinuityEnabled;
        private double maxGap;
        private boolean smallRangeBigGapEnabled;
        private double smallRange;
        private double smallRangeGap;
        private boolean flatDiscontinuityEnabled;
        private double flatGap;

        Builder() {
        }

        public Builder priceFloorEnabled(final boolean value) {
            priceFloorEnabled = value;
            return this;
        }

        public Builder priceFloor(final double value) {
            priceFloor = value;
            return this;
        }

        public Builder discontinuityEnabled(final boolean value) {
            discontinuityEnabled = value;
            return this;
        }

        public Builder maxGap(final double value) {
            maxGap = value;
            return this;
        }

        public Builder smallRangeBigGapEnabled(final boolean value) {
            smallRangeBigGapEnabled = value;
            return this;
        }

        public Builder smallRange(final double value) {
            smallRange = value;
            return this;
        }

        public Builder smallRangeGap(final double value) {
            smallRangeGap = value;
            return this;
        }

        public Builder flatDiscontinuityEnabled(final boolean value) {
            flatDiscontinuityEnabled = value;
            return this;
        }

        public Builder flatGap(final double value) {
            flatGap = value;
            return this;
        }

        public BarValidationConfig build() {
            return new BarValidationConfig(priceFloorEnabled, priceFloor, discontinuityEnabled, maxGap, smallRangeBigGapEnabled,
                smallRange, smallRangeGap, flatDiscontinuityEnabled, flatGap);
        }
    }
}
