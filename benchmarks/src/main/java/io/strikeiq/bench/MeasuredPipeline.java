package io.strikeiq.bench;

import io.strikeiq.event.EventSource;
import io.strikeiq.pipeline.StageErrors;
import org.HdrHistogram.Histogram;

/**
 * What the latency harness needs from a pipeline under test, so the Disruptor engine and the
 * {@link AbqPipeline} baseline are driven by the same code: feed (paced or flat out), wait until
 * everything fed has been published, then close and read the tick-to-publish histogram.
 */
interface MeasuredPipeline extends AutoCloseable {
    /** Feeds {@code maxEvents} events; {@code ratePerSecond <= 0} means as fast as possible. */
    long run(EventSource source, long maxEvents, double ratePerSecond);

    void awaitDrained();

    /** Tick-to-publish latency; read only after {@link #close()}. */
    Histogram latency();

    /** Analytics-stage service time per event (engine work only, no queueing); read only after {@link #close()}. */
    Histogram serviceTime();

    long signalsPublished();

    StageErrors errors();

    @Override
    void close();
}
