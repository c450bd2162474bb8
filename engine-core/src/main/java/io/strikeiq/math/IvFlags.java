package io.strikeiq.math;

/**
 * Quality flags of an implied volatility, an {@code int} bit set so a result carries several
 * reasons without allocating. Flags that mean "no volatility" always come with a NaN value:
 * {@link #BELOW_INTRINSIC}, {@link #ABOVE_UPPER_BOUND}, {@link #NO_QUOTE}, {@link #EXPIRED},
 * {@link #BAD_INPUT}. {@link #WIDE_SPREAD} and {@link #STALE} qualify the price that was used: the
 * volatility may still be a number (from the last trade when the spread is wide, from the old
 * quote when it is stale) and consumers decide whether to trust it. {@link #NONE} is a clean value.
 */
public final class IvFlags {
    /** Clean value. */
    public static final int NONE = 0;
    /** Price below the discounted intrinsic value: no volatility reproduces it. */
    public static final int BELOW_INTRINSIC = 1;
    /** Price at or above the no-arbitrage upper bound (discounted F for a call, K for a put). */
    public static final int ABOVE_UPPER_BOUND = 1 << 1;
    /** No trade and no usable two-sided quote (or the price is NaN). */
    public static final int NO_QUOTE = 1 << 2;
    /** Spread / mid above the configured ratio; the last trade was used instead of the mid. */
    public static final int WIDE_SPREAD = 1 << 3;
    /** The price is older (in event time) than the configured age. */
    public static final int STALE = 1 << 4;
    /** Event time at or after the expiry instant. */
    public static final int EXPIRED = 1 << 5;
    /** Non-positive or NaN forward or strike, NaN rate or time. */
    public static final int BAD_INPUT = 1 << 6;

    /** Flags after which the volatility is NaN. */
    public static final int NO_VALUE = BELOW_INTRINSIC | ABOVE_UPPER_BOUND | NO_QUOTE | EXPIRED | BAD_INPUT;

    /** Number of flag bits (bit 0 = BELOW_INTRINSIC … bit 6 = BAD_INPUT). */
    public static final int BITS = 7;
    private static final String[] NAMES = {
        "below intrinsic", "above upper bound", "no quote", "wide spread", "stale", "expired", "bad input"};

    private IvFlags() {
    }

    /** Lower-case name of flag bit {@code bit} (for counters and reports). */
    public static String name(final int bit) {
        return NAMES[bit];
    }

    /** True when {@code flags} contains every bit of {@code flag}. */
    public static boolean has(final int flags, final int flag) {
        return (flags & flag) == flag;
    }
}
