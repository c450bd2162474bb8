package io.strikeiq.feeds.chain;

import java.time.LocalDate;

/**
 * One leg of one snapshot, resolved and converted for replay: its contract (underlying, expiry,
 * strike, right, lot size from {@link ContractTerms}) and its tick values in the engine's units
 * (prices and IV NaN when absent, OI and volume whole contracts or -1 when absent). Two legs with
 * the same {@link #contractKey} are the same instrument, whichever file or snapshot they come from.
 *
 * @param tick false when the tick was rejected (see {@link ChainIngestRecord}): the leg is defined but does not tick
 */
record PreparedLeg(String contractKey, LocalDate expiryDate, long expiryNanos, double strike, boolean call, int lotSize,
                   double ltp, double bid, double ask, long bidQty, long askQty, double vendorIv, long openInterest,
                   long volume, boolean tick) {

    /** True when every tick value equals {@code o}'s (NaN equal to NaN): a repeat carries no news. */
    boolean sameValues(final PreparedLeg o) {
        return same(ltp, o.ltp) && same(bid, o.bid) && same(ask, o.ask) && bidQty == o.bidQty && askQty == o.askQty
            && same(vendorIv, o.vendorIv) && openInterest == o.openInterest && volume == o.volume;
    }

    private static boolean same(final double a, final double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }
}
