package io.strikeiq.analytics;

/**
 * OI build-up classes of a contract, numbered as the journal's {@code BuildUp} enum: price and
 * OI both up is LONG_BUILDUP, price down and OI up SHORT_BUILDUP, price up and OI down
 * SHORT_COVERING, price down and OI down LONG_UNWINDING; a change below the minimum OI (lots) or
 * price (ticks) is NEUTRAL.
 */
public final class BuildUp {
    public static final byte NEUTRAL = 0;
    public static final byte LONG_BUILDUP = 1;
    public static final byte SHORT_BUILDUP = 2;
    public static final byte SHORT_COVERING = 3;
    public static final byte LONG_UNWINDING = 4;
    /** Number of classes. */
    public static final int COUNT = 5;

    private BuildUp() {
    }

    /**
     * Classifies a change in OI (contracts) and price. NaN prices or unknown OI are NEUTRAL.
     *
     * @param minOi smallest |ΔOI| (contracts) that counts
     * @param minPrice smallest |Δprice| that counts
     */
    public static byte classify(final long deltaOi, final double deltaPrice, final long minOi, final double minPrice) {
        if (!(Math.abs(deltaPrice) >= minPrice) || Math.abs(deltaOi) < minOi || deltaOi == 0 || deltaPrice == 0) {
            return NEUTRAL;
        }
        if (deltaPrice > 0) {
            return deltaOi > 0 ? LONG_BUILDUP : SHORT_COVERING;
        }
        return deltaOi > 0 ? SHORT_BUILDUP : LONG_UNWINDING;
    }

    public static String name(final int c) {
        switch (c) {
            case LONG_BUILDUP: return "LONG_BUILDUP";
            case SHORT_BUILDUP: return "SHORT_BUILDUP";
            case SHORT_COVERING: return "SHORT_COVERING";
            case LONG_UNWINDING: return "LONG_UNWINDING";
            default: return "NEUTRAL";
        }
    }
}
