package io.strikeiq.signal;

/**
 * Where an engine writes what it concluded. {@link #next(int, int)} hands out a cleared,
 * preallocated {@link Signal} already stamped with the engine, type and the provenance of the
 * event being processed; the engine fills in the rest. Never allocates.
 */
public interface SignalSink {
    /**
     * @return a slot to fill, stamped with input sequence, event time, engine and type; or a
     *     shared overflow slot (counted as dropped) when the per-event capacity is used up
     */
    Signal next(int engine, int signalType);

    /**
     * Output records beside signals (snapshots, bars ...). The pipeline's sink provides the
     * arena the publish stage drains; a sink without one (a test collecting signals only)
     * refuses every claim.
     */
    default OutputRecords records() {
        return NoOutputRecords.INSTANCE;
    }
}
