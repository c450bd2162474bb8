package io.strikeiq.journal;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.MarketEvent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each damage of the fault trials, on both queues: the reader reads the records before the damage
 * (their count is known by construction), then fails with one {@link JournalFormatException}
 * naming the queue folder and the record where the damage starts; it never takes a damaged
 * journal for a shorter one. A writer killed inside its last record is the one end that is not
 * an error: the complete records are read and the end says UNFINISHED.
 */
class JournalDamageTest {
    private static final int RECORDS = 3_000;
    private static final long DAMAGED = 1_234;

    @TempDir
    Path dir;

    /** What a full read of the damaged queue did. */
    private static final class Read {
        long records;
        QueueEnd.State end;
        String warning;
        JournalFormatException failure;
    }

    private Read readAll(final DamagedJournals.Queue queue) {
        final Read r = new Read();
        try {
            if (queue == DamagedJournals.Queue.INPUT) {
                try (InputJournalReader reader = InputJournalReader.open(dir)) {
                    final MarketEvent slot = new MarketEvent();
                    try {
                        while (reader.poll(slot) == EventSource.FILLED) {
                            assertEquals(r.records, slot.sequence, "records come back in order, intact");
                            r.records++;
                            slot.clear();
                        }
                    } finally {
                        r.end = reader.endState();
                        r.warning = reader.endWarning();
                    }
                }
            } else {
                try (OutputJournalReader reader = queue.openReader(dir)) {
                    try {
                        while (reader.next()) {
                            assertEquals(r.records, DamagedJournals.sequenceOf(reader), "records come back in order, intact");
                            r.records++;
                        }
                    } finally {
                        r.end = reader.endState();
                        r.warning = reader.endWarning();
                    }
                }
            }
        } catch (final JournalFormatException e) {
            r.failure = e;
        }
        return r;
    }

    private Path queueDir(final DamagedJournals.Queue queue) {
        return queue.dir(dir);
    }

    private void assertDamagedAt(final Read r, final DamagedJournals.Queue queue, final long recordNumber, final String what) {
        assertNotNull(r.failure, "a damaged journal must fail, not end after " + r.records + " records");
        final String m = r.failure.getMessage();
        assertTrue(m.startsWith("Journal " + queueDir(queue).toAbsolutePath() + ", "), m);
        assertTrue(m.contains(what), m);
        assertEquals(-1, m.indexOf('\n'), "one line: " + m);
        assertEquals(recordNumber, r.records, "records read before the damage");
        assertEquals(recordNumber, r.failure.recordNumber(), m);
        assertTrue(m.contains("record #" + recordNumber) || m.contains(recordNumber + " complete records read"), m);
    }

    private void assertFileRefused(final Read r, final DamagedJournals.Queue queue, final String file, final String what) {
        assertNotNull(r.failure, "a damaged file must be refused before reading");
        final String m = r.failure.getMessage();
        assertEquals("Journal " + queueDir(queue).toAbsolutePath() + ", " + file + ": " + what, m.substring(0,
            Math.min(m.length(), ("Journal " + queueDir(queue).toAbsolutePath() + ", " + file + ": " + what).length())), m);
        assertEquals(JournalFormatException.Kind.DAMAGED_FILE, r.failure.kind());
        assertEquals(0, r.records);
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void intactJournalEndsClean(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final Read r = readAll(queue);
        assertNull(r.failure);
        assertEquals(RECORDS, r.records);
        assertEquals(QueueEnd.State.CLEAN, r.end);
        assertNull(r.warning);
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void sixtyFourBytesOverwrittenInAPayloadFailItsChecksum(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final long[] span = DamagedJournals.recordSpan(queueDir(queue), DAMAGED);
        // From the first body byte on (the 8-byte SBE header stays intact), into the next record.
        DamagedJournals.overwrite(DamagedJournals.cycleFile(queueDir(queue)), span[1] + 8, DamagedJournals.filled(64, 0x5A));
        final Read r = readAll(queue);
        assertDamagedAt(r, queue, DAMAGED, "checksum mismatch");
        assertEquals(JournalFormatException.Kind.CHECKSUM, r.failure.kind());
    }

    /** Over the SBE header too, the record no longer even names the StrikeIQ schema. */
    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void sixtyFourBytesOverwrittenOverARecordsSbeHeaderAreNotAStrikeIqRecord(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final long[] span = DamagedJournals.recordSpan(queueDir(queue), DAMAGED);
        DamagedJournals.overwrite(DamagedJournals.cycleFile(queueDir(queue)), span[1], DamagedJournals.filled(64, 0x5A));
        final Read r = readAll(queue);
        assertDamagedAt(r, queue, DAMAGED, "not a StrikeIQ record: schemaId " + 0x5A5A + " is not the StrikeIQ journal"
            + " schema 7101 and the record has no valid checksum");
        assertEquals(JournalFormatException.Kind.NOT_A_RECORD, r.failure.kind());
    }

    /** 0xA5.. over a header sets its not-complete bit: Chronicle stops there, as at an end; the bytes after it are not an end. */
    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void sixtyFourBytesOverwrittenOverAHeaderAreNotTakenForTheEnd(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final long[] span = DamagedJournals.recordSpan(queueDir(queue), DAMAGED);
        DamagedJournals.overwrite(DamagedJournals.cycleFile(queueDir(queue)), span[0], DamagedJournals.filled(64, 0xA5));
        final Read r = readAll(queue);
        assertDamagedAt(r, queue, DAMAGED, "but the chain of document headers never reaches it (it ends at offset " + span[0] + ")");
        assertEquals(JournalFormatException.Kind.DAMAGED_FILE, r.failure.kind());
    }

    /** 0x5A.. over a header makes a meta-data header Chronicle would skip, hundreds of MB long. */
    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void headerTurnedIntoAHugeMetaDataDocumentIsDamage(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final long[] span = DamagedJournals.recordSpan(queueDir(queue), DAMAGED);
        DamagedJournals.overwrite(DamagedJournals.cycleFile(queueDir(queue)), span[0], DamagedJournals.filled(64, 0x5A));
        final Read r = readAll(queue);
        assertDamagedAt(r, queue, DAMAGED, "has a meta-data header at offset " + span[0] + " of " + 0x1A5A5A5A
            + " bytes, larger than any index Chronicle writes");
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void singleBitFlipInAPayloadFailsTheChecksum(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final long[] span = DamagedJournals.recordSpan(queueDir(queue), DAMAGED);
        // Byte 8 of the record is the first byte of the body (after the 8-byte SBE header): the sequence field.
        DamagedJournals.flipBit(DamagedJournals.cycleFile(queueDir(queue)), span[1] + 8 + 5, 2);
        final Read r = readAll(queue);
        assertDamagedAt(r, queue, DAMAGED, "checksum mismatch");
        assertEquals(JournalFormatException.Kind.CHECKSUM, r.failure.kind());
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void bitFlipInTheTrailerFailsTheChecksum(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final long[] span = DamagedJournals.recordSpan(queueDir(queue), DAMAGED);
        DamagedJournals.flipBit(DamagedJournals.cycleFile(queueDir(queue)), span[2] - 1, 7);
        assertDamagedAt(readAll(queue), queue, DAMAGED, "checksum mismatch");
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void fileCutMidPageIsRefusedBeforeReading(final DamagedJournals.Queue queue) throws IOException {
        DamagedJournals.write(dir, queue, RECORDS);
        final Path file = DamagedJournals.cycleFile(queueDir(queue));
        final long[] span = DamagedJournals.recordSpan(queueDir(queue), DAMAGED);
        final long cut = (span[1] + 10) % 4096 == 0 ? span[1] + 11 : span[1] + 10;
        DamagedJournals.truncate(file, cut);
        assertFileRefused(readAll(queue), queue, file.getFileName().toString(), "cycle file is " + cut + " bytes, a length Chronicle never gives");
        assertEquals(cut, Files.size(file), "reading never repairs or grows the file");
    }

    /** On a page boundary Chronicle used to map past the end and die with SIGBUS (InternalError). */
    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void fileCutOnAPageBoundaryIsRefusedBeforeReading(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final Path file = DamagedJournals.cycleFile(queueDir(queue));
        final long cut = DamagedJournals.recordSpan(queueDir(queue), DAMAGED)[1] / 4096 * 4096;
        DamagedJournals.truncate(file, cut);
        assertFileRefused(readAll(queue), queue, file.getFileName().toString(), "cycle file is " + cut + " bytes, a length Chronicle never gives");
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void zeroByteCycleFileIsRefused(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final Path file = DamagedJournals.cycleFile(queueDir(queue));
        DamagedJournals.truncate(file, 0);
        final long start = System.nanoTime();
        assertFileRefused(readAll(queue), queue, file.getFileName().toString(), "cycle file is empty (0 bytes)");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused at once, not after Chronicle's header timeout");
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void randomBytesCycleFileIsRefused(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final Path file = DamagedJournals.cycleFile(queueDir(queue));
        DamagedJournals.randomize(file, 1 << 20, 42);
        assertFileRefused(readAll(queue), queue, file.getFileName().toString(), "cycle file is " + (1 << 20) + " bytes");
    }

    /** Random bytes in a file of an intact length get past the length check and fail on the header. */
    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void randomFirstPageOfACycleFileIsRefused(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final Path file = DamagedJournals.cycleFile(queueDir(queue));
        final byte[] page = new byte[4096];
        new java.util.Random(7).nextBytes(page);
        page[3] = (byte) 0x80; // not a complete meta-data header, whatever the random bytes were
        DamagedJournals.overwrite(file, 0, page);
        assertFileRefused(readAll(queue), queue, file.getFileName().toString(), "does not start with a Chronicle queue store header");
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void emptyMetadataFileIsRefused(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        DamagedJournals.truncate(queueDir(queue).resolve("metadata.cq4t"), 0);
        assertFileRefused(readAll(queue), queue, "metadata.cq4t", "file is empty (0 bytes)");
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void randomBytesMetadataFileIsRefused(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final byte[] garbage = new byte[4096];
        new java.util.Random(11).nextBytes(garbage);
        garbage[3] = (byte) 0xC0; // the first word is then no complete meta-data header, whatever the rest
        DamagedJournals.overwrite(queueDir(queue).resolve("metadata.cq4t"), 0, garbage);
        assertFileRefused(readAll(queue), queue, "metadata.cq4t", "does not start with a Chronicle table-store header");
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void garbageAfterTheLastRecordIsDamageNotTheEnd(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final long end = DamagedJournals.endOf(queueDir(queue), RECORDS - 1);
        DamagedJournals.overwrite(DamagedJournals.cycleFile(queueDir(queue)), end + 64 * 1024, new byte[] {1, 2, 3});
        final Read r = readAll(queue);
        assertDamagedAt(r, queue, RECORDS, "non-zero bytes at offset " + (end + 64 * 1024));
    }

    /** The bytes a killed writer leaves (see DamagedJournals#leaveUnfinishedRecord), written directly. */
    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void unfinishedLastRecordEndsTheJournalWithAWarning(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        DamagedJournals.leaveUnfinishedRecord(queueDir(queue), RECORDS - 1, 20);
        final Read r = readAll(queue);
        assertNull(r.failure);
        assertEquals(RECORDS, r.records);
        assertEquals(QueueEnd.State.UNFINISHED, r.end);
        assertEquals("Journal " + queueDir(queue).toAbsolutePath() + ": the last record is unfinished (its writer was"
            + " killed while writing it); " + RECORDS + " complete records read", r.warning);
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void writerKilledInsideWritingDocumentLeavesAnUnfinishedRecord(final DamagedJournals.Queue queue) throws Exception {
        UnfinishedRecordWriter.killWhileWriting(dir, queue, RECORDS);
        final Read r = readAll(queue);
        assertNull(r.failure);
        assertEquals(RECORDS, r.records);
        assertEquals(QueueEnd.State.UNFINISHED, r.end);
        assertTrue(r.warning.contains(RECORDS + " complete records read"), r.warning);
    }

    @ParameterizedTest
    @EnumSource(DamagedJournals.Queue.class)
    void damageIsReportedAgainOnTheNextCallNotSkipped(final DamagedJournals.Queue queue) {
        DamagedJournals.write(dir, queue, RECORDS);
        final long end = DamagedJournals.endOf(queueDir(queue), RECORDS - 1);
        DamagedJournals.overwrite(DamagedJournals.cycleFile(queueDir(queue)), end + 8192, new byte[] {9});
        if (queue == DamagedJournals.Queue.INPUT) {
            try (InputJournalReader reader = InputJournalReader.open(dir)) {
                final MarketEvent slot = new MarketEvent();
                for (int i = 0; i < RECORDS; i++) {
                    assertEquals(EventSource.FILLED, reader.poll(slot));
                }
                assertThrows(JournalFormatException.class, () -> reader.poll(slot));
                assertThrows(JournalFormatException.class, () -> reader.poll(slot));
            }
        } else {
            try (OutputJournalReader reader = queue.openReader(dir)) {
                for (int i = 0; i < RECORDS; i++) {
                    assertTrue(reader.next());
                }
                assertThrows(JournalFormatException.class, reader::next);
                assertThrows(JournalFormatException.class, reader::next);
            }
        }
    }
}
