package io.strikeiq.analytics.futures;

/**
 * A bounded list of price zones (top, bottom, bar index created) in preallocated primitive arrays,
 * oldest first. Adding to a full list drops the oldest; removal compacts in place and keeps the
 * order, so iteration (and thus the bias engine's result) is deterministic.
 */
public final class ZoneList {
    private final double[] top;
    private final double[] bottom;
    private final long[] born;
    private int size;

    public ZoneList(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("zone capacity must be >= 1");
        }
        top = new double[capacity];
        bottom = new double[capacity];
        born = new long[capacity];
    }

    /** Appends a zone, dropping the oldest when full. */
    public void add(final double zoneTop, final double zoneBottom, final long barIndex) {
        if (size == top.length) {
            removeAt(0);
        }
        top[size] = zoneTop;
        bottom[size] = zoneBottom;
        born[size] = barIndex;
        size++;
    }

    /** Removes the zone at {@code i}, shifting the younger ones down. */
    public void removeAt(final int i) {
        final int tail = size - i - 1;
        if (tail > 0) {
            System.arraycopy(top, i + 1, top, i, tail);
            System.arraycopy(bottom, i + 1, bottom, i, tail);
            System.arraycopy(born, i + 1, born, i, tail);
        }
        size--;
    }

    /** Drops zones created more than {@code maxAge} bars before {@code barIndex}. */
    public void dropOlderThan(final long barIndex, final long maxAge) {
        int drop = 0;
        while (drop < size && barIndex - born[drop] > maxAge) {
            drop++;
        }
        if (drop > 0) {
            System.arraycopy(top, drop, top, 0, size - drop);
            System.arraycopy(bottom, drop, bottom, 0, size - drop);
            System.arraycopy(born, drop, born, 0, size - drop);
            size -= drop;
        }
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return top.length;
    }

    public double top(final int i) {
        return top[i];
    }

    public double bottom(final int i) {
        return bottom[i];
    }

    public long born(final int i) {
        return born[i];
    }

    public void clear() {
        size = 0;
    }
}
