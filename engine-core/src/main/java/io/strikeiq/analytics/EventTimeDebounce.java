package io.strikeiq.analytics;

import java.util.Arrays;

/**
 * Per (key, signal kind) suppression window on event time: after a signal of a kind was emitted
 * for a key, another of the same kind for the same key is allowed only once {@code window} ns of
 * event time have passed. Keys are small dense ints (chain or underlying indices); no wall clock.
 */
public final class EventTimeDebounce {
    private static final long NEVER = Long.MIN_VALUE;

    private final long windowNanos;
    private final int kinds;
    private long[] lastEmit = new long[0];

    public EventTimeDebounce(final long windowNanos, final int kinds) {
        if (windowNanos < 0) {
            throw new IllegalArgumentException("debounce window must not be negative: " + windowNanos);
        }
        this.windowNanos = windowNanos;
        this.kinds = kinds;
    }

    /** Makes room for keys 0..keys-1 (allocates; call when keys appear, not per event). */
    public void ensureKeys(final int keys) {
        final int n = keys * kinds;
        if (n > lastEmit.length) {
            final int old = lastEmit.length;
            lastEmit = Arrays.copyOf(lastEmit, n);
            Arrays.fill(lastEmit, old, n, NEVER);
        }
    }

    public boolean allows(final int key, final int kind, final long eventTimeNanos) {
        final long last = lastEmit[key * kinds + kind];
        return last == NEVER || eventTimeNanos - last >= windowNanos;
    }

    public void record(final int key, final int kind, final long eventTimeNanos) {
        lastEmit[key * kinds + kind] = eventTimeNanos;
    }
}
