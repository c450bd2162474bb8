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
    /** PCR(OI) z-score against its event-time window entered an extreme zone (|z| above the entry level). */
    public static final int PCR_Z_EXTREME = 5;
    /** Dealer gamma regime (sign of total GEX beyond its hysteresis band) changed. */
    public static final int GAMMA_REGIME_CHANGE = 6;
    /** Spot crossed the gamma flip (beyond the crossing band). */
    public static final int GAMMA_FLIP_CROSS = 7;
    /** ATM IV regime (percentile vs history) changed. */
    public static final int IV_REGIME_CHANGE = 8;
    /** OI build-up class of the contract at a support / resistance OI wall changed. */
    public static final int OI_WALL_BUILDUP_SHIFT = 9;

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
            case PCR_Z_EXTREME: return "PCR_Z_EXTREME";
            case GAMMA_REGIME_CHANGE: return "GAMMA_REGIME_CHANGE";
            case GAMMA_FLIP_CROSS: return "GAMMA_FLIP_CROSS";
            case IV_REGIME_CHANGE: return "IV_REGIME_CHANGE";
            case OI_WALL_BUILDUP_SHIFT: return "OI_WALL_BUILDUP_SHIFT";
            case TRIANGLE: return "TRIANGLE";
            default: return "TYPE_" + id;
        }
    }
}
