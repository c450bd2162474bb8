package io.strikeiq.journal;

import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamilies;
import net.openhft.chronicle.queue.ChronicleQueue;

import java.nio.file.Path;

/**
 * Appends to one of a journal's two output queues: {@link Signal}s as their family's SBE message
 * ({@link SignalFamilies}, chosen by signal type) to the signals queue ({@link #openSignals}), encoded in place in the queue's mapped
 * memory inside {@code writingDocument()} (no Wire marshalling, no copy, no allocation after
 * warm-up), and the engines' already-encoded records (snapshots, bars ...) to the records queue
 * ({@link #openRecords}, {@link #appendEncoded}). Which record goes where is the publish stage's
 * routing. Single writer thread.
 */
public final class OutputJournalWriter extends SbeRecordWriter<Signal> {
    private final SignalFamilies families = new SignalFamilies();

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
        return families.forType(signal.signalType).messageLength();
    }

    /**
     * @throws IllegalArgumentException when no family carries the signal type, or {@link Signal#direction} or an
     *     enum-valued value is out of range (nothing is appended)
     */
    @Override
    protected void encode(final Signal signal) {
        families.forType(signal.signalType).encode(signal, buffer, 0, header);
    }
}
