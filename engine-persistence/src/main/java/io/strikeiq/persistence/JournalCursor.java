package io.strikeiq.persistence;

import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.QueueEnd;
import io.strikeiq.journal.QueueExtent;
import io.strikeiq.journal.RecordValidator;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The drain's tailer on one queue of a journal, opened read-only (the drain never writes to a
 * journal). It is named by the drain's checkpoint row: its position is the Chronicle index
 * committed in {@code drain_checkpoints}, and {@link #resumeAfter} puts it back there. Each
 * {@link #poll} validates one record (checksum and header) and hands it, zero-copy, to the mapper
 * of its template. A damaged record, or damage after the last good one, is a
 * {@link io.strikeiq.journal.JournalFormatException} that the drain lets through (it is not a
 * database fault to retry). Unless {@linkplain #following() following} a live writer, a cursor
 * that finds no record classifies the end ({@link QueueEnd}): a killed writer's unfinished last
 * record is logged as a warning and ends the queue; anything else after the last record is damage.
 * A mapper that throws on a record makes it a dead letter ({@link DeadLetters}) and the cursor
 * moves on: the record is read, it only has no row.
 */
final class JournalCursor implements AutoCloseable {
    static final long NONE = -1;

    private final String name;
    private final ChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final RecordValidator validator;
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private final QueueEnd queueEnd;
    private final QueueExtent extent;
    private final Consumer<String> log;
    private final DeadLetters deadLetters;
    private long lastIndex = NONE;
    private int lastTemplateId = -1;
    /** When set, a copy of each record read is kept in {@link #lastRecord} (the drain's one-by-one pass). */
    private boolean retain;
    private byte[] lastRecord;
    private long records;
    private boolean following;
    private boolean warned;

    JournalCursor(final String name, final Path queueDir, final RecordValidator validator, final Consumer<String> log,
                  final DeadLetters deadLetters) {
        this.name = name;
        this.deadLetters = deadLetters;
        this.queue = JournalLayout.openForReading(queueDir);
        this.queueEnd = new QueueEnd(queueDir);
        this.extent = new QueueExtent(queueDir);
        this.log = log;
        try {
            this.tailer = queue.createTailer().toStart();
        } catch (final InternalError e) {
            queue.close();
            throw queueEnd.unreadable(0, NONE, e);
        }
        this.validator = validator;
    }

    /** From now on "no record" means "not yet": a live writer may be in the middle of one. */
    void following() {
        following = true;
    }

    /** Positions after the record at {@code index}, which must still be in the queue. */
    void resumeAfter(final long index, final long recordsBefore) {
        if (!moveToIndex(index)) {
            throw new IllegalStateException("drain checkpoint of the " + name + " queue is Chronicle index 0x"
                + Long.toHexString(index) + ", which is not in " + queue.file().getAbsolutePath()
                + " (a different journal drained under the same --name?)");
        }
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent() || dc.index() != index) {
                throw new IllegalStateException("cannot re-read the checkpointed record 0x" + Long.toHexString(index)
                    + " of " + queue.file().getAbsolutePath());
            }
        }
        lastIndex = index;
        records = recordsBefore;
    }

    /**
     * Reads the next record, if any, and stages it with {@code mappers[templateId]} (records of
     * templates without a mapper, e.g. ticks, are passed over).
     *
     * @return false when the queue has no further record yet
     */
    boolean poll(final RecordMapper[] mappers) {
        boolean retried = false;
        while (true) {
            final QueueEnd.State end;
            try {
                if (read(mappers)) {
                    return true;
                }
                if (following) {
                    return false;
                }
                // Inside the try: a fault of the read above may surface only at a safepoint in here.
                end = queueEnd.classify(records, lastIndex, -1, retried);
            } catch (final InternalError e) {
                throw queueEnd.unreadable(records, lastIndex, e);
            }
            if (end != QueueEnd.State.MORE) {
                if (end == QueueEnd.State.UNFINISHED && !warned) {
                    warned = true;
                    log.accept("drain: warning: " + queueEnd.unfinishedWarning(records, lastIndex));
                }
                return false;
            }
            retried = true;
        }
    }

    /**
     * Goes back to just after the record at {@code index} ({@link #NONE}: the start of the queue),
     * the position of the last commit, to read a failed batch again.
     */
    void rewind(final long index, final long recordsBefore) {
        if (index == NONE) {
            tailer.toStart();
            lastIndex = NONE;
            records = 0;
        } else {
            resumeAfter(index, recordsBefore);
        }
    }

    /** From now on (true) or no longer (false), keep a copy of each record read: {@link #lastRecord()}. */
    void retain(final boolean value) {
        retain = value;
        lastRecord = null;
    }

    /** The last record read (header, message and trailer) while {@linkplain #retain retaining}, else null. */
    byte[] lastRecord() {
        return lastRecord;
    }

    /** Template id of the last record read, -1 before the first. */
    int lastTemplateId() {
        return lastTemplateId;
    }

    private boolean moveToIndex(final long index) {
        try {
            return tailer.moveToIndex(index);
        } catch (final InternalError e) {
            throw queueEnd.unreadable(records, lastIndex, e);
        }
    }

    private boolean read(final RecordMapper[] mappers) {
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent()) {
                return false;
            }
            final Bytes<?> bytes = dc.wire().bytes();
            if (!extent.covers(bytes.readLimit())) {
                throw queueEnd.pastTheEnd(records, lastIndex, bytes.readLimit());
            }
            final int length = (int) bytes.readRemaining();
            if (length > 0) {
                buffer.wrap(bytes.addressForRead(bytes.readPosition()), length);
            } else {
                buffer.wrap(0, 0);
            }
            final long index = dc.index();
            validator.validate(buffer, length, records, index);
            final int templateId = validator.templateId();
            final RecordMapper mapper = templateId < mappers.length ? mappers[templateId] : null;
            if (retain) {
                lastRecord = DeadLetters.copy(buffer, length);
            }
            if (mapper != null) {
                try {
                    mapper.stage(buffer, RecordValidator.HEADER_LENGTH, validator.blockLength(), validator.version());
                } catch (final RuntimeException e) {
                    deadLetters.add(new DeadLetters.Letter(name, index, templateId, null, null,
                        "mapper " + mapper.getClass().getSimpleName() + " failed: " + e, DeadLetters.copy(buffer, length)));
                }
            }
            lastTemplateId = templateId;
            lastIndex = index;
            records++;
            return true;
        }
    }

    String name() {
        return name;
    }

    /** Chronicle index of the last record read, {@link #NONE} before the first. */
    long lastIndex() {
        return lastIndex;
    }

    /** Records read from the start of the queue (including those committed by earlier runs). */
    long records() {
        return records;
    }

    @Override
    public void close() {
        tailer.singleThreadedCheckReset();
        tailer.close();
        queue.close();
    }
}
