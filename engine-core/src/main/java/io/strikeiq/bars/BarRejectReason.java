package io.strikeiq.bars;

/**
 * Reason codes of rejected bars (futures_signals.md §2), as written into {@code BarReject} and
 * {@code IngestRun} records. Codes are stable: never renumber. 0 means accepted.
 */
public final class BarRejectReason {
    public static final int ACCEPTED = 0;
    /** high &lt; max(open, close), low &gt; min(open, close) or high &lt; low. */
    public static final int OHLC_INTEGRITY = 1;
    /** A price is undefined (DBN i64::MAX, read as NaN) or not finite. */
    public static final int NON_FINITE = 2;
    /** A price is zero or negative. */
    public static final int NON_POSITIVE = 3;
    /** open_time before the previous accepted bar's of the same instrument. */
    public static final int NON_MONOTONIC = 4;
    /** open_time equal to the previous accepted bar's of the same instrument. */
    public static final int DUPLICATE = 5;
    /** Optional: a price below the configured floor. */
    public static final int PRICE_FLOOR = 6;
    /** Optional: |close − previous good close| above the limit. */
    public static final int DISCONTINUITY = 7;
    /** Optional: a tiny range with a big gap to the previous good close. */
    public static final int SMALL_RANGE_BIG_GAP = 8;
    /** Optional: open = high = low = close with a gap to the previous good close. */
    public static final int FLAT_DISCONTINUITY = 9;
    /** One more than the largest code: size of per-reason counter arrays. */
    public static final int COUNT = 10;

    private static final String[] NAMES = {"ACCEPTED", "OHLC_INTEGRITY", "NON_FINITE", "NON_POSITIVE", "NON_MONOTONIC",
        "DUPLICATE", "PRICE_FLOOR", "DISCONTINUITY", "SMALL_RANGE_BIG_GAP", "FLAT_DISCONTINUITY"};

    private BarRejectReason() {
    }

    public static String name(final int code) {
        return code >= 0 && code < COUNT ? NAMES[code] : "REASON_" + code;
    }
}
