package io.strikeiq.app;

import io.strikeiq.pipeline.Preset;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What a journaled run did, for the summary printer and for tests.
 *
 * @param signalsByType counts by "engine TYPE" label, in first-seen order
 * @param metrics readable lines of the engines' latest state (PCR, max pain, spot ...)
 * @param stoppedEarly true when a stop signal (SIGTERM / Ctrl-C) ended the run
 */
record RunReport(Preset preset, long events, long journaled, long signals, List<String> signalsByType,
                 long elapsedNanos, Histogram latency, boolean paced, String errors, long droppedSignals,
                 List<String> metrics, boolean stoppedEarly) {

    double eventsPerSecond() {
        return elapsedNanos == 0 ? 0 : events * 1e9 / elapsedNanos;
    }
}
