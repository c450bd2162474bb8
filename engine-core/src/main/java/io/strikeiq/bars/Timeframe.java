package io.strikeiq.bars;

/**
 * The six timeframes of the futures signal chain, by index: 0 = 1m (the input), 1 = 5m, 2 = 15m,
 * 3 = 1h, 4 = 4h, 5 = 1d. Indices 1..5 are aggregated from accepted 1-minute bars.
 */
public final class Timeframe {
    public static final int M1 = 0;
    public static final int M5 = 1;
    public static final int M15 = 2;
    public static final int H1 = 3;
    public static final int H4 = 4;
    public static final int D1 = 5;
    /** Number of timeframes, the 1-minute input included. */
    public static final int COUNT = 6;
    /** Index of the first higher timeframe. */
    public static final int FIRST_HTF = M5;

    public static final long MINUTE_NANOS = 60_000_000_000L;

    private static final int[] SECONDS = {60, 300, 900, 3_600, 14_400, 86_400};
    private static final String[] LABELS = {"1m", "5m", "15m", "1h", "4h", "1d"};

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
}
