package io.strikeiq.pipeline;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Durations in nanoseconds recorded by one pipeline thread and read by any other while it runs:
 * an HdrHistogram {@link SingleWriterRecorder} (1 ns .. 60 s, 3 significant digits; values
 * beyond the range are clamped, never resized, so recording never allocates and takes no lock).
 * A reader (a metrics scrape, a run summary) swaps out the recorder's interval histogram and
 * folds it into two running totals: everything since the pipeline started, and everything since
 * the last {@link #snapshotAndReset()}. Readers synchronise among themselves, never with the writer.
 */
public final class TimingHistogram {
    /** Longest duration kept; longer ones are recorded as this. */
    public static final long MAX_NANOS = 60_000_000_000L;
    private static final int DIGITS = 3;
    private final SingleWriterRecorder recorder = new SingleWriterRecorder(1, MAX_NANOS, DIGITS);
    private final Histogram sinceStart = new Histogram(1, MAX_NANOS, DIGITS);
    private final Histogram sinceReset = new Histogram(1, MAX_NANOS, DIGITS);
    private Histogram interval;

    /** Records one duration; only the owning thread calls this. */
    public void recordNanos(final long nanos) {
        recorder.recordValue(nanos < 1 ? 1 : Math.min(nanos, MAX_NANOS));
    }

    /** A copy of everything recorded since the pipeline started. */
    public synchronized Histogram sinceStart() {
        pull();
        return sinceStart.copy();
    }

    /** A copy of everything recorded since the last {@link #snapshotAndReset()} (or the start). */
    public synchronized Histogram sinceReset() {
        pull();
        return sinceReset.copy();
    }

    /** A copy of everything recorded since the last call, after which that total starts afresh. */
    public synchronized Histogram snapshotAndReset() {
        pull();
        final Histogram copy = sinceReset.copy();
        sinceReset.reset();
        return copy;
    }

    private void pull() {
        // The recorder hands back the histogram it was writing and carries on in the one recycled here.
        interval = recorder.getIntervalHistogram(interval);
        sinceStart.add(interval);
        sinceReset.add(interval);
    }
}
