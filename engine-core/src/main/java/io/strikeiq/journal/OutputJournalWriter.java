package io.strikeiq.journal;

import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.SignalEncoder;
import io.strikeiq.signal.Signal;
import net.openhft.chronicle.queue.ChronicleQueue;

import java.nio.file.Path;

/**
 * Appends to one of a journal's two output queues: {@link Signal}s as SBE {@code Signal}
 * messages to the signals queue ({@link #openSignals}), encoded in place in the queue's mapped
 * memory inside {@code writingDocument()} (no Wire marshalling, no copy, no allocation after
 * warm-up), and the engines' already-encoded records (snapshots, bars ...) to the records queue
 * ({@link #openRecords}, {@link #appendEncoded}). Which record goes where is the publish stage's
 * routing. Single writer thread.
 */
public final class OutputJournalWriter extends SbeRecordWriter<Signal> {
    /** Bytes of one output record: header plus the Signal block. */
    public static final int RECORD_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + SignalEncoder.BLOCK_LENGTH;

    private final SignalEncoder encoder = new SignalEncoder();

    /** Appends to {@code queue}; the caller keeps ownership of the queue. */
    public OutputJournalWriter(final ChronicleQueue queue) {
        this(queue, false);
    }

    private OutputJournalWriter(final ChronicleQueue queue, final boolean ownsQueue) {
        super(queue, ownsQueue);
    }

    /**
     * Opens (creating if needed) {@code journalDir}'s signals queue; {@link #close()} closes it.
     *
     * @throws JournalFormatException when the folder has the old single output queue
     */
    public static OutputJournalWriter openSignals(final Path journalDir) {
        return new OutputJournalWriter(JournalLayout.openSignalsForWriting(journalDir), true);
    }

    /**
     * Opens (creating if needed) {@code journalDir}'s records queue; {@link #close()} closes it.
     *
     * @throws JournalFormatException when the folder has the old single output queue
     */
    public static OutputJournalWriter openRecords(final Path journalDir) {
        return new OutputJournalWriter(JournalLayout.openRecordsForWriting(journalDir), true);
    }

    @Override
    protected int recordLength(final Signal signal) {
        return RECORD_LENGTH;
    }

    /** @throws IllegalArgumentException when {@link Signal#direction} is not -1, 0 or +1 (nothing is appended) */
    @Override
    protected void encode(final Signal signal) {
        encoder.wrapAndApplyHeader(buffer, 0, header)
            .inputSequence(signal.inputSequence)
            .eventTime(signal.eventTimeNanos)
            .engine(signal.engine)
            .signalType(signal.signalType)
            .underlyingId(signal.underlyingId)
            .expiry(signal.expiryNanos)
            .direction(Direction.get(signal.direction))
            .strength(signal.strength)
            .confidence(signal.confidence)
            .value1(signal.value1)
            .value2(signal.value2)
            .value3(signal.value3)
            .value4(signal.value4);
    }
}
