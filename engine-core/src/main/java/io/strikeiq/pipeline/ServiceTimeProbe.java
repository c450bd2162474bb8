package io.strikeiq.pipeline;

import io.strikeiq.SuppressForbidden;

/**
 * Per-event service time of the analytics stage: {@code System.nanoTime()} read before and after
 * the derivation, the engines and any timers run on one event, so the value is the engine work
 * alone, with no queueing in the ring (that is what tick-to-publish latency adds). Opt-in
 * ({@link Pipeline.Builder#measureServiceTime}): two clock reads per event. Its values go to a
 * {@link TimingHistogram}, never to a journal.
 */
@SuppressForbidden(reason = "service-time probe: its values go to histograms and reports, never to a journal")
public final class ServiceTimeProbe {
    private final TimingHistogram timings = new TimingHistogram();

    /** The start of one event's work. */
    public long start() {
        return System.nanoTime();
    }

    /** Records the work since {@code startNanos} (from {@link #start()}). */
    public void stop(final long startNanos) {
        timings.recordNanos(System.nanoTime() - startNanos);
    }

    public TimingHistogram timings() {
        return timings;
    }
}
