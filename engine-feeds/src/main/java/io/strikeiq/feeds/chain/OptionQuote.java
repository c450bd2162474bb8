package io.strikeiq.feeds.chain;

/**
 * One option leg (call or put at one strike and expiry) as a chain file reports it. A value the
 * file does not carry, or marks as "not available" (NSE's {@code -}, and NSE JSON's {@code 0}
 * for a price or an implied volatility, which means "no trade / no quote / not computed"), is
 * absent: its bit is set in {@link #missing()} and the field holds NaN, never 0. A reported 0
 * open interest, volume or OI change is a real 0. Open interest and volume are in the snapshot's
 * {@link QuantityUnit}; they are doubles because NSE's JSON has fractional OI (e.g. 319.5 lots on
 * long-dated NIFTY options whose lot size changed after listing). The volatility is per 1.00 (NSE's
 * 68.33 % is 0.6833). The quantities at bid and ask are the file's (shares in all NSE formats).
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
    double openInterest, double changeInOi, double volume, double impliedVol, double ltp,
    double bid, double bidQty, double ask, double askQty, int missing) {

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
        check(Double.isNaN(openInterest), OI, missing, "openInterest");
        check(Double.isNaN(changeInOi), CHANGE_IN_OI, missing, "changeInOi");
        check(Double.isNaN(volume), VOLUME, missing, "volume");
        check(Double.isNaN(impliedVol), IV, missing, "impliedVol");
        check(Double.isNaN(ltp), LTP, missing, "ltp");
        check(Double.isNaN(bid), BID, missing, "bid");
        check(Double.isNaN(bidQty), BID, missing, "bidQty");
        check(Double.isNaN(ask), ASK, missing, "ask");
        check(Double.isNaN(askQty), ASK, missing, "askQty");
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
}
