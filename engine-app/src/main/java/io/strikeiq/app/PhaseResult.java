package io.strikeiq.app;

import org.HdrHistogram.Histogram;

/**
 * What one {@link RunPhase} measured: events, wall-clock time, tick-to-publish latency and,
 * when the run timed it, the analytics stage's service time per event (null when not measured).
 */
record PhaseResult(RunPhase phase, long events, long elapsedNanos, Histogram latency, Histogram serviceTime) {
    double eventsPerSecond() {
        return elapsedNanos == 0 ? 0 : events * 1e9 / elapsedNanos;
    }
}
