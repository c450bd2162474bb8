package io.strikeiq.analytics;

/**
 * Dealer sign convention of gamma exposure, recorded on every GEX output (0 / 1 in the journal).
 * CLASSIC: dealers are long calls (+1) and short puts (−1). FLOW: the sign follows the
 * contract's day OI build-up — customer buying (LONG_BUILDUP, SHORT_COVERING) leaves dealers
 * short (−1), customer selling (SHORT_BUILDUP, LONG_UNWINDING) leaves them long (+1), and a
 * NEUTRAL contract falls back to CLASSIC.
 */
public enum GexConvention {
    CLASSIC,
    FLOW;

    /** Dealer sign of a contract under this convention. */
    public int sign(final boolean isCall, final byte buildUp) {
        if (this == FLOW) {
            switch (buildUp) {
                case BuildUp.LONG_BUILDUP:
                case BuildUp.SHORT_COVERING:
                    return -1;
                case BuildUp.SHORT_BUILDUP:
                case BuildUp.LONG_UNWINDING:
                    return 1;
                default:
                    break;
            }
        }
        return isCall ? 1 : -1;
    }
}
