package io.strikeiq.bars;

import java.util.Arrays;
import org.agrona.collections.Int2IntHashMap;

/**
 * Builds 1-minute OHLCV bars from trades (futures_signals.md §1 "or bars built from trades"):
 * minute = floor(trade time / 60 s); first price opens, last closes, sizes add up. A trade in a
 * later minute than the one forming closes the bars of every instrument at once ({@link #crosses},
 * {@link #closeMinute}), so bars come out in close-time order, instruments in order of first
 * trade (deterministic). A minute without trades has no bar. A trade older than the forming
 * minute (out of order by more than the minute) is counted and dropped: its bar is already out.
 * Arrays grow only when a new instrument appears; nothing is allocated per trade.
 */
public final class TradeBarBuilder {
    private static final long MINUTE = 60_000_000_000L;

    private final Int2IntHashMap slotOf = new Int2IntHashMap(-1);
    private int slots;
    private int[] ids = new int[8];
    private boolean[] open = new boolean[8];
    private double[] o = new double[8];
    private double[] h = new double[8];
    private double[] l = new double[8];
    private double[] c = new double[8];
    private long[] v = new long[8];
    private long minute = Long.MIN_VALUE;

    // Closed bars waiting to be taken, in slot order.
    private int readyCount;
    private int readyNext;
    private int[] readyId = new int[8];
    private double[] readyO = new double[8];
    private double[] readyH = new double[8];
    private double[] readyL = new double[8];
    private double[] readyC = new double[8];
    private long[] readyV = new long[8];
    private long readyMinute;
    private long lateTrades;

    /** True when a trade at {@code time} belongs to a later minute than the bars forming. */
    public boolean crosses(final long time) {
        return minute != Long.MIN_VALUE && Math.floorDiv(time, MINUTE) * MINUTE > minute;
    }

    /**
     * Adds one trade of instrument {@code id}; call {@link #closeMinute} first when {@link #crosses}.
     *
     * @return false when it was dropped (older than the forming minute)
     */
    public boolean onTrade(final int id, final long time, final double price, final long size) {
        final long m = Math.floorDiv(time, MINUTE) * MINUTE;
        if (minute == Long.MIN_VALUE) {
            minute = m;
        } else if (m < minute) {
            lateTrades++;
            return false;
        }
        final int s = slot(id);
        if (!open[s]) {
            open[s] = true;
            o[s] = price;
            h[s] = price;
            l[s] = price;
            v[s] = 0;
        } else {
            h[s] = Math.max(h[s], price);
            l[s] = Math.min(l[s], price);
        }
        c[s] = price;
        v[s] += size;
        return true;
    }

    /** Closes every forming bar; they become {@link #ready()} (the previous ready ones must be taken). */
    public void closeMinute() {
        if (readyNext < readyCount) {
            throw new IllegalStateException("closed bars not taken yet");
        }
        readyCount = 0;
        readyNext = 0;
        readyMinute = minute;
        for (int s = 0; s < slots; s++) {
            if (open[s]) {
                final int r = readyCount++;
                readyId[r] = ids[s];
                readyO[r] = o[s];
                readyH[r] = h[s];
                readyL[r] = l[s];
                readyC[r] = c[s];
                readyV[r] = v[s];
                open[s] = false;
            }
        }
        minute = Long.MIN_VALUE;
    }

    /** Closed bars not yet taken. */
    public int ready() {
        return readyCount - readyNext;
    }

    /** Moves to the next closed bar; read it through the accessors below. */
    public void take() {
        if (readyNext >= readyCount) {
            throw new IllegalStateException("no closed bar");
        }
        readyNext++;
    }

    private int r() {
        return readyNext - 1;
    }

    public int id() {
        return readyId[r()];
    }

    /** Open time of the bar just taken. */
    public long openTime() {
        return readyMinute;
    }

    public double open() {
        return readyO[r()];
    }

    public double high() {
        return readyH[r()];
    }

    public double low() {
        return readyL[r()];
    }

    public double close() {
        return readyC[r()];
    }

    public long volume() {
        return readyV[r()];
    }

    /** Trades dropped because their minute had already closed. */
    public long lateTrades() {
        return lateTrades;
    }

    private int slot(final int id) {
        final int known = slotOf.get(id);
        if (known >= 0) {
            return known;
        }
        if (slots == ids.length) {
            final int n = slots * 2;
            ids = Arrays.copyOf(ids, n);
            open = Arrays.copyOf(open, n);
            o = Arrays.copyOf(o, n);
            h = Arrays.copyOf(h, n);
            l = Arrays.copyOf(l, n);
            c = Arrays.copyOf(c, n);
            v = Arrays.copyOf(v, n);
            readyId = Arrays.copyOf(readyId, n);
            readyO = Arrays.copyOf(readyO, n);
            readyH = Arrays.copyOf(readyH, n);
            readyL = Arrays.copyOf(readyL, n);
            readyC = Arrays.copyOf(readyC, n);
            readyV = Arrays.copyOf(readyV, n);
        }
        ids[slots] = id;
        slotOf.put(id, slots);
        return slots++;
    }
}
