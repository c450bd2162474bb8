package io.strikeiq.bars;

/**
 * The timeframes of the futures chain, by index: 0 = 1m (the input), 1 = 5m, 2 = 15m, 3 = 1h,
 * 4 = 4h, 5 = 1d, 6 = 30m. Indices 1..6 are aggregated from accepted 1-minute bars. 30m came last
 * and takes the last index so that the indices 0..5 keep their meaning: they are the six biases of
 * the triangle chain ({@link #SIGNAL_COUNT}), whose HTF switch bits (1 5m … 16 1d) are stored with
 * every triangle. 30m bars are produced and stored but take no part in the triangle rules
 * (futures_signals.md names no 30-minute bias). {@link #BY_LENGTH} lists the higher timeframes
 * shortest first, the order completions are reported in.
 */
public final class Timeframe {
    public static final int M1 = 0;
    public static final int M5 = 1;
    public static final int M15 = 2;
    public static final int H1 = 3;
    public static final int H4 = 4;
    public static final int D1 = 5;
    public static final int M30 = 6;
    /** Number of timeframes, the 1-minute input included. */
    public static final int COUNT = 7;
    /** Timeframes 0 .. SIGNAL_COUNT-1 are the triangle chain's (1m … 1d): 30m is not among them. */
    public static final int SIGNAL_COUNT = 6;
    /** Index of the first higher timeframe. */
    public static final int FIRST_HTF = M5;

    public static final long MINUTE_NANOS = 60_000_000_000L;

    private static final int[] SECONDS = {60, 300, 900, 3_600, 14_400, 86_400, 1_800};
    private static final String[] LABELS = {"1m", "5m", "15m", "1h", "4h", "1d", "30m"};
    private static final int[] BY_LENGTH = {M5, M15, M30, H1, H4, D1};

    private Timeframe() {
    }

    /** Length in seconds (for 1d: the nominal day; a session day is bounded by the calendar). */
    public static int seconds(final int index) {
        return SECONDS[index];
    }

    public static long nanos(final int index) {
        return SECONDS[index] * 1_000_000_000L;
    }

    public static String label(final int index) {
        return LABELS[index];
    }

    /** The {@code n}-th higher timeframe by length, shortest first (n = 0 .. COUNT-2: 5m, 15m, 30m, 1h, 4h, 1d). */
    public static int byLength(final int n) {
        return BY_LENGTH[n];
    }
}
