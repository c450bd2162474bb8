package io.strikeiq.journal;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.RollDecoder;
import io.strikeiq.sbe.RollEncoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds intact journals with a known number of records and damages their files the ways fault
 * trials did (bytes overwritten, a bit flipped, cut mid-page or on a page boundary, emptied,
 * replaced with random bytes, metadata emptied, a writer killed inside its last record), so tests
 * know by construction where the damage starts.
 */
public final class DamagedJournals {
    /** Which queue of the journal directory a test damages. */
    public enum Queue {
        INPUT, SIGNALS, RECORDS;

        public Path dir(final Path journalDir) {
            switch (this) {
                case INPUT: return JournalLayout.inputQueue(journalDir);
                case SIGNALS: return JournalLayout.signalsQueue(journalDir);
                default: return JournalLayout.recordsQueue(journalDir);
            }
        }

        /** Opens this output queue of {@code journalDir} for reading (not for INPUT). */
        public OutputJournalReader openReader(final Path journalDir) {
            if (this == INPUT) {
                throw new IllegalArgumentException("the input queue has its own reader");
            }
            return this == SIGNALS ? OutputJournalReader.openSignals(journalDir) : OutputJournalReader.openRecords(journalDir);
        }

        /** Opens this queue of {@code journalDir} for appending by hand. */
        public ChronicleQueue openForWriting(final Path journalDir) {
            switch (this) {
                case INPUT: return JournalLayout.openInputForWriting(journalDir);
                case SIGNALS: return JournalLayout.openSignalsForWriting(journalDir);
                default: return JournalLayout.openRecordsForWriting(journalDir);
            }
        }
    }

    /** Event time of record 0: an NSE open (2026-11-24 09:15 IST); record i is i seconds later. */
    public static final long FIRST_EVENT_TIME = java.time.Instant.parse("2026-11-24T03:45:00Z").getEpochSecond() * 1_000_000_000L;

    private DamagedJournals() {
    }

    /**
     * Appends {@code records} records to {@code queue}: session events (input), signals (signals) or
     * rolls (records), numbered 0.. in their sequence field.
     */
    public static void write(final Path journalDir, final Queue queue, final int records) {
        if (queue == Queue.INPUT) {
            try (InputJournalWriter w = InputJournalWriter.open(journalDir)) {
                final MarketEvent e = new MarketEvent();
                for (int i = 0; i < records; i++) {
                    e.clear();
                    e.type = EventType.SESSION;
                    e.sequence = i;
                    e.eventTimeNanos = FIRST_EVENT_TIME + 1_000_000_000L * i;
                    w.append(e);
                }
            }
        } else if (queue == Queue.RECORDS) {
            try (OutputJournalWriter w = OutputJournalWriter.openRecords(journalDir)) {
                final UnsafeBuffer buffer = new UnsafeBuffer(new byte[MessageHeaderEncoder.ENCODED_LENGTH + RollEncoder.BLOCK_LENGTH]);
                final RollEncoder roll = new RollEncoder();
                for (int i = 0; i < records; i++) {
                    roll.wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
                        .inputSequence(i)
                        .eventTime(FIRST_EVENT_TIME + 1_000_000_000L * i)
                        .seriesId(1)
                        .fromInstrumentId(2)
                        .toInstrumentId(3)
                        .lastClose(100.0 + i)
                        .firstOpen(101.0 + i);
                    w.appendEncoded(buffer, 0, buffer.capacity());
                }
            }
        } else {
            try (OutputJournalWriter w = OutputJournalWriter.openSignals(journalDir)) {
                final Signal s = new Signal();
                for (int i = 0; i < records; i++) {
                    s.inputSequence = i;
                    s.eventTimeNanos = FIRST_EVENT_TIME + 1_000_000_000L * i;
                    s.engine = EngineId.PCR;
                    s.signalType = SignalType.PCR_HIGH;
                    s.underlyingId = 1;
                    s.direction = 1;
                    s.strength = 0.5;
                    w.append(s);
                }
            }
        }
    }

    /** The sequence field of the current record of a reader of a queue {@link #write} wrote (a Signal or a Roll). */
    public static long sequenceOf(final OutputJournalReader reader) {
        if (reader.templateId() == RollDecoder.TEMPLATE_ID) {
            return new RollDecoder().wrapAndApplyHeader(reader.buffer(), 0, new MessageHeaderDecoder()).inputSequence();
        }
        return reader.signal().inputSequence();
    }

    /** The queue's only cycle file. */
    public static Path cycleFile(final Path queueDir) {
        final List<Path> cycles = cycleFiles(queueDir);
        if (cycles.size() != 1) {
            throw new IllegalStateException("expected one cycle file in " + queueDir + ": " + cycles);
        }
        return cycles.get(0);
    }

    private static List<Path> cycleFiles(final Path queueDir) {
        try (Stream<Path> files = Files.list(queueDir)) {
            return files.filter(p -> p.toString().endsWith(".cq4")).sorted().collect(Collectors.toList());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File offsets of record {@code recordNumber}: [0] its document header, [1] its first byte, [2] its end. */
    public static long[] recordSpan(final Path queueDir, final long recordNumber) {
        try (ChronicleQueue q = JournalLayout.openForReading(queueDir); ExcerptTailer t = q.createTailer().toStart()) {
            for (long i = 0; ; i++) {
                try (DocumentContext dc = t.readingDocument()) {
                    if (!dc.isPresent()) {
                        throw new IllegalStateException("no record #" + recordNumber + " in " + queueDir);
                    }
                    if (i == recordNumber) {
                        final Bytes<?> b = dc.wire().bytes();
                        return new long[] {b.readPosition() - 4, b.readPosition(), b.readLimit()};
                    }
                }
            }
        }
    }

    /** Writes {@code bytes} over the file at {@code offset}. */
    public static void overwrite(final Path file, final long offset, final byte[] bytes) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(bytes), offset);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code length} copies of {@code value}. */
    public static byte[] filled(final int length, final int value) {
        final byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    /** Flips bit {@code bit} of the byte at {@code offset}. */
    public static void flipBit(final Path file, final long offset, final int bit) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            final ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, offset);
            one.put(0, (byte) (one.get(0) ^ (1 << bit)));
            one.rewind();
            ch.write(one, offset);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void truncate(final Path file, final long length) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(length);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the file's contents with {@code length} seeded random bytes. */
    public static void randomize(final Path file, final int length, final long seed) {
        final byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        try {
            Files.write(file, b);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Leaves an unfinished document after the last record (in the last cycle file), byte for byte what a writer killed
     * inside {@code writingDocument()} leaves in Chronicle 2026.4 (seen in a real {@code kill -9},
     * see {@link UnfinishedRecordWriter}): the header word still 0 (Chronicle writes it only when
     * the document completes) and the first {@code partialBytes} bytes of a record after it.
     */
    public static void leaveUnfinishedRecord(final Path queueDir, final long lastRecord, final int partialBytes) {
        final long[] span = recordSpan(queueDir, lastRecord);
        final long header = (span[2] + 3) & ~3L;
        final byte[] partial = filled(partialBytes, 0);
        // The start of a record: a plausible SBE header (blockLength, template, schema, version) then field bytes.
        final byte[] start = RawRecords.withHeader(40, 5, 7101, 3, 0);
        System.arraycopy(start, 0, partial, 0, Math.min(start.length, partialBytes));
        for (int i = start.length; i < partialBytes; i++) {
            partial[i] = (byte) (i + 1);
        }
        final List<Path> cycles = cycleFiles(queueDir);
        overwrite(cycles.get(cycles.size() - 1), header + 4, partial);
    }

    /** Offset right after the document of record {@code lastRecord}, where the next header would go. */
    public static long endOf(final Path queueDir, final long lastRecord) {
        return (recordSpan(queueDir, lastRecord)[2] + 3) & ~3L;
    }
}
