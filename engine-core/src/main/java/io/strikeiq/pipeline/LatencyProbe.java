package io.strikeiq.pipeline;

import io.strikeiq.SuppressForbidden;
import org.HdrHistogram.Histogram;

/**
 * Tick-to-publish latency, recorded by the publish stage into a {@link TimingHistogram} (so a
 * metrics scrape may read it while the pipeline runs). Reads {@code System.nanoTime()}: a probe,
 * whose values never reach an output journal. Single writer.
 */
@SuppressForbidden(reason = "latency probe: its values go to histograms and reports, never to a journal")
public final class LatencyProbe {
    private final TimingHistogram timings = new TimingHistogram();

    public void record(final long startNanos) {
        timings.recordNanos(System.nanoTime() - startNanos);
    }

    /** A copy of what was recorded since the last {@link #snapshotAndReset()} (or the start). */
    public Histogram histogram() {
        return timings.sinceReset();
    }

    /** The underlying histograms, for readers that want the since-start total (metrics). */
    public TimingHistogram timings() {
        return timings;
    }

    /**
     * A copy of what was recorded since the last call, after which that total starts afresh. To
     * cover exactly one phase, call it while the pipeline is drained ({@link Pipeline#awaitDrained()}).
     */
    public Histogram snapshotAndReset() {
        return timings.snapshotAndReset();
    }
}
