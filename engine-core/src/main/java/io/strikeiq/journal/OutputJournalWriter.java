package io.strikeiq.journal;

import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.SignalEncoder;
import io.strikeiq.signal.Signal;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Appends {@link Signal}s to the output queue as SBE {@code Signal} messages, encoded in place
 * in the queue's mapped memory inside {@code writingDocument()}: no Wire marshalling, no copy,
 * no allocation after warm-up. Single writer thread.
 */
public final class OutputJournalWriter implements AutoCloseable {
    /** Bytes of one output record: header plus the Signal block. */
    public static final int RECORD_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + SignalEncoder.BLOCK_LENGTH;

    private final ChronicleQueue queue;
    private final boolean ownsQueue;
    private final ExcerptAppender appender;
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final SignalEncoder encoder = new SignalEncoder();

    /** Appends to {@code queue}; the caller keeps ownership of the queue. */
    public OutputJournalWriter(final ChronicleQueue queue) {
        this(queue, false);
    }

    private OutputJournalWriter(final ChronicleQueue queue, final boolean ownsQueue) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.appender = queue.createAppender();
    }

    /** Opens (creating if needed) {@code journalDir}'s output queue; {@link #close()} closes it. */
    public static OutputJournalWriter open(final Path journalDir) {
        return new OutputJournalWriter(JournalLayout.openOutputForWriting(journalDir), true);
    }

    /**
     * Appends {@code signal}.
     *
     * @return the Chronicle index of the appended record
     * @throws IllegalArgumentException when {@link Signal#direction} is not -1, 0 or +1 (nothing is appended)
     */
    public long append(final Signal signal) {
        try (DocumentContext dc = appender.writingDocument()) {
            try {
                final Bytes<?> bytes = dc.wire().bytes();
                bytes.writeSkip(RECORD_LENGTH);
                buffer.wrap(bytes.addressForWrite(bytes.writePosition() - RECORD_LENGTH), RECORD_LENGTH);
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
            } catch (final RuntimeException e) {
                dc.rollbackOnClose();
                throw e;
            }
        }
        return appender.lastIndexAppended();
    }

    /** The queue this writer appends to. */
    public ChronicleQueue queue() {
        return queue;
    }

    @Override
    public void close() {
        // The appender may have been used by another (pipeline) thread; closing is a hand-over.
        appender.singleThreadedCheckReset();
        appender.close();
        if (ownsQueue) {
            queue.close();
        }
    }
}
