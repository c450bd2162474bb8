package io.strikeiq.journal;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.OptionTickDecoder;
import io.strikeiq.sbe.SessionEventDecoder;
import io.strikeiq.sbe.SignalDecoder;
import io.strikeiq.signal.Signal;
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
            RawRecords.withHeader(SignalDecoder.BLOCK_LENGTH, SignalDecoder.TEMPLATE_ID, SCHEMA, VERSION, SignalDecoder.BLOCK_LENGTH)));
        assertNamesRecord(readInput(), index, "unknown templateId " + SignalDecoder.TEMPLATE_ID);
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
    void outputReaderRejectsAnInputTemplateAndStaysOnIt() {
        final long badIndex;
        try (ChronicleQueue queue = JournalLayout.openOutputForWriting(dir);
             OutputJournalWriter writer = new OutputJournalWriter(queue)) {
            writer.append(new Signal());
            badIndex = RawRecords.append(queue, RawRecords.sealed(RawRecords.withHeader(
                OptionTickDecoder.BLOCK_LENGTH, OptionTickDecoder.TEMPLATE_ID, SCHEMA, VERSION, OptionTickDecoder.BLOCK_LENGTH)));
        }
        try (OutputJournalReader reader = OutputJournalReader.open(dir)) {
            assertTrue(reader.next());
            final JournalFormatException e = assertThrows(JournalFormatException.class, reader::next);
            assertTrue(e.getMessage().contains(JournalLayout.outputQueue(dir).toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("record #1 (Chronicle index 0x" + Long.toHexString(badIndex) + ")"), e.getMessage());
            assertTrue(e.getMessage().contains("unknown templateId 1, expected an output template (20-22, 30-35)"), e.getMessage());
            // Never a silent skip: asking again fails on the same record.
            final JournalFormatException again = assertThrows(JournalFormatException.class, reader::next);
            assertEquals(badIndex, again.chronicleIndex());
            assertEquals(1, again.recordNumber());
        }
    }
}
