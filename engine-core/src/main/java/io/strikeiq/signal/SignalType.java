package io.strikeiq.signal;

/**
 * Stable numeric ids of signal types, as written into the output journal's
 * {@code signalType} field. Never renumber.
 */
public final class SignalType {
    /** PCR(OI) rose through the upper threshold (put-heavy positioning). */
    public static final int PCR_HIGH = 1;
    /** PCR(OI) fell through the lower threshold (call-heavy positioning). */
    public static final int PCR_LOW = 2;
    /** PCR(OI) returned inside the band (beyond the hysteresis margin). */
    public static final int PCR_NORMAL = 3;
    /** Max-pain strike of an expiry changed. */
    public static final int MAX_PAIN_SHIFT = 4;

    /** Futures chain: the 1m bias flipped and passed the HTF / engulfing filters (direction = new bias). */
    public static final int TRIANGLE = 100;

    private SignalType() {
    }

    public static String name(final int id) {
        switch (id) {
            case PCR_HIGH: return "PCR_HIGH";
            case PCR_LOW: return "PCR_LOW";
            case PCR_NORMAL: return "PCR_NORMAL";
            case MAX_PAIN_SHIFT: return "MAX_PAIN_SHIFT";
            case TRIANGLE: return "TRIANGLE";
            default: return "TYPE_" + id;
        }
    }
}
