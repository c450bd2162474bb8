package io.strikeiq.analytics;

/**
 * The last {@code capacity} samples of one series (oldest overwritten), with the statistics the
 * chain engines need computed over the window in a fixed order: mean, standard deviation, and
 * the percentile rank of a value. Preallocated; nothing allocates after construction.
 */
public final class SampleRing {
    private final double[] values;
    private int head;
    private int size;

    public SampleRing(final int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        values = new double[capacity];
    }

    public void add(final double v) {
        values[head] = v;
        head = head + 1 == values.length ? 0 : head + 1;
        if (size < values.length) {
            size++;
        }
    }

    public int size() {
        return size;
    }

    /** The i-th sample, 0 = oldest held. */
    public double get(final int i) {
        int p = head - size + i;
        if (p < 0) {
            p += values.length;
        }
        return values[p];
    }

    public double mean() {
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += get(i);
        }
        return size == 0 ? Double.NaN : s / size;
    }

    /** Population standard deviation over the window (two-pass); NaN when empty. */
    public double stdDev() {
        final double m = mean();
        double s = 0;
        for (int i = 0; i < size; i++) {
            final double d = get(i) - m;
            s += d * d;
        }
        return size == 0 ? Double.NaN : Math.sqrt(s / size);
    }

    /** Percentage (0–100) of held samples strictly below {@code v}, ties counted half; NaN when empty. */
    public double percentileOf(final double v) {
        if (size == 0 || Double.isNaN(v)) {
            return Double.NaN;
        }
        double below = 0;
        for (int i = 0; i < size; i++) {
            final double x = get(i);
            if (x < v) {
                below += 1;
            } else if (x == v) {
                below += 0.5;
            }
        }
        return 100.0 * below / size;
    }

    public void clear() {
        head = 0;
        size = 0;
    }
}
