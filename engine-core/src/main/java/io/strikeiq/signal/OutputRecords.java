package io.strikeiq.signal;

import org.agrona.MutableDirectBuffer;

/**
 * Where an engine writes output records other than signals (snapshots for storage, completed
 * bars, ...): it claims room for one SBE message (header included), encodes it into
 * {@link #buffer()} at the returned index with the generated encoder, and commits. The publish
 * stage appends committed records to the output journal after the event's signals, in the order
 * they were committed. Never allocates.
 */
public interface OutputRecords {
    /** {@link #tryClaim} result when the record cannot be taken; it is counted as dropped. */
    int NO_ROOM = -1;

    /**
     * Claims {@code length} bytes for one record of SBE template {@code templateId}.
     *
     * @return the index in {@link #buffer()} to encode at, or {@link #NO_ROOM} when this one event's
     *     records exceed the arena (never because the publish stage is behind: then it waits)
     */
    int tryClaim(int templateId, int length);

    /** The buffer claimed indices refer to. */
    MutableDirectBuffer buffer();

    /** Makes the record at {@code index} visible to the publish stage. */
    void commit(int index);

    /** Gives back a claim that will not be used. */
    void abort(int index);
}
