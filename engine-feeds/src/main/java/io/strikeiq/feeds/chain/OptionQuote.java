package io.strikeiq.feeds.chain;

/**
 * One option leg (call or put at one strike and expiry) as a chain file reports it. A value the
 * file does not carry, or marks as "not available" (NSE's {@code -}, and NSE JSON's {@code 0}
 * for a price or an implied volatility, which means "no trade / no quote / not computed"), is
 * absent: its bit is set in {@link #missing()} and the field holds NaN (prices, volatility) or
 * {@link #ABSENT} (counts), never 0. A reported 0 open interest, volume or OI change is a real 0.
 * Counts are in the snapshot's {@link QuantityUnit}; the volatility is per 1.00 (NSE's 68.33 % is
 * 0.6833); the quantities at bid and ask are those of the file.
 *
 * @param openInterest open interest
 * @param changeInOi   change in open interest since the previous session's close
 * @param volume       traded volume of the day
 * @param impliedVol   exchange-published implied volatility, per 1.00
 * @param ltp          last traded price
 * @param bid          best bid price
 * @param bidQty       quantity at the best bid
 * @param ask          best ask price
 * @param askQty       quantity at the best ask
 * @param missing      bit set of the absent fields ({@link #OI} ... {@link #ASK})
 */
public record OptionQuote(
    long openInterest, long changeInOi, long volume, double impliedVol, double ltp,
    double bid, long bidQty, double ask, long askQty, int missing) {

    /** Value of an absent count. */
    public static final long ABSENT = Long.MIN_VALUE;

    public static final int OI = 1;
    public static final int CHANGE_IN_OI = 1 << 1;
    public static final int VOLUME = 1 << 2;
    public static final int IV = 1 << 3;
    public static final int LTP = 1 << 4;
    /** Bid price and quantity. */
    public static final int BID = 1 << 5;
    /** Ask price and quantity. */
    public static final int ASK = 1 << 6;
    public static final int ALL = OI | CHANGE_IN_OI | VOLUME | IV | LTP | BID | ASK;

    /** Checks that the values agree with the {@link #missing()} bits. */
    public OptionQuote {
        check(openInterest == ABSENT, OI, missing, "openInterest");
        check(changeInOi == ABSENT, CHANGE_IN_OI, missing, "changeInOi");
        check(volume == ABSENT, VOLUME, missing, "volume");
        check(Double.isNaN(impliedVol), IV, missing, "impliedVol");
        check(Double.isNaN(ltp), LTP, missing, "ltp");
        check(Double.isNaN(bid) && bidQty == ABSENT, BID, missing, "bid");
        check(Double.isNaN(ask) && askQty == ABSENT, ASK, missing, "ask");
    }

    private static void check(final boolean absent, final int bit, final int missing, final String name) {
        if (absent != ((missing & bit) != 0)) {
            throw new IllegalArgumentException(name + " absent=" + absent + " disagrees with missing bits " + missing);
        }
    }

    /** True when every field in {@code bits} is present. */
    public boolean has(final int bits) {
        return (missing & bits) == 0;
    }

    /** Count {@code value}, or {@link #ABSENT} when {@code present} is false. */
    static long count(final boolean present, final long value) {
        return present ? value : ABSENT;
    }
}
