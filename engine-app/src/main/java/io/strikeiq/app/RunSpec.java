package io.strikeiq.app;

import io.strikeiq.pipeline.Preset;
import java.nio.file.Path;

/**
 * What one journaled run is asked to do.
 *
 * @param journalDir folder that receives input/, output/ and instruments.cmap (already prepared)
 * @param preset pipeline preset
 * @param maxEvents stop after this many events; 0 = until the source ends or a stop signal
 * @param ratePerSecond offered rate; 0 = as fast as possible
 * @param showProgress print a progress line to stderr every few seconds
 */
record RunSpec(Path journalDir, Preset preset, long maxEvents, double ratePerSecond, boolean showProgress) {
}
