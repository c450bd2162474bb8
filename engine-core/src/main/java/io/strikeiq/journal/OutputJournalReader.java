package io.strikeiq.journal;

import io.strikeiq.signal.SignalView;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Walks one of a journal's output queues (signals or records) from its first record. After {@link #next()} returns {@code true} the
 * current record is exposed, zero-copy, as its raw bytes ({@link #buffer()}, {@link #length()})
 * and, for a signal, as a {@link SignalView} flyweight, valid until the next call to {@link #next()} or
 * {@link #close()} (the Chronicle read context stays open that long). Records are validated
 * like the input reader's: a record that fails its checksum or cannot be decoded, and damage
 * after the last good record, are a {@link JournalFormatException}. The reader does not follow a
 * live writer: at the end it classifies what follows ({@link QueueEnd}); a last record left
 * unfinished by a killed writer ends the journal with {@link #endWarning()} set.
 */
public final class OutputJournalReader implements AutoCloseable {
    private final ChronicleQueue queue;
    private final boolean ownsQueue;
    private final ExcerptTailer tailer;
    private final RecordValidator validator;
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private final SignalView signal = new SignalView();
    private final Path queueDir;
    private final QueueEnd queueEnd;
    private final QueueExtent extent;
    private QueueEnd.State end;
    private long lastIndex = -1;
    /** Records returned so far; set with {@link #lastIndex} only once a record is fully read. */
    private long completed;
    private DocumentContext current;
    private long recordNumber = -1;
    private long index = -1;
    private int length;

    /**
     * Reads {@code queue} from its start; the caller keeps ownership of the queue. A queue directory
     * named {@code records} is validated as the records queue, any other as the signals queue
     * ({@link RecordValidator#forOutputQueue}).
     */
    public OutputJournalReader(final ChronicleQueue queue) {
        this(queue, false);
    }

    private OutputJournalReader(final ChronicleQueue queue, final boolean ownsQueue) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.queueDir = queue.file().toPath();
        this.validator = RecordValidator.forOutputQueue(queueDir);
        this.queueEnd = new QueueEnd(queueDir);
        this.extent = new QueueExtent(queueDir);
        QueueFiles.check(queueDir);
        try {
            this.tailer = queue.createTailer().toStart();
        } catch (final InternalError e) {
            throw JournalFailures.unreadable(queueDir, 0, -1, e);
        }
    }

    /**
     * Opens {@code journalDir}'s signals queue read-only; {@link #close()} closes it.
     *
     * @throws JournalNotFoundException when there is no signals queue there
     * @throws JournalFormatException when the folder has the old single output queue
     */
    public static OutputJournalReader openSignals(final Path journalDir) {
        return new OutputJournalReader(JournalLayout.openSignalsForReading(journalDir), true);
    }

    /**
     * Opens {@code journalDir}'s records queue read-only; {@link #close()} closes it.
     *
     * @throws JournalNotFoundException when there is no records queue there
     * @throws JournalFormatException when the folder has the old single output queue
     */
    public static OutputJournalReader openRecords(final Path journalDir) {
        return new OutputJournalReader(JournalLayout.openRecordsForReading(journalDir), true);
    }

    /**
     * Moves to the next record.
     *
     * @return false at the end of the queue (the current record is then gone); the end is final
     * @throws JournalFormatException when the next record is damaged or undecodable, or the journal is damaged after
     *     the last good record
     */
    public boolean next() {
        release();
        if (end != null) {
            return false;
        }
        boolean retried = false;
        while (true) {
            final QueueEnd.State state;
            try {
                if (read()) {
                    return true;
                }
                // Inside the try: a fault of the read above may surface only at a safepoint in here.
                state = queueEnd.classify(completed, lastIndex, -1, retried);
            } catch (final InternalError e) {
                // The fault is raised at the next safepoint, so the counters of the record in hand are not to be trusted.
                current = null;
                recordNumber = completed - 1;
                throw queueEnd.unreadable(completed, lastIndex, e);
            }
            if (state != QueueEnd.State.MORE) {
                end = state;
                return false;
            }
            retried = true;
        }
    }

    private boolean read() {
        final DocumentContext dc = tailer.readingDocument();
        if (!dc.isPresent()) {
            dc.close();
            return false;
        }
        final Bytes<?> bytes = dc.wire().bytes();
        final long documentEnd = bytes.readLimit();
        if (!extent.covers(documentEnd)) {
            dc.rollbackOnClose();
            dc.close();
            throw queueEnd.pastTheEnd(completed, lastIndex, documentEnd);
        }
        current = dc;
        final int documentLength = (int) bytes.readRemaining();
        if (documentLength > 0) {
            buffer.wrap(bytes.addressForRead(bytes.readPosition()), documentLength);
        } else {
            buffer.wrap(0, 0);
        }
        recordNumber++;
        index = dc.index();
        try {
            validator.validate(buffer, documentLength, recordNumber, index);
        } catch (final JournalFormatException e) {
            // Stay on the bad record: calling next() again fails again instead of skipping it.
            current = null;
            recordNumber--;
            dc.rollbackOnClose();
            dc.close();
            throw e;
        }
        length = validator.messageLength();
        if (RecordValidator.isSignal(validator.templateId())) {
            signal.wrap(buffer, RecordValidator.HEADER_LENGTH, validator.templateId(), validator.blockLength(),
                validator.version());
        }
        lastIndex = index;
        completed++;
        return true;
    }

    /** How the journal ended: null before the end, then CLEAN or UNFINISHED (a killed writer's last record). */
    public QueueEnd.State endState() {
        return end;
    }

    /** One warning line when the journal ended with an unfinished record, else null. */
    public String endWarning() {
        return end == QueueEnd.State.UNFINISHED ? JournalFailures.unfinished(queueDir, completed, lastIndex) : null;
    }

    /** 0-based number of the current record. */
    public long recordNumber() {
        return recordNumber;
    }

    /** Chronicle index of the current record. */
    public long index() {
        return index;
    }

    /** SBE template id of the current record. */
    public int templateId() {
        return validator.templateId();
    }

    /** The current record decoded as a signal (meaningful in the signals queue only). */
    public SignalView signal() {
        return signal;
    }

    /** The current record's SBE message, header included, at offset 0 (its checksum trailer follows it). */
    public DirectBuffer buffer() {
        return buffer;
    }

    /** Length in bytes of the current record's SBE message (without the 4-byte checksum trailer). */
    public int length() {
        return length;
    }

    public Path journal() {
        return validator.journal();
    }

    private void release() {
        if (current != null) {
            final DocumentContext dc = current;
            current = null;
            dc.close();
        }
    }

    @Override
    public void close() {
        release();
        tailer.singleThreadedCheckReset();
        tailer.close();
        if (ownsQueue) {
            queue.close();
        }
    }
}
