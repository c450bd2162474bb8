package io.strikeiq.bars;

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

    /** Optional rules off; the old system's thresholds (1000, 500, 10/150, 50) ready to switch on. */
    public static BarValidationConfig defaults() {
        return new BarValidationConfig(false, 1000, false, 500, false, 10, 150, false, 50);
    }

    /** Every optional rule on with the old system's thresholds. */
    public static BarValidationConfig legacy() {
        return new BarValidationConfig(true, 1000, true, 500, true, 10, 150, true, 50);
    }
}
