package io.strikeiq.journal;

import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.SignalEncoder;
import io.strikeiq.signal.Signal;
import net.openhft.chronicle.queue.ChronicleQueue;

import java.nio.file.Path;

/**
 * Appends {@link Signal}s to the output queue as SBE {@code Signal} messages, encoded in place
 * in the queue's mapped memory inside {@code writingDocument()}: no Wire marshalling, no copy,
 * no allocation after warm-up. Single writer thread.
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

    /** Opens (creating if needed) {@code journalDir}'s output queue; {@link #close()} closes it. */
    public static OutputJournalWriter open(final Path journalDir) {
        return new OutputJournalWriter(JournalLayout.openOutputForWriting(journalDir), true);
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
