package io.strikeiq.feeds.dbn;

/**
 * DBN fixed-point prices: i64 in units of 1e-9. Conversion to {@code double} happens here, at the
 * feed edge, and the {@link #UNDEF_PRICE} sentinel becomes {@code NaN} so no engine ever mistakes
 * "no price" for a price of 9.2e9.
 */
public final class FixedPrice {
    /** Raw units per 1.0 of price. */
    public static final long SCALE = 1_000_000_000L;
    /** Sentinel for an undefined price (i64::MAX). */
    public static final long UNDEF_PRICE = Long.MAX_VALUE;
    private static final double SCALE_D = 1e9;

    private FixedPrice() {
    }

    /** @return the price as a double (division is correctly rounded), or NaN for {@link #UNDEF_PRICE} */
    public static double toDouble(final long raw) {
        return raw == UNDEF_PRICE ? Double.NaN : raw / SCALE_D;
    }

    /** @return whether {@code raw} is the undefined-price sentinel */
    public static boolean isUndefined(final long raw) {
        return raw == UNDEF_PRICE;
    }

    /** @return the nearest raw fixed-point value of {@code price}; NaN maps to {@link #UNDEF_PRICE} */
    public static long fromDouble(final double price) {
        return Double.isNaN(price) ? UNDEF_PRICE : Math.round(price * SCALE_D);
    }
}
