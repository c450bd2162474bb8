package io.strikeiq.journal;

import io.strikeiq.event.EventType;
import io.strikeiq.sbe.BarBiasesDecoder;
import io.strikeiq.sbe.BarDecoder;
import io.strikeiq.sbe.BarRejectDecoder;
import io.strikeiq.sbe.CompletedBarDecoder;
import io.strikeiq.sbe.ContractSnapshotDecoder;
import io.strikeiq.sbe.IngestFileDecoder;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.InstrumentDefinitionDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.OptionTickDecoder;
import io.strikeiq.sbe.RollDecoder;
import io.strikeiq.sbe.SessionEventDecoder;
import io.strikeiq.sbe.SignalDecoder;
import io.strikeiq.sbe.TriangleEventDecoder;
import io.strikeiq.sbe.UnderlyingSnapshotDecoder;
import io.strikeiq.sbe.UnderlyingTickDecoder;
import org.agrona.DirectBuffer;

import java.nio.file.Path;

/**
 * Checks the SBE header of one journal record against what this build can decode and, when it
 * passes, exposes the header's template id, block length and version. Every reader of a
 * StrikeIQ queue goes through one so that a foreign, newer or damaged record is always a
 * {@link JournalFormatException} naming the record, never a silent skip or a garbage decode.
 * Allocates only when it throws.
 */
public final class RecordValidator {
    /** Header length that precedes every record's root block. */
    public static final int HEADER_LENGTH = MessageHeaderDecoder.ENCODED_LENGTH;

    private static final int MAX_TEMPLATE_ID = 63;

    private final Path journal;
    private final String expected;
    /** Minimum root block length per known template id; 0 marks an unknown template. */
    private final int[] minBlockLength = new int[MAX_TEMPLATE_ID + 1];
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();

    private int templateId;
    private int blockLength;
    private int version;

    private RecordValidator(final Path journal, final String expected) {
        this.journal = journal;
        this.expected = expected;
    }

    /** A validator for input-journal records (OptionTick, UnderlyingTick, Bar, InstrumentDefinition, SessionEvent, IngestFile). */
    public static RecordValidator forInput(final Path journal) {
        final RecordValidator v = new RecordValidator(journal, "an input template (1-6)");
        // Every field of schema version 1 is in every record, so the block must hold all of them.
        v.minBlockLength[OptionTickDecoder.TEMPLATE_ID] = OptionTickDecoder.BLOCK_LENGTH;
        v.minBlockLength[UnderlyingTickDecoder.TEMPLATE_ID] = UnderlyingTickDecoder.BLOCK_LENGTH;
        v.minBlockLength[BarDecoder.TEMPLATE_ID] = BarDecoder.BLOCK_LENGTH;
        v.minBlockLength[InstrumentDefinitionDecoder.TEMPLATE_ID] = InstrumentDefinitionDecoder.BLOCK_LENGTH;
        v.minBlockLength[SessionEventDecoder.TEMPLATE_ID] = SessionEventDecoder.BLOCK_LENGTH;
        v.minBlockLength[IngestFileDecoder.TEMPLATE_ID] = IngestFileDecoder.BLOCK_LENGTH;
        return v;
    }

    /** A validator for output-journal records (Signal, UnderlyingSnapshot, ContractSnapshot). */
    public static RecordValidator forOutput(final Path journal) {
        final RecordValidator v = new RecordValidator(journal, "an output template (" + SignalDecoder.TEMPLATE_ID + "-"
            + ContractSnapshotDecoder.TEMPLATE_ID + ", " + CompletedBarDecoder.TEMPLATE_ID + "-" + BarBiasesDecoder.TEMPLATE_ID + ")");
        v.minBlockLength[SignalDecoder.TEMPLATE_ID] = SignalDecoder.BLOCK_LENGTH;
        v.minBlockLength[UnderlyingSnapshotDecoder.TEMPLATE_ID] = UnderlyingSnapshotDecoder.BLOCK_LENGTH;
        v.minBlockLength[ContractSnapshotDecoder.TEMPLATE_ID] = ContractSnapshotDecoder.BLOCK_LENGTH;
        // Futures signal chain and ingest records (templates 30-39).
        v.minBlockLength[CompletedBarDecoder.TEMPLATE_ID] = CompletedBarDecoder.BLOCK_LENGTH;
        v.minBlockLength[BarRejectDecoder.TEMPLATE_ID] = BarRejectDecoder.BLOCK_LENGTH;
        v.minBlockLength[TriangleEventDecoder.TEMPLATE_ID] = TriangleEventDecoder.BLOCK_LENGTH;
        v.minBlockLength[RollDecoder.TEMPLATE_ID] = RollDecoder.BLOCK_LENGTH;
        // Version 1 IngestRun records end before the version-2 fields (decoded as null values).
        v.minBlockLength[IngestRunDecoder.TEMPLATE_ID] = IngestRunDecoder.inputSequenceEncodingOffset();
        v.minBlockLength[BarBiasesDecoder.TEMPLATE_ID] = BarBiasesDecoder.BLOCK_LENGTH;
        return v;
    }

    /** Readable name of a template id of this schema, for messages and the verify command. */
    public static String templateName(final int templateId) {
        switch (templateId) {
            case SignalDecoder.TEMPLATE_ID: return "Signal";
            case UnderlyingSnapshotDecoder.TEMPLATE_ID: return "UnderlyingSnapshot";
            case ContractSnapshotDecoder.TEMPLATE_ID: return "ContractSnapshot";
            case CompletedBarDecoder.TEMPLATE_ID: return "CompletedBar";
            case BarRejectDecoder.TEMPLATE_ID: return "BarReject";
            case TriangleEventDecoder.TEMPLATE_ID: return "TriangleEvent";
            case RollDecoder.TEMPLATE_ID: return "Roll";
            case IngestRunDecoder.TEMPLATE_ID: return "IngestRun";
            case BarBiasesDecoder.TEMPLATE_ID: return "BarBiases";
            default: return EventType.name(templateId);
        }
    }

    /**
     * Validates the record of {@code length} bytes at {@code buffer[0]}.
     *
     * @param recordNumber 0-based record number, or -1 when unknown
     * @param chronicleIndex the record's Chronicle index
     * @throws JournalFormatException when the record cannot be decoded by this build
     */
    public void validate(final DirectBuffer buffer, final int length, final long recordNumber, final long chronicleIndex) {
        if (length < HEADER_LENGTH) {
            throw fail(recordNumber, chronicleIndex, "truncated record: " + length
                + " bytes, shorter than the " + HEADER_LENGTH + "-byte SBE message header");
        }
        header.wrap(buffer, 0);
        final int schemaId = header.schemaId();
        if (schemaId != MessageHeaderDecoder.SCHEMA_ID) {
            throw fail(recordNumber, chronicleIndex, "schemaId " + schemaId + " is not the StrikeIQ journal schema "
                + MessageHeaderDecoder.SCHEMA_ID);
        }
        final int recordVersion = header.version();
        if (recordVersion > MessageHeaderDecoder.SCHEMA_VERSION) {
            throw fail(recordNumber, chronicleIndex, "schema version " + recordVersion
                + " is newer than this build's version " + MessageHeaderDecoder.SCHEMA_VERSION + "; upgrade the reader");
        }
        final int recordTemplateId = header.templateId();
        if (recordTemplateId > MAX_TEMPLATE_ID || minBlockLength[recordTemplateId] == 0) {
            throw fail(recordNumber, chronicleIndex, "unknown templateId " + recordTemplateId + ", expected " + expected);
        }
        final int recordBlockLength = header.blockLength();
        if (recordBlockLength < minBlockLength[recordTemplateId]) {
            throw fail(recordNumber, chronicleIndex, "truncated " + templateName(recordTemplateId) + ": blockLength "
                + recordBlockLength + " is shorter than the " + minBlockLength[recordTemplateId] + " bytes its fields need");
        }
        if (length < HEADER_LENGTH + recordBlockLength) {
            throw fail(recordNumber, chronicleIndex, "truncated " + templateName(recordTemplateId) + ": " + length
                + " bytes, header says " + (HEADER_LENGTH + recordBlockLength));
        }
        templateId = recordTemplateId;
        blockLength = recordBlockLength;
        version = recordVersion;
    }

    /** Template id of the record last validated. */
    public int templateId() {
        return templateId;
    }

    /** Root block length of the record last validated (its acting block length). */
    public int blockLength() {
        return blockLength;
    }

    /** Schema version of the record last validated (its acting version). */
    public int version() {
        return version;
    }

    public Path journal() {
        return journal;
    }

    private JournalFormatException fail(final long recordNumber, final long chronicleIndex, final String what) {
        final String where = recordNumber >= 0
            ? "record #" + recordNumber + " (Chronicle index 0x" + Long.toHexString(chronicleIndex) + ")"
            : "record at Chronicle index 0x" + Long.toHexString(chronicleIndex);
        return new JournalFormatException("Journal " + journal.toAbsolutePath() + ", " + where + ": " + what,
            recordNumber, chronicleIndex);
    }
}
