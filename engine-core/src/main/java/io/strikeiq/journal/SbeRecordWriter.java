package io.strikeiq.journal;

import io.strikeiq.sbe.MessageHeaderEncoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The mechanics both journal writers share: reserve a record of known length inside
 * {@code writingDocument()}, point an {@link UnsafeBuffer} at its bytes in the queue's mapped
 * memory and let the subclass's generated SBE encoder write straight into it (no Wire
 * marshalling, no copy, no allocation after warm-up). A failed encode rolls the record back,
 * so nothing half-written is ever appended. Single writer thread.
 *
 * @param <T> what one record is encoded from
 */
abstract class SbeRecordWriter<T> implements AutoCloseable {
    protected final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    protected final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final ChronicleQueue queue;
    private final boolean ownsQueue;
    private final ExcerptAppender appender;

    SbeRecordWriter(final ChronicleQueue queue, final boolean ownsQueue) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.appender = queue.createAppender();
    }

    /** Bytes the record for {@code item} takes, header included. */
    protected abstract int recordLength(T item);

    /** Encodes {@code item} into {@link #buffer}, which spans exactly {@link #recordLength} bytes. */
    protected abstract void encode(T item);

    /**
     * Appends one record for {@code item}.
     *
     * @return the Chronicle index of the appended record
     */
    public final long append(final T item) {
        final int length = recordLength(item);
        try (DocumentContext dc = appender.writingDocument()) {
            try {
                final Bytes<?> bytes = dc.wire().bytes();
                bytes.writeSkip(length);
                buffer.wrap(bytes.addressForWrite(bytes.writePosition() - length), length);
                encode(item);
            } catch (final RuntimeException | Error e) { // Error: a failed mapping (disk full) must not complete the record
                dc.rollbackOnClose();
                throw e;
            }
        }
        return appender.lastIndexAppended();
    }

    /**
     * Appends an already-encoded record (SBE header included) by copying its bytes.
     *
     * @return the Chronicle index of the appended record
     */
    public final long appendEncoded(final DirectBuffer source, final int offset, final int length) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> bytes = dc.wire().bytes();
            bytes.writeSkip(length);
            buffer.wrap(bytes.addressForWrite(bytes.writePosition() - length), length);
            buffer.putBytes(0, source, offset, length);
        }
        return appender.lastIndexAppended();
    }

    /** The queue this writer appends to. */
    public final ChronicleQueue queue() {
        return queue;
    }

    @Override
    public final void close() {
        // The appender may have been used by another (pipeline) thread; closing is a hand-over.
        appender.singleThreadedCheckReset();
        appender.close();
        if (ownsQueue) {
            queue.close();
        }
    }
}
