package io.strikeiq.app;

import io.strikeiq.pipeline.Preset;
import java.util.List;

/**
 * What a journaled run did, for the summary printer and for tests.
 *
 * @param signals Signal records written to {@code DIR/signals}
 * @param signalsByType counts by "engine TYPE" label
 * @param records records written to {@code DIR/records} (snapshots, bars, biases ...)
 * @param metrics readable lines of the engines' latest state (PCR, max pain, spot ...)
 * @param stoppedEarly true when a stop signal (SIGTERM / Ctrl-C) ended the run
 * @param failure what halted the pipeline (a journal that could not be written), one line; null when nothing did
 */
record RunReport(Preset preset, List<PhaseResult> phases, long journaled, long signals, List<String> signalsByType,
                 long records, String errors, List<String> metrics, boolean stoppedEarly, String failure) {

    long events() {
        long n = 0;
        for (final PhaseResult p : phases) {
            n += p.events();
        }
        return n;
    }
}
