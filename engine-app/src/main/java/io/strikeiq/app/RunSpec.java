package io.strikeiq.app;

import io.strikeiq.pipeline.Preset;
import java.nio.file.Path;
import java.util.List;

/**
 * What one journaled run is asked to do.
 *
 * @param journalDir folder that receives input/, output/ and instruments.cmap (already prepared)
 * @param preset pipeline preset
 * @param phases run one after another on the same pipeline and journals
 * @param showProgress print a progress line to stderr every few seconds
 */
record RunSpec(Path journalDir, Preset preset, List<RunPhase> phases, boolean showProgress) {
    static RunSpec single(final Path journalDir, final Preset preset, final long events, final double rate) {
        return new RunSpec(journalDir, preset, List.of(new RunPhase("run", events, rate)), true);
    }
}
