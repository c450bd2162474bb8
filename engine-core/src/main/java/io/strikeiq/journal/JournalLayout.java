package io.strikeiq.journal;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the pieces of a journal directory live and how its queues are opened. A journal
 * directory {@code DIR} holds {@code DIR/input} (input queue), {@code DIR/signals} (only Signal
 * records: what a colocated trader tails), {@code DIR/records} (every other output record:
 * snapshots, bars, rejects, biases, triangle events, rolls, ingest runs, for storage and analysis)
 * and {@code DIR/instruments.cmap} (the instrument registry's Chronicle Map). A folder that still
 * has {@code DIR/output} was written by an engine before signals and records were split (journal
 * schema version 3): its signal and record queues are refused with one line
 * ({@link #requireCurrentLayout}), its input can still be replayed.
 *
 * <p>Roll cycle: {@link RollCycles#FAST_DAILY} (one {@code yyyyMMdd'F'.cq4} file per UTC day,
 * up to 2^32 records a day). An NSE session (09:15-15:30 IST = 03:45-10:00 UTC) always lands in
 * one file, so a trading day is one file to archive or delete; a CME session that crosses UTC
 * midnight simply spans two files, which tailers cross transparently. Cycles follow the wall
 * clock of the writer (Chronicle's), not event time: they only decide file boundaries, never
 * record contents, so replays stay bit-identical record by record.
 *
 * <p>Readers open queues read-only: they never create directories, metadata or cycle files, and
 * a missing queue is a {@link JournalNotFoundException} instead of a silently created empty one;
 * a queue whose files are structurally damaged is a {@link JournalFormatException} before
 * Chronicle maps them.
 */
public final class JournalLayout {
    static { ChronicleDefaults.apply(); }
    public static final String INPUT_QUEUE = "input";
    /** Signal records only: what {@code SignalSubscriber} and {@code ./strikeiq tail} read. */
    public static final String SIGNALS_QUEUE = "signals";
    /** Every non-Signal output record: what storage and analysis read. */
    public static final String RECORDS_QUEUE = "records";
    /** The single output queue of journals written before signals and records were split. */
    public static final String OLD_OUTPUT_QUEUE = "output";
    public static final String INSTRUMENTS_FILE = "instruments.cmap";
    /** Roll cycle of every StrikeIQ queue; see the class comment for why. */
    public static final RollCycle ROLL_CYCLE = RollCycles.FAST_DAILY;
    /**
     * Entries per secondary index array (FAST_DAILY's default is 4,096). With Chronicle's index
     * spacing of 256 one array covers 4M records; starting a new array allocates a little on the
     * appending thread, so fewer, larger arrays keep the journal stage allocation-free for longer.
     */
    public static final int INDEX_COUNT = 16_384;
    /**
     * Size of the memory-mapped chunks the input queue grows by. Mapping the next chunk allocates
     * about 700 bytes on the journal thread (Chronicle's MappedBytesStore and its file lock): with
     * 1 GiB chunks that is once per ~8M input events instead of once per ~500k with 64 MiB. The
     * cycle file is sparse, so the chunk size costs address space, not disk.
     */
    public static final long INPUT_BLOCK_SIZE = 1L << 30;
    /**
     * The signals queue carries a few signals per thousand inputs (about 100 bytes each): 16 MiB
     * chunks hold ~160k signals, so a session maps one or two chunks, and a trader's tailer, which
     * maps the same chunks, keeps a small resident footprint.
     */
    public static final long SIGNALS_BLOCK_SIZE = 16L << 20;
    /**
     * The records queue takes the bulk of the output (a ContractSnapshot per leg per snapshot, bars,
     * biases ...), written by the publish thread like the signals: 256 MiB chunks mean a chunk
     * mapping (and its ~700 bytes of allocation on that thread) four times less often than the 64
     * MiB the single output queue used. Sparse, like the input's chunks.
     */
    public static final long RECORDS_BLOCK_SIZE = 256L << 20;

    // Cycle files (*.cq4) or the queue's metadata (metadata.cq4t): a writer creates the latter on
    // open, so a run that has not appended yet (or never will) is an empty journal, not a missing one.
    private static final String QUEUE_FILE_GLOB = "*.{cq4,cq4t}";

    private JournalLayout() {
    }

    public static Path inputQueue(final Path journalDir) {
        return journalDir.resolve(INPUT_QUEUE);
    }

    public static Path signalsQueue(final Path journalDir) {
        return journalDir.resolve(SIGNALS_QUEUE);
    }

    public static Path recordsQueue(final Path journalDir) {
        return journalDir.resolve(RECORDS_QUEUE);
    }

    /**
     * Refuses a journal folder of the old layout (one {@code DIR/output} queue for signals and
     * records): its output cannot be read or appended to by this engine, its input can be replayed.
     *
     * @throws JournalFormatException ({@link JournalFormatException.Kind#OLDER_ENGINE}) when {@code DIR/output} exists
     */
    public static void requireCurrentLayout(final Path journalDir) {
        final Path old = journalDir.resolve(OLD_OUTPUT_QUEUE);
        if (Files.exists(old)) {
            throw new JournalFormatException(JournalFormatException.Kind.OLDER_ENGINE, "Journal "
                + journalDir.toAbsolutePath() + " has " + old.toAbsolutePath() + ": written by an engine before signals"
                + " and records were split; replay its input with this engine (strikeiq replay --input DIR --out DIR2) to get "
                + SIGNALS_QUEUE + "/ and " + RECORDS_QUEUE + "/", -1, -1);
        }
    }

    public static Path instrumentsFile(final Path journalDir) {
        return journalDir.resolve(INSTRUMENTS_FILE);
    }

    /** Opens (creating directories and files as needed) the queue at {@code queueDir} for appending. */
    public static ChronicleQueue openForWriting(final Path queueDir, final long blockSize) {
        try {
            FilePermissions.createDirectories(queueDir);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create journal queue directory " + queueDir.toAbsolutePath(), e);
        }
        return SingleChronicleQueueBuilder.binary(queueDir).rollCycle(ROLL_CYCLE).blockSize(blockSize)
            .indexCount(INDEX_COUNT).build();
    }

    /**
     * Opens an existing queue read-only. Creates nothing on disk.
     *
     * @throws JournalNotFoundException when {@code queueDir} is missing, not a directory or has no queue
     *     files ({@code *.cq4} cycle files or {@code metadata.cq4t})
     * @throws JournalFormatException when a queue file is structurally damaged ({@link QueueFiles}), checked
     *     before Chronicle maps anything
     */
    public static ChronicleQueue openForReading(final Path queueDir) {
        requireQueue(queueDir);
        QueueFiles.check(queueDir);
        try {
            return SingleChronicleQueueBuilder.binary(queueDir).rollCycle(ROLL_CYCLE).readOnly(true).build();
        } catch (final InternalError e) {
            throw JournalFailures.unreadable(queueDir, 0, -1, e);
        }
    }

    public static ChronicleQueue openInputForWriting(final Path journalDir) {
        return openForWriting(inputQueue(journalDir), INPUT_BLOCK_SIZE);
    }

    /** @throws JournalFormatException when the folder has the old layout ({@link #requireCurrentLayout}) */
    public static ChronicleQueue openSignalsForWriting(final Path journalDir) {
        requireCurrentLayout(journalDir);
        return openForWriting(signalsQueue(journalDir), SIGNALS_BLOCK_SIZE);
    }

    /** @throws JournalFormatException when the folder has the old layout ({@link #requireCurrentLayout}) */
    public static ChronicleQueue openRecordsForWriting(final Path journalDir) {
        requireCurrentLayout(journalDir);
        return openForWriting(recordsQueue(journalDir), RECORDS_BLOCK_SIZE);
    }

    public static ChronicleQueue openInputForReading(final Path journalDir) {
        return openForReading(inputQueue(journalDir));
    }

    /** @throws JournalFormatException when the folder has the old layout ({@link #requireCurrentLayout}) */
    public static ChronicleQueue openSignalsForReading(final Path journalDir) {
        requireCurrentLayout(journalDir);
        return openForReading(signalsQueue(journalDir));
    }

    /** @throws JournalFormatException when the folder has the old layout ({@link #requireCurrentLayout}) */
    public static ChronicleQueue openRecordsForReading(final Path journalDir) {
        requireCurrentLayout(journalDir);
        return openForReading(recordsQueue(journalDir));
    }

    /** @throws JournalNotFoundException unless {@code queueDir} is a directory holding at least one queue file */
    public static void requireQueue(final Path queueDir) {
        if (!Files.exists(queueDir)) {
            throw new JournalNotFoundException(queueDir, "directory does not exist");
        }
        if (!Files.isDirectory(queueDir)) {
            throw new JournalNotFoundException(queueDir, "not a directory");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(queueDir, QUEUE_FILE_GLOB)) {
            if (!files.iterator().hasNext()) {
                throw new JournalNotFoundException(queueDir, "directory holds no Chronicle queue files (*.cq4, metadata.cq4t)");
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot list journal queue directory " + queueDir.toAbsolutePath(), e);
        }
    }
}
