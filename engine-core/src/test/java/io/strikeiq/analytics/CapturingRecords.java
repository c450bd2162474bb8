package io.strikeiq.analytics;

import io.strikeiq.signal.OutputRecords;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/** An {@link OutputRecords} for tests: one event's records in a fixed buffer, allocation-free, cleared per event. */
final class CapturingRecords implements OutputRecords {
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1 << 20]);
    private final int[] offsets = new int[8192];
    private final int[] templates = new int[8192];
    private int position;
    private int count;
    private int pendingTemplate;

    void clear() {
        position = 0;
        count = 0;
    }

    @Override
    public int tryClaim(final int templateId, final int length) {
        if (position + length > buffer.capacity() || count == offsets.length) {
            return NO_ROOM;
        }
        final int at = position;
        position += length;
        pendingTemplate = templateId;
        return at;
    }

    @Override
    public MutableDirectBuffer buffer() {
        return buffer;
    }

    @Override
    public void commit(final int index) {
        offsets[count] = index;
        templates[count] = pendingTemplate;
        count++;
    }

    @Override
    public void abort(final int index) {
        position = index;
    }

    int count() {
        return count;
    }

    int offset(final int i) {
        return offsets[i];
    }

    int template(final int i) {
        return templates[i];
    }
}
