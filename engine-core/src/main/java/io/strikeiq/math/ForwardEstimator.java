package io.strikeiq.math;

/**
 * Forward of one expiry: the same-expiry future's price when one trades, else the put-call-parity
 * implied forward {@code K + (C - P) / D} taken as the median over the three strikes nearest the
 * money among those with two-sided call and put quotes (mids). "Nearest the money" is ranked by
 * {@code |C - P|}, which is {@code D |F - K|}, so no spot or previous forward is needed. With
 * fewer than three usable strikes the median of what there is is used (the mean of two); with
 * none the forward is NaN and {@link #source()} is {@link #SOURCE_NONE}. Works over the caller's
 * primitive arrays and three preallocated slots: nothing allocates. Not thread-safe; one
 * instance per pipeline stage.
 */
public final class ForwardEstimator {
    /** No forward could be formed. */
    public static final int SOURCE_NONE = 0;
    /** The same-expiry future's price was used. */
    public static final int SOURCE_FUTURE = 1;
    /** The put-call-parity implied forward was used. */
    public static final int SOURCE_PARITY = 2;

    private static final int PICKS = 3;
    private final double[] pickDistance = new double[PICKS];
    private final double[] pickForward = new double[PICKS];
    private int picked;
    private int source;

    /**
     * Forward for one expiry. {@code futurePrice} NaN (or non-positive) means no future trades.
     * Arrays are indexed by strike slot {@code 0 .. count-1}; a leg is two-sided when
     * {@code 0 < bid <= ask} (NaN fails). {@code discount} is {@code exp(-r t)}.
     */
    public double estimate(
        final double futurePrice, final double[] strikes, final double[] callBid, final double[] callAsk,
        final double[] putBid, final double[] putAsk, final int count, final double discount) {
        picked = 0;
        if (futurePrice > 0.0 && futurePrice < Double.POSITIVE_INFINITY) {
            source = SOURCE_FUTURE;
            return futurePrice;
        }
        if (!(discount > 0.0)) {
            source = SOURCE_NONE;
            return Double.NaN;
        }
        for (int i = 0; i < count; i++) {
            if (isTwoSided(callBid[i], callAsk[i]) && isTwoSided(putBid[i], putAsk[i])) {
                final double callMid = 0.5 * (callBid[i] + callAsk[i]);
                final double putMid = 0.5 * (putBid[i] + putAsk[i]);
                offer(Math.abs(callMid - putMid), strikes[i] + (callMid - putMid) / discount);
            }
        }
        if (picked == 0) {
            source = SOURCE_NONE;
            return Double.NaN;
        }
        source = SOURCE_PARITY;
        return median();
    }

    /** Where the last estimate came from: {@link #SOURCE_NONE}, {@link #SOURCE_FUTURE} or {@link #SOURCE_PARITY}. */
    public int source() {
        return source;
    }

    /** Number of strikes the last parity estimate used (0 to 3). */
    public int strikesUsed() {
        return picked;
    }

    private static boolean isTwoSided(final double bid, final double ask) {
        return bid > 0.0 && ask >= bid && ask < Double.POSITIVE_INFINITY;
    }

    /** Keeps the three smallest distances, sorted; ties keep the earlier strike. */
    private void offer(final double distance, final double forward) {
        int slot = picked < PICKS ? picked : PICKS;
        while (slot > 0 && distance < pickDistance[slot - 1]) {
            if (slot < PICKS) {
                pickDistance[slot] = pickDistance[slot - 1];
                pickForward[slot] = pickForward[slot - 1];
            }
            slot--;
        }
        if (slot < PICKS) {
            pickDistance[slot] = distance;
            pickForward[slot] = forward;
            if (picked < PICKS) {
                picked++;
            }
        }
    }

    private double median() {
        if (picked == 1) {
            return pickForward[0];
        }
        if (picked == 2) {
            return 0.5 * (pickForward[0] + pickForward[1]);
        }
        final double a = pickForward[0];
        final double b = pickForward[1];
        final double c = pickForward[2];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
