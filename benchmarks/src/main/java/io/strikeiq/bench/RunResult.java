package io.strikeiq.bench;

import org.HdrHistogram.Histogram;

/**
 * One measured run of the latency harness.
 *
 * @param pipeline        "disruptor" or "abq"
 * @param offeredRate     events/s offered, 0 for a flat-out run
 * @param events          events fed
 * @param elapsedNanos    from the first event fed until the last one was published
 * @param signals         signals written to the output journal
 * @param errors          handler errors counted by the stages (expected 0)
 * @param latency         tick-to-publish latency, ns (from the intended send time when paced)
 * @param serviceTime     analytics-stage work per event, ns (no queueing)
 */
record RunResult(String pipeline, double offeredRate, long events, long elapsedNanos, long signals, long errors,
                 Histogram latency, Histogram serviceTime) {
    double eventsPerSecond() {
        return events * 1e9 / elapsedNanos;
    }
}
