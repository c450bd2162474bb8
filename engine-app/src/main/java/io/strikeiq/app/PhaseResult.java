package io.strikeiq.app;

import org.HdrHistogram.Histogram;

/** What one {@link RunPhase} measured: events, wall-clock time and tick-to-publish latency. */
record PhaseResult(RunPhase phase, long events, long elapsedNanos, Histogram latency) {
    double eventsPerSecond() {
        return elapsedNanos == 0 ? 0 : events * 1e9 / elapsedNanos;
    }
}
