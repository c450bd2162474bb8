package io.strikeiq.pipeline;

import io.strikeiq.SuppressForbidden;
import java.util.concurrent.locks.LockSupport;

/**
 * When each event of a run should be sent, and the latency probe's start for it. Paced at a
 * fixed offered rate, event {@code i} is due at {@code start + i / rate}: the producer waits for
 * that instant and the probe starts there, not when the event actually went out, so a stall is
 * charged to every event it delayed (coordinated-omission correction). Unpaced, events go at once
 * and the probe starts at the send. Allocation-free; on the producer thread, {@link #restart}ed
 * for each run (a producer keeps one, so that starting a run does not allocate either).
 */
@SuppressForbidden(reason = "pacing: the feed thread waits for wall-clock send times; event times are not touched")
public final class SendSchedule {
    private boolean paced;
    private double intervalNanos;
    private long startNanos;

    /** @param ratePerSecond offered rate; 0 or less means as fast as possible */
    public SendSchedule(final double ratePerSecond) {
        restart(ratePerSecond);
    }

    /** Starts a new run now: event 0 is due at once. @param ratePerSecond as for the constructor */
    public void restart(final double ratePerSecond) {
        paced = ratePerSecond > 0;
        intervalNanos = paced ? 1e9 / ratePerSecond : 0;
        startNanos = System.nanoTime();
    }

    /**
     * Waits until event {@code index} (0-based within the run) is due.
     *
     * @return the probe start for that event: its intended send time when paced, else now
     */
    public long awaitSlot(final long index) {
        if (!paced) {
            return System.nanoTime();
        }
        final long intended = startNanos + (long) (index * intervalNanos);
        long now;
        while ((now = System.nanoTime()) < intended) {
            if (intended - now > 100_000) {
                LockSupport.parkNanos(intended - now - 50_000);
            } else {
                Thread.onSpinWait();
            }
        }
        return intended;
    }
}
