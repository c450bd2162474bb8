package io.strikeiq.signal;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/** An {@link OutputRecords} that takes nothing: every claim is {@link #NO_ROOM}. */
final class NoOutputRecords implements OutputRecords {
    static final NoOutputRecords INSTANCE = new NoOutputRecords();
    private final UnsafeBuffer empty = new UnsafeBuffer(new byte[0]);

    private NoOutputRecords() {
    }

    @Override
    public int tryClaim(final int templateId, final int length) {
        return NO_ROOM;
    }

    @Override
    public MutableDirectBuffer buffer() {
        return empty;
    }

    @Override
    public void commit(final int index) {
        throw new IllegalStateException("nothing was claimed");
    }

    @Override
    public void abort(final int index) {
        throw new IllegalStateException("nothing was claimed");
    }
}
