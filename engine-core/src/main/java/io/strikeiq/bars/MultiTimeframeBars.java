package io.strikeiq.bars;

import java.util.Arrays;

/**
 * Aggregates accepted 1-minute bars into 5m, 15m, 30m, 1h, 4h and 1d bars per series slot (first open,
 * max high, min low, last close, summed volume) on a {@link SessionCalendar}. A bucket closes when
 * a bar at or past its close time arrives, when the 1-minute bar that ends exactly at its close
 * time arrives, or when {@link #closeBefore} is called with a later event time; so a missing last
 * minute never merges two buckets and no partial bucket is ever handed out as complete.
 * Completions of one call are reported from the shortest timeframe to the longest
 * ({@link Timeframe#byLength}). {@link #reportForming} hands out the forming buckets as they stand,
 * flagged incomplete, without closing them (the end of an input file). Forming state lives in
 * flat primitive arrays; nothing is allocated except when a new slot is first used.
 */
public final class MultiTimeframeBars {
    private static final int HTF = Timeframe.COUNT - Timeframe.FIRST_HTF;

    private final SessionCalendar calendar;
    private final AggregatedBar out = new AggregatedBar();
    private int slots;
    // Per (slot * HTF + k): the forming bucket; openTime == Long.MIN_VALUE means none.
    private long[] openTime = new long[0];
    private long[] closeTime = new long[0];
    private double[] open = new double[0];
    private double[] high = new double[0];
    private double[] low = new double[0];
    private double[] close = new double[0];
    private long[] volume = new long[0];
    private int[] count = new int[0];

    public MultiTimeframeBars(final SessionCalendar calendar, final int expectedSlots) {
        this.calendar = calendar;
        ensure(Math.max(1, expectedSlots));
    }

    /** Series slots in use (0 .. slotCount()-1). */
    public int slotCount() {
        return slots;
    }

    public SessionCalendar calendar() {
        return calendar;
    }

    /**
     * Adds one accepted 1-minute bar (open time {@code barOpen}, available at barOpen + 60 s) to
     * every higher timeframe of {@code slot}, first closing the buckets it lies past.
     */
    public void onMinuteBar(final int slot, final long barOpen, final double o, final double h, final double l,
                            final double c, final long v, final BarCompletionListener listener) {
        use(slot);
        final long barClose = barOpen + Timeframe.MINUTE_NANOS;
        for (int n = 0; n < HTF; n++) {
            final int k = Timeframe.byLength(n) - Timeframe.FIRST_HTF;
            final int i = slot * HTF + k;
            if (openTime[i] != Long.MIN_VALUE && barOpen >= closeTime[i]) {
                complete(slot, k, listener);
            }
            if (openTime[i] == Long.MIN_VALUE) {
                final int tf = Timeframe.FIRST_HTF + k;
                openTime[i] = calendar.bucketStart(barOpen, tf);
                closeTime[i] = calendar.bucketEnd(barOpen, tf);
                open[i] = o;
                high[i] = h;
                low[i] = l;
                close[i] = c;
                volume[i] = v;
                count[i] = 1;
            } else {
                if (h > high[i]) {
                    high[i] = h;
                }
                if (l < low[i]) {
                    low[i] = l;
                }
                close[i] = c;
                volume[i] += v;
                count[i]++;
            }
            if (barClose >= closeTime[i]) {
                complete(slot, k, listener);
            }
        }
    }

    /** Closes every forming bucket of {@code slot} whose close time is before {@code eventTime}. */
    public void closeBefore(final int slot, final long eventTime, final BarCompletionListener listener) {
        if (slot >= slots) {
            return;
        }
        for (int n = 0; n < HTF; n++) {
            final int k = Timeframe.byLength(n) - Timeframe.FIRST_HTF;
            final int i = slot * HTF + k;
            if (openTime[i] != Long.MIN_VALUE && closeTime[i] < eventTime) {
                complete(slot, k, listener);
            }
        }
    }

    /**
     * Reports every forming bucket of {@code slot}, shortest timeframe first, as it stands, with
     * {@link AggregatedBar#incomplete} set; the buckets stay open and go on aggregating, so a bucket
     * the next input file continues still completes once, whole.
     */
    public void reportForming(final int slot, final BarCompletionListener listener) {
        if (slot >= slots) {
            return;
        }
        for (int n = 0; n < HTF; n++) {
            final int k = Timeframe.byLength(n) - Timeframe.FIRST_HTF;
            if (openTime[slot * HTF + k] != Long.MIN_VALUE) {
                fill(slot, k, true);
                listener.onCompleted(out);
            }
        }
    }

    /** Whether {@code slot} has a forming (incomplete) bucket of timeframe {@code tf}. */
    public boolean isForming(final int slot, final int tf) {
        return slot < slots && openTime[slot * HTF + tf - Timeframe.FIRST_HTF] != Long.MIN_VALUE;
    }

    private void complete(final int slot, final int k, final BarCompletionListener listener) {
        fill(slot, k, false);
        openTime[slot * HTF + k] = Long.MIN_VALUE;
        listener.onCompleted(out);
    }

    private void fill(final int slot, final int k, final boolean incomplete) {
        final int i = slot * HTF + k;
        final AggregatedBar b = out;
        b.incomplete = incomplete;
        b.slot = slot;
        b.timeframe = Timeframe.FIRST_HTF + k;
        b.openTime = openTime[i];
        b.closeTime = closeTime[i];
        b.open = open[i];
        b.high = high[i];
        b.low = low[i];
        b.close = close[i];
        b.volume = volume[i];
        b.minuteBars = count[i];
    }

    private void use(final int slot) {
        if (slot < slots) {
            return;
        }
        if (slot < 0) {
            throw new IllegalArgumentException("slot " + slot);
        }
        ensure(slot + 1);
        for (int s = slots; s <= slot; s++) {
            Arrays.fill(openTime, s * HTF, s * HTF + HTF, Long.MIN_VALUE);
        }
        slots = slot + 1;
    }

    private void ensure(final int n) {
        if (n * HTF <= openTime.length) {
            return;
        }
        final int cap = Math.max(n, openTime.length / HTF * 2) * HTF;
        openTime = Arrays.copyOf(openTime, cap);
        closeTime = Arrays.copyOf(closeTime, cap);
        open = Arrays.copyOf(open, cap);
        high = Arrays.copyOf(high, cap);
        low = Arrays.copyOf(low, cap);
        close = Arrays.copyOf(close, cap);
        volume = Arrays.copyOf(volume, cap);
        count = Arrays.copyOf(count, cap);
    }
}
