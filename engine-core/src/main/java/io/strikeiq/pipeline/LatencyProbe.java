package io.strikeiq.pipeline;

import io.strikeiq.SuppressForbidden;
import org.HdrHistogram.Histogram;

/**
 * Tick-to-publish latency, recorded by the publish stage into a fixed-range HdrHistogram
 * (1 ns .. 60 s, 3 significant digits; values beyond the range are clamped, never resized, so
 * recording never allocates). Reads {@code System.nanoTime()}: a probe, whose values never reach
 * an output journal. Single writer; read it after the pipeline has stopped.
 */
@SuppressForbidden(reason = "latency probe: its values go to histograms and reports, never to a journal")
public final class LatencyProbe {
    private static final long MAX_NANOS = 60_000_000_000L;
    private final Histogram histogram = new Histogram(1, MAX_NANOS, 3);

    public void record(final long startNanos) {
        final long latency = System.nanoTime() - startNanos;
        histogram.recordValue(latency < 1 ? 1 : Math.min(latency, MAX_NANOS));
    }

    public Histogram histogram() {
        return histogram;
    }

    /**
     * A copy of what was recorded so far, after which recording starts afresh. Call only while
     * the pipeline is drained ({@link Pipeline#awaitDrained()}): the publish thread is then idle
     * and its next write follows the producer's next publish.
     */
    public Histogram snapshotAndReset() {
        final Histogram copy = histogram.copy();
        histogram.reset();
        return copy;
    }
}
