package io.strikeiq.api;

import io.strikeiq.journal.JournalFormatException;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.JournalNotFoundException;
import io.strikeiq.journal.QueueEnd;
import io.strikeiq.journal.QueueExtent;
import io.strikeiq.journal.RecordValidator;
import io.strikeiq.signal.SignalView;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tails the signals queue ({@code DIR/signals}) of a journal directory for a colocated trading
 * process; it holds Signal records only (storage records travel apart, in {@code DIR/records}),
 * so every record is one delivery.
 * The queue is opened read-only, so the subscriber never writes to the engine's files. Each
 * {@link #poll(SignalHandler, int)} hands records to a {@link SignalHandler} as a
 * {@link SignalView} flyweight (shared header fields, the record's signal family and its typed
 * values) over an {@link UnsafeBuffer} wrapped at the record's address
 * in the queue's mapped memory: zero copy, and zero allocation per poll after warm-up.
 *
 * <p>A named subscriber ({@link #named}) is restartable: after each record its handler
 * returns, the record's Chronicle index is stored in {@code positionDir/NAME.position}, and a
 * subscriber created later with the same name resumes after it. Chronicle's own named tailers
 * are not used because they keep their index inside the queue's metadata file, which a
 * read-only queue cannot create or update. A record whose handler throws is not counted as
 * consumed: the next poll (or the next run) delivers it again.
 *
 * <p>Integrity: every record's CRC32C trailer is verified; a damaged or undecodable record is a
 * {@link JournalFormatException} naming the record and stays unconsumed, and a fault reading the
 * mapped file (a file truncated under it) is one too, never an {@code InternalError}. A poll that
 * finds nothing simply means "not yet": a writer may be in the middle of a record. A caller that
 * knows no more records are coming (the writer is done or dead) asks {@link #checkEnd()} whether
 * the journal ended cleanly, with a killed writer's unfinished record, or damaged.
 *
 * <p>Single-threaded: create, poll and close it on one thread (or hand it over between them
 * with a happens-before edge).
 */
public final class SignalSubscriber implements AutoCloseable {
    static { io.strikeiq.journal.ChronicleDefaults.apply(); }
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final long NO_MORE = Long.MIN_VALUE;

    private final Path journalDir;
    private final ChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final RecordValidator validator;
    private final SubscriberPosition position;
    private final String name;
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private final SignalView decoder = new SignalView();
    private final QueueEnd queueEnd;
    private final QueueExtent extent;
    private long lastConsumed = SubscriberPosition.NONE;
    /** Records consumed from the queue's start, or -1 when this subscriber did not start there. */
    private long recordsFromStart = -1;
    /** {@link #lastConsumed} when {@link #checkEnd()} last answered MORE. */
    private long moreAfter = NO_MORE;

    private SignalSubscriber(final Path journalDir, final String name, final Path positionDir,
                             final StartPosition whenNew, final long startIndex) {
        this.journalDir = journalDir;
        this.name = name;
        final Path queueDir = JournalLayout.signalsQueue(journalDir);
        final ChronicleQueue q = JournalLayout.openSignalsForReading(journalDir);
        SubscriberPosition pos = null;
        ExcerptTailer t = null;
        try {
            t = q.createTailer();
            if (name != null) {
                pos = new SubscriberPosition(positionDir, name);
                lastConsumed = pos.lastConsumed();
            }
            if (lastConsumed != SubscriberPosition.NONE) {
                resumeAfter(t, lastConsumed, pos);
            } else if (startIndex >= 0) {
                if (!t.moveToIndex(startIndex)) {
                    throw new IllegalArgumentException("No record at Chronicle index 0x" + Long.toHexString(startIndex)
                        + " in " + JournalLayout.signalsQueue(journalDir).toAbsolutePath());
                }
            } else if (whenNew == StartPosition.END) {
                t.toEnd();
            } else {
                t.toStart();
                recordsFromStart = 0;
            }
        } catch (final InternalError e) {
            closeQuietly(pos, t, q);
            throw unreadable(queueDir, e);
        } catch (final RuntimeException e) {
            closeQuietly(pos, t, q);
            throw e;
        }
        this.queue = q;
        this.tailer = t;
        this.position = pos;
        this.validator = RecordValidator.forSignals(queueDir);
        this.queueEnd = new QueueEnd(queueDir);
        this.extent = new QueueExtent(queueDir);
    }

    private static void closeQuietly(final SubscriberPosition pos, final ExcerptTailer t, final ChronicleQueue q) {
        if (pos != null) {
            pos.close();
        }
        if (t != null) {
            t.close();
        }
        q.close();
    }

    private JournalFormatException unreadable(final Path queueDir, final InternalError e) {
        return new QueueEnd(queueDir).unreadable(recordsFromStart, lastConsumed, e);
    }

    private void resumeAfter(final ExcerptTailer t, final long index, final SubscriberPosition pos) {
        if (!t.moveToIndex(index)) {
            throw new IllegalStateException("Subscriber '" + name + "' last consumed Chronicle index 0x"
                + Long.toHexString(index) + " (" + pos.file().toAbsolutePath() + "), which is no longer in "
                + JournalLayout.signalsQueue(journalDir).toAbsolutePath()
                + "; delete the position file to start afresh");
        }
        try (DocumentContext dc = t.readingDocument()) {
            if (!dc.isPresent() || dc.index() != index) {
                throw new IllegalStateException("Subscriber '" + name + "' cannot re-read its last record 0x"
                    + Long.toHexString(index) + " in " + JournalLayout.signalsQueue(journalDir).toAbsolutePath());
            }
        }
    }

    /**
     * An anonymous subscriber starting at the first record in the queue.
     *
     * @throws JournalNotFoundException when {@code journalDir} has no signals queue
     */
    public static SignalSubscriber fromStart(final Path journalDir) {
        return new SignalSubscriber(journalDir, null, null, StartPosition.START, -1);
    }

    /** An anonymous subscriber that sees only records written after it was created. */
    public static SignalSubscriber fromEnd(final Path journalDir) {
        return new SignalSubscriber(journalDir, null, null, StartPosition.END, -1);
    }

    /**
     * An anonymous subscriber whose first record is the one at Chronicle index {@code recordIndex}
     * (as passed to {@link SignalHandler#onSignal}).
     *
     * @throws IllegalArgumentException when the queue holds no record at that index
     */
    public static SignalSubscriber fromIndex(final Path journalDir, final long recordIndex) {
        if (recordIndex < 0) {
            throw new IllegalArgumentException("recordIndex must be >= 0: " + recordIndex);
        }
        return new SignalSubscriber(journalDir, null, null, StartPosition.START, recordIndex);
    }

    /**
     * A restartable subscriber: resumes after the last record consumed under {@code name} (its
     * position is kept in {@code positionDir/NAME.position}), or starts at {@code whenNew} the
     * first time.
     *
     * @param name 1-64 characters of {@code [A-Za-z0-9._-]}
     * @throws IllegalStateException when a live subscriber already holds the name
     */
    public static SignalSubscriber named(final Path journalDir, final String name, final Path positionDir,
                                         final StartPosition whenNew) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Subscriber name must be 1-64 chars of [A-Za-z0-9._-]: " + name);
        }
        return new SignalSubscriber(journalDir, name, positionDir, whenNew, -1);
    }

    /**
     * Delivers up to {@code limit} available signals to {@code handler}, in order, stepping over
     * the queue's other record types (snapshots for storage).
     *
     * @return the number delivered; 0 when none is available yet
     * @throws JournalFormatException when a record fails its checksum or cannot be decoded by this build
     *     (it stays unconsumed), or the mapped file cannot be read
     */
    public int poll(final SignalHandler handler, final int limit) {
        try {
            return deliver(handler, limit);
        } catch (final InternalError e) {
            throw unreadable(JournalLayout.signalsQueue(journalDir), e);
        }
    }

    private int deliver(final SignalHandler handler, final int limit) {
        int delivered = 0;
        while (delivered < limit) {
            try (DocumentContext dc = tailer.readingDocument()) {
                if (!dc.isPresent()) {
                    break;
                }
                final long index = dc.index();
                try {
                    final Bytes<?> bytes = dc.wire().bytes();
                    if (!extent.covers(bytes.readLimit())) {
                        throw queueEnd.pastTheEnd(recordsFromStart, lastConsumed, bytes.readLimit());
                    }
                    final int length = (int) bytes.readRemaining();
                    if (length > 0) {
                        buffer.wrap(bytes.addressForRead(bytes.readPosition()), length);
                    } else {
                        buffer.wrap(0, 0);
                    }
                    // The signals validator refuses any template but the signal families', so every record is delivered.
                    validator.validate(buffer, length, recordsFromStart, index);
                    decoder.wrap(buffer, RecordValidator.HEADER_LENGTH, validator.templateId(), validator.blockLength(),
                        validator.version());
                    handler.onSignal(index, decoder);
                    delivered++;
                } catch (final RuntimeException | Error e) {
                    dc.rollbackOnClose();
                    throw e;
                }
                lastConsumed = index;
                if (recordsFromStart >= 0) {
                    recordsFromStart++;
                }
                if (position != null) {
                    position.lastConsumed(index);
                }
            }
        }
        return delivered;
    }

    /**
     * After a {@link #poll} that delivered nothing, says how the journal ends there; for a caller that
     * knows no more records are coming (a follower just polls again, since a live writer may be in
     * the middle of a record). Reads the queue's files past the last record, so call it once.
     *
     * @return CLEAN, UNFINISHED (the writer was killed inside its last record: a warning, not an
     *     error) or MORE (records arrived after the poll: poll again)
     * @throws JournalFormatException when the journal is damaged after the last good record
     */
    public QueueEnd.State checkEnd() {
        // A second MORE with no record consumed in between means Chronicle cannot deliver them: damage.
        final boolean retried = moreAfter == lastConsumed;
        final QueueEnd.State state;
        try {
            state = queueEnd.classify(recordsFromStart, lastConsumed, tailer.index(), retried);
        } catch (final InternalError e) {
            // A fault of the last poll's mapped read may surface only at a safepoint in here.
            throw unreadable(JournalLayout.signalsQueue(journalDir), e);
        }
        moreAfter = state == QueueEnd.State.MORE ? lastConsumed : NO_MORE;
        return state;
    }

    /** The warning line for an {@link QueueEnd.State#UNFINISHED} end. */
    public String unfinishedWarning() {
        return "Journal " + JournalLayout.signalsQueue(journalDir).toAbsolutePath() + ": the last record is unfinished"
            + " (its writer was killed while writing it); signals were read up to the last complete record"
            + (lastConsumed >= 0 ? ", Chronicle index 0x" + Long.toHexString(lastConsumed) : "");
    }

    /** Chronicle index of the last record consumed (in this or, for a named subscriber, an earlier run); -1 if none. */
    public long lastConsumedIndex() {
        return lastConsumed;
    }

    /** The subscriber's name, or null when anonymous. */
    public String name() {
        return name;
    }

    public Path journalDir() {
        return journalDir;
    }

    @Override
    public void close() {
        tailer.singleThreadedCheckReset();
        tailer.close();
        queue.close();
        if (position != null) {
            position.close();
        }
    }
}
