package io.strikeiq.feeds.dbn;

import java.util.concurrent.locks.LockSupport;

/**
 * Releases recorded events at a multiple of the speed they happened: pace 0 = as fast as possible,
 * 1 = real time, 10 = ten times faster. The first event released anchors event time to the
 * monotonic clock; a later one is due when the clock has moved (its event time − the first's) / pace.
 * Reads the wall clock, which is why it lives in the feed and never in an engine; the events'
 * content does not depend on it, only when they are handed out.
 */
final class EventTimePacer {
    private final double pace;
    private long wallBase = Long.MIN_VALUE;
    private long eventBase;

    /** @param pace event-time speed-up, ≥ 0 */
    EventTimePacer(final double pace) {
        if (!(pace >= 0)) {
            throw new IllegalArgumentException("pace must be >= 0");
        }
        this.pace = pace;
    }

    /**
     * True when event time {@code t} may be released now; otherwise parks the caller up to 1 ms
     * (so a feed thread waiting for a far event still answers a stop) and returns false.
     */
    boolean due(final long t) {
        if (pace == 0) {
            return true;
        }
        final long now = System.nanoTime();
        if (wallBase == Long.MIN_VALUE) {
            wallBase = now;
            eventBase = t;
            return true;
        }
        final long due = wallBase + (long) ((t - eventBase) / pace);
        if (now >= due) {
            return true;
        }
        LockSupport.parkNanos(Math.min(due - now, 1_000_000L));
        return false;
    }
}
