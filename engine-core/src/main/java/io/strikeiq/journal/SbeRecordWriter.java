package io.strikeiq.journal;

import io.strikeiq.sbe.MessageHeaderEncoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The mechanics both journal writers share: reserve a record of known length inside
 * {@code writingDocument()}, point an {@link UnsafeBuffer} at its bytes in the queue's mapped
 * memory and let the subclass's generated SBE encoder write straight into it (no Wire
 * marshalling, no copy, no allocation after warm-up). Every record ends with a 4-byte CRC32C
 * trailer over the SBE message (header and body), which every reader verifies
 * ({@link RecordValidator}). A failed encode rolls the record back, so nothing half-written is
 * ever appended. Single writer thread.
 *
 * @param <T> what one record is encoded from
 */
abstract class SbeRecordWriter<T> implements AutoCloseable {
    protected final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    protected final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final ChronicleQueue queue;
    private final boolean ownsQueue;
    private final ExcerptAppender appender;
    private final RecordChecksum checksum = new RecordChecksum();
    /** Offset of the schema id in the SBE message header (block length, template id, schema id, version). */
    private static final int SCHEMA_ID_OFFSET = 4;

    SbeRecordWriter(final ChronicleQueue queue, final boolean ownsQueue) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.appender = queue.createAppender();
    }

    /** Bytes the SBE message for {@code item} takes, header included (the checksum trailer comes on top). */
    protected abstract int recordLength(T item);

    /** Encodes {@code item} at offset 0 of {@link #buffer}, which spans {@link #recordLength} bytes plus the trailer. */
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
                reserve(dc, length);
                encode(item);
                seal(length);
            } catch (final RuntimeException | Error e) { // Error: a failed mapping (disk full) must not complete the record
                dc.rollbackOnClose();
                throw e;
            }
        }
        return appender.lastIndexAppended();
    }

    /**
     * Appends an already-encoded SBE message (header included, no trailer) by copying its bytes;
     * the checksum trailer is added here.
     *
     * @return the Chronicle index of the appended record
     */
    public final long appendEncoded(final DirectBuffer source, final int offset, final int length) {
        try (DocumentContext dc = appender.writingDocument()) {
            try {
                reserve(dc, length);
                buffer.putBytes(0, source, offset, length);
                seal(length);
            } catch (final RuntimeException | Error e) { // as in append: never complete a half-written record
                dc.rollbackOnClose();
                throw e;
            }
        }
        return appender.lastIndexAppended();
    }

    /** Reserves the message plus trailer in the document and points {@link #buffer} at them. */
    private void reserve(final DocumentContext dc, final int messageLength) {
        final int total = messageLength + RecordChecksum.LENGTH;
        final Bytes<?> bytes = dc.wire().bytes();
        bytes.writeSkip(total);
        buffer.wrap(bytes.addressForWrite(bytes.writePosition() - total), total);
    }

    /**
     * Writes the CRC32C of the message's bytes as the record's trailer, then reads the first and
     * the last page of the record back. A store to a mapped page the file system cannot back (disk
     * full on tmpfs) faults, and HotSpot raises that fault only at the next safepoint, possibly
     * after the document was completed: reading back catches a write that never landed while the
     * record can still be rolled back.
     *
     * @throws IllegalStateException when the record's bytes did not reach the file
     */
    private void seal(final int messageLength) {
        final int crc = checksum.compute(buffer, 0, messageLength);
        buffer.putInt(messageLength, crc, ByteOrder.LITTLE_ENDIAN);
        // A full fence: the reads below go to memory instead of being answered from the stores just made
        // (plain reads, since the trailer need not be aligned).
        VarHandle.fullFence();
        if (buffer.getInt(messageLength, ByteOrder.LITTLE_ENDIAN) != crc
            || buffer.getShort(SCHEMA_ID_OFFSET, ByteOrder.LITTLE_ENDIAN) != MessageHeaderEncoder.SCHEMA_ID) {
            throw new IllegalStateException("the record's bytes did not reach the journal file " + queue.file()
                + " (a write to its mapped memory failed: disk full?)");
        }
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
