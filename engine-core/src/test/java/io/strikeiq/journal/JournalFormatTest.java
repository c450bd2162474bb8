package io.strikeiq.journal;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.OptionTickDecoder;
import io.strikeiq.sbe.SessionEventDecoder;
import io.strikeiq.sbe.PcrThresholdSignalDecoder;
import io.strikeiq.sbe.UnderlyingSnapshotDecoder;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalFormatTest {
    private static final int SCHEMA = MessageHeaderDecoder.SCHEMA_ID;
    private static final int VERSION = MessageHeaderDecoder.SCHEMA_VERSION;
    /** The generic Signal message of schema versions 1-4: template 20, root block 8+8+2+2+4+8+1+8+8 + 4 x 8 value bytes. */
    private static final int OLD_SIGNAL_TEMPLATE = 20;
    private static final int OLD_SIGNAL_BLOCK = 81;
    private static final int PCR_SIGNAL = PcrThresholdSignalDecoder.TEMPLATE_ID;
    private static final int PCR_BLOCK = PcrThresholdSignalDecoder.BLOCK_LENGTH;

    @TempDir
    Path dir;

    /** Writes one good session event, then {@code bad}, and returns the bad record's Chronicle index. */
    private long inputWithBadSecondRecord(final byte[] bad) {
        try (ChronicleQueue queue = JournalLayout.openInputForWriting(dir);
             InputJournalWriter writer = new InputJournalWriter(queue)) {
            final MarketEvent e = new MarketEvent();
            e.clear();
            e.type = EventType.SESSION;
            writer.append(e);
            return RawRecords.append(queue, bad);
        }
    }

    private JournalFormatException readInput() {
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            final MarketEvent slot = new MarketEvent();
            assertEquals(InputJournalReader.FILLED, reader.poll(slot));
            slot.clear();
            return assertThrows(JournalFormatException.class, () -> reader.poll(slot));
        }
    }

    private void assertNamesRecord(final JournalFormatException e, final long index, final String what) {
        final String m = e.getMessage();
        assertTrue(m.contains(JournalLayout.inputQueue(dir).toAbsolutePath().toString()), m);
        assertTrue(m.contains("record #1 "), m);
        assertTrue(m.contains("Chronicle index 0x" + Long.toHexString(index)), m);
        assertTrue(m.contains(what), m);
        assertEquals(1, e.recordNumber());
        assertEquals(index, e.chronicleIndex());
    }

    @Test
    void unknownTemplateIsRejected() {
        final long index = inputWithBadSecondRecord(RawRecords.sealed(RawRecords.withHeader(16, 42, SCHEMA, VERSION, 16)));
        assertNamesRecord(readInput(), index, "unknown templateId 42");
    }

    @Test
    void outputTemplateInTheInputJournalIsRejected() {
        final long index = inputWithBadSecondRecord(RawRecords.sealed(
            RawRecords.withHeader(PCR_BLOCK, PCR_SIGNAL, SCHEMA, VERSION, PCR_BLOCK)));
        assertNamesRecord(readInput(), index, "unknown templateId " + PCR_SIGNAL);
    }

    @Test
    void newerSchemaVersionIsRejected() {
        final long index = inputWithBadSecondRecord(RawRecords.sealed(RawRecords.withHeader(
            OptionTickDecoder.BLOCK_LENGTH, OptionTickDecoder.TEMPLATE_ID, SCHEMA, VERSION + 1, OptionTickDecoder.BLOCK_LENGTH)));
        assertNamesRecord(readInput(), index, "schema version " + (VERSION + 1) + " is newer");
    }

    @Test
    void differentSchemaIdIsRejected() {
        final long index = inputWithBadSecondRecord(RawRecords.sealed(RawRecords.withHeader(
            OptionTickDecoder.BLOCK_LENGTH, OptionTickDecoder.TEMPLATE_ID, 999, VERSION, OptionTickDecoder.BLOCK_LENGTH)));
        assertNamesRecord(readInput(), index, "schemaId 999");
    }

    @Test
    void recordShorterThanTheHeaderIsRejected() {
        final long index = inputWithBadSecondRecord(new byte[] {1, 2, 3, 4, 5});
        assertNamesRecord(readInput(), index, "truncated record: 5 bytes");
    }

    @Test
    void recordShorterThanItsBlockLengthIsRejected() {
        final long index = inputWithBadSecondRecord(RawRecords.sealed(RawRecords.withHeader(
            OptionTickDecoder.BLOCK_LENGTH, OptionTickDecoder.TEMPLATE_ID, SCHEMA, VERSION, 20)));
        assertNamesRecord(readInput(), index, "truncated OptionTick: 28 bytes before the checksum, header says "
            + (8 + OptionTickDecoder.BLOCK_LENGTH));
    }

    @Test
    void blockLengthTooShortForTheFieldsIsRejected() {
        final long index = inputWithBadSecondRecord(RawRecords.sealed(RawRecords.withHeader(
            20, OptionTickDecoder.TEMPLATE_ID, SCHEMA, VERSION, 20)));
        assertNamesRecord(readInput(), index, "blockLength 20 is shorter than the " + OptionTickDecoder.BLOCK_LENGTH);
    }

    @Test
    void recordWhoseTrailerDoesNotMatchItsBytesIsAChecksumFailure() {
        final byte[] record = RawRecords.sealed(RawRecords.withHeader(
            SessionEventDecoder.BLOCK_LENGTH, SessionEventDecoder.TEMPLATE_ID, SCHEMA, VERSION, SessionEventDecoder.BLOCK_LENGTH));
        record[8 + 3] ^= 0x10; // one bit of the body (the sequence field), after the trailer was computed
        final long index = inputWithBadSecondRecord(record);
        final JournalFormatException e = readInput();
        assertNamesRecord(e, index, "checksum mismatch");
        assertEquals(JournalFormatException.Kind.CHECKSUM, e.kind());
    }

    @Test
    void recordOfAVersion2EngineWithoutTrailerIsAnOlderEngineNotAChecksumFailure() {
        // What a version-2 engine wrote: header and block, nothing after.
        final long index = inputWithBadSecondRecord(RawRecords.withHeader(
            SessionEventDecoder.BLOCK_LENGTH, SessionEventDecoder.TEMPLATE_ID, SCHEMA, 2, SessionEventDecoder.BLOCK_LENGTH));
        final JournalFormatException e = readInput();
        assertNamesRecord(e, index, "written by an older engine (journal schema version 2");
        assertEquals(JournalFormatException.Kind.OLDER_ENGINE, e.kind());
    }

    @Test
    void foreignRecordWithoutTrailerIsNotAStrikeIqRecord() {
        final long index = inputWithBadSecondRecord(RawRecords.withHeader(16, 1, 999, 1, 16));
        final JournalFormatException e = readInput();
        assertNamesRecord(e, index, "not a StrikeIQ record: schemaId 999");
        assertEquals(JournalFormatException.Kind.NOT_A_RECORD, e.kind());
    }

    @Test
    void signalsReaderRejectsAnInputTemplateAndStaysOnIt() {
        final long badIndex;
        try (ChronicleQueue queue = JournalLayout.openSignalsForWriting(dir);
             OutputJournalWriter writer = new OutputJournalWriter(queue)) {
            final Signal s = new Signal();
            s.signalType = SignalType.PCR_HIGH;
            writer.append(s);
            badIndex = RawRecords.append(queue, RawRecords.sealed(RawRecords.withHeader(
                OptionTickDecoder.BLOCK_LENGTH, OptionTickDecoder.TEMPLATE_ID, SCHEMA, VERSION, OptionTickDecoder.BLOCK_LENGTH)));
        }
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            assertTrue(reader.next());
            final JournalFormatException e = assertThrows(JournalFormatException.class, reader::next);
            assertTrue(e.getMessage().contains(JournalLayout.signalsQueue(dir).toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("record #1 (Chronicle index 0x" + Long.toHexString(badIndex) + ")"), e.getMessage());
            assertTrue(e.getMessage().contains("unknown templateId 1, expected a signal family template (40, 41, 42, 43, 44, 45, 46, 47), the only ones in signals/"),
                e.getMessage());
            // Never a silent skip: asking again fails on the same record.
            final JournalFormatException again = assertThrows(JournalFormatException.class, reader::next);
            assertEquals(badIndex, again.chronicleIndex());
            assertEquals(1, again.recordNumber());
        }
    }

    @Test
    void signalsQueueHoldsNoStorageRecordAndRecordsQueueNoSignal() {
        final byte[] snapshot = RawRecords.sealed(RawRecords.withHeader(UnderlyingSnapshotDecoder.BLOCK_LENGTH,
            UnderlyingSnapshotDecoder.TEMPLATE_ID, SCHEMA, VERSION, UnderlyingSnapshotDecoder.BLOCK_LENGTH));
        final byte[] signal = RawRecords.sealed(RawRecords.withHeader(PCR_BLOCK, PCR_SIGNAL, SCHEMA, VERSION, PCR_BLOCK));
        try (ChronicleQueue signals = JournalLayout.openSignalsForWriting(dir);
             ChronicleQueue records = JournalLayout.openRecordsForWriting(dir)) {
            RawRecords.append(signals, snapshot);
            RawRecords.append(records, snapshot);
            RawRecords.append(records, signal);
        }
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            final JournalFormatException e = assertThrows(JournalFormatException.class, reader::next);
            assertTrue(e.getMessage().contains("unknown templateId 21, expected a signal family template (40, "), e.getMessage());
        }
        try (OutputJournalReader reader = OutputJournalReader.openRecords(dir)) {
            assertTrue(reader.next());
            assertEquals(UnderlyingSnapshotDecoder.TEMPLATE_ID, reader.templateId());
            final JournalFormatException e = assertThrows(JournalFormatException.class, reader::next);
            assertTrue(e.getMessage().contains(JournalLayout.recordsQueue(dir).toAbsolutePath() + ", record #1"), e.getMessage());
            assertTrue(e.getMessage().contains("unknown templateId 40, expected a records template (21-22, 30-36; signal records"
                + " live in signals/)"), e.getMessage());
        }
    }

    @Test
    void version3RecordInAnOutputQueueIsTheOldLayoutButVersion3InputStillReads() {
        // A version-3 engine's Signal, checksummed: what the old single output queue held.
        try (ChronicleQueue signals = JournalLayout.openSignalsForWriting(dir)) {
            RawRecords.append(signals, RawRecords.sealed(RawRecords.withHeader(OLD_SIGNAL_BLOCK,
                OLD_SIGNAL_TEMPLATE, SCHEMA, 3, OLD_SIGNAL_BLOCK)));
        }
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            final JournalFormatException e = assertThrows(JournalFormatException.class, reader::next);
            assertEquals(JournalFormatException.Kind.OLDER_ENGINE, e.kind());
            assertEquals("Journal " + JournalLayout.signalsQueue(dir).toAbsolutePath() + ", record #0 (Chronicle index 0x"
                + Long.toHexString(e.chronicleIndex()) + "): written by an engine before signals and records were split"
                + " (journal schema version 3, one output queue); this build reads version 5 and later here: replay its"
                + " input with this engine to get signals/ and records/", e.getMessage());
        }
        // The input templates did not change with version 4: a version-3 input record is read, so it can be replayed.
        inputWithBadSecondRecord(RawRecords.sealed(RawRecords.withHeader(SessionEventDecoder.BLOCK_LENGTH,
            SessionEventDecoder.TEMPLATE_ID, SCHEMA, 3, SessionEventDecoder.BLOCK_LENGTH)));
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            final MarketEvent slot = new MarketEvent();
            assertEquals(InputJournalReader.FILLED, reader.poll(slot));
            slot.clear();
            assertEquals(InputJournalReader.FILLED, reader.poll(slot));
            assertEquals(EventType.SESSION, slot.type);
        }
    }

    @Test
    void version4GenericSignalIsRefusedNamingBothVersionsButVersion4InputStillReads() {
        // What a version-4 engine wrote to signals/: the generic Signal template 20, checksummed.
        try (ChronicleQueue signals = JournalLayout.openSignalsForWriting(dir)) {
            RawRecords.append(signals, RawRecords.sealed(RawRecords.withHeader(OLD_SIGNAL_BLOCK,
                OLD_SIGNAL_TEMPLATE, SCHEMA, 4, OLD_SIGNAL_BLOCK)));
        }
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            final JournalFormatException e = assertThrows(JournalFormatException.class, reader::next);
            assertEquals(JournalFormatException.Kind.OLDER_ENGINE, e.kind());
            assertEquals("Journal " + JournalLayout.signalsQueue(dir).toAbsolutePath() + ", record #0 (Chronicle index 0x"
                + Long.toHexString(e.chronicleIndex()) + "): written by an engine before signals were typed per family"
                + " (journal schema version 4, generic Signal template 20); this build writes and reads version 5 here:"
                + " replay its input with this engine to get version-5 output", e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
        // A version-4 storage record is refused the same way: both output queues are one engine's output.
        try (ChronicleQueue records = JournalLayout.openRecordsForWriting(dir)) {
            RawRecords.append(records, RawRecords.sealed(RawRecords.withHeader(UnderlyingSnapshotDecoder.BLOCK_LENGTH,
                UnderlyingSnapshotDecoder.TEMPLATE_ID, SCHEMA, 4, UnderlyingSnapshotDecoder.BLOCK_LENGTH)));
        }
        try (OutputJournalReader reader = OutputJournalReader.openRecords(dir)) {
            final JournalFormatException e = assertThrows(JournalFormatException.class, reader::next);
            assertEquals(JournalFormatException.Kind.OLDER_ENGINE, e.kind());
            assertTrue(e.getMessage().contains("journal schema version 4") && e.getMessage().contains("version 5"), e.getMessage());
        }
        // The input templates did not change with version 5: a version-4 input record is read, so it can be replayed.
        inputWithBadSecondRecord(RawRecords.sealed(RawRecords.withHeader(SessionEventDecoder.BLOCK_LENGTH,
            SessionEventDecoder.TEMPLATE_ID, SCHEMA, 4, SessionEventDecoder.BLOCK_LENGTH)));
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            final MarketEvent slot = new MarketEvent();
            assertEquals(InputJournalReader.FILLED, reader.poll(slot));
            slot.clear();
            assertEquals(InputJournalReader.FILLED, reader.poll(slot));
            assertEquals(EventType.SESSION, slot.type);
        }
    }
}
