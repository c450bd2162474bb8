package io.strikeiq.state;

/**
 * Fixed-capacity ring of the most recent returns (doubles), oldest overwritten first. The raw
 * material of realised volatility; sums are recomputed over the window on demand, in a fixed
 * order, so they are exact functions of the window and do not drift.
 */
public final class ReturnRing {
    private final double[] values;
    private int head;
    private int size;

    public ReturnRing(final int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        values = new double[capacity];
    }

    public void add(final double value) {
        values[head] = value;
        head = head + 1 == values.length ? 0 : head + 1;
        if (size < values.length) {
            size++;
        }
    }

    /** The i-th return, 0 = oldest still held. */
    public double get(final int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int p = head - size + i;
        if (p < 0) {
            p += values.length;
        }
        return values[p];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return values.length;
    }

    /** Σ r² over the window, oldest first. */
    public double sumOfSquares() {
        double s = 0;
        for (int i = 0; i < size; i++) {
            final double r = get(i);
            s += r * r;
        }
        return s;
    }

    /** Mean-zero realised variance per return, Σ r² / n; NaN when empty. */
    public double realisedVariance() {
        return size == 0 ? Double.NaN : sumOfSquares() / size;
    }

    public void clear() {
        head = 0;
        size = 0;
    }
}
