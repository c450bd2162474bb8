package io.strikeiq.analytics;

/**
 * ATM implied-volatility regimes, numbered as the journal's {@code ivRegime} field: the ATM IV's
 * percentile against its rolling history below the low threshold is LOW, above the high one
 * HIGH, above the extreme one EXTREME, otherwise NORMAL; UNKNOWN until enough history exists.
 */
public final class IvRegime {
    public static final byte UNKNOWN = 0;
    public static final byte LOW = 1;
    public static final byte NORMAL = 2;
    public static final byte HIGH = 3;
    public static final byte EXTREME = 4;

    private IvRegime() {
    }

    /** Regime of a percentile (0–100) under the thresholds. */
    public static byte of(final double percentile, final double low, final double high, final double extreme) {
        if (Double.isNaN(percentile)) {
            return UNKNOWN;
        }
        if (percentile > extreme) {
            return EXTREME;
        }
        if (percentile > high) {
            return HIGH;
        }
        return percentile < low ? LOW : NORMAL;
    }

    public static String name(final int r) {
        switch (r) {
            case LOW: return "LOW";
            case NORMAL: return "NORMAL";
            case HIGH: return "HIGH";
            case EXTREME: return "EXTREME";
            default: return "UNKNOWN";
        }
    }
}
