package io.strikeiq.journal;

import io.strikeiq.event.EventType;
import io.strikeiq.sbe.BarBiasesDecoder;
import io.strikeiq.sbe.BarDecoder;
import io.strikeiq.sbe.BarRejectDecoder;
import io.strikeiq.sbe.CompletedBarDecoder;
import io.strikeiq.sbe.ContractSnapshotDecoder;
import io.strikeiq.sbe.FormingBarDecoder;
import io.strikeiq.sbe.IngestFileDecoder;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.InstrumentDefinitionDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.OptionTickDecoder;
import io.strikeiq.sbe.RollDecoder;
import io.strikeiq.sbe.SessionEventDecoder;
import io.strikeiq.sbe.TriangleEventDecoder;
import io.strikeiq.sbe.UnderlyingSnapshotDecoder;
import io.strikeiq.sbe.UnderlyingTickDecoder;
import io.strikeiq.signal.SignalFamilies;
import io.strikeiq.signal.SignalFamily;
import org.agrona.DirectBuffer;

import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Checks one journal record, the SBE message and its 4-byte CRC32C trailer, against what this
 * build can decode and, when it passes, exposes the header's template id, block length and
 * version and the message's length. Every reader of a StrikeIQ queue goes through one so that a
 * damaged (checksum mismatch), foreign, older, newer or truncated record is always a
 * {@link JournalFormatException} naming the record, never a silent skip or a garbage decode.
 * Allocates only when it throws.
 */
public final class RecordValidator {
    /** Header length that precedes every record's root block. */
    public static final int HEADER_LENGTH = MessageHeaderDecoder.ENCODED_LENGTH;
    /** Bytes of the CRC32C trailer that follows every record's SBE message. */
    public static final int TRAILER_LENGTH = RecordChecksum.LENGTH;
    /** First schema version whose records carry the checksum trailer; older records are refused. */
    public static final int FIRST_CHECKSUMMED_VERSION = 3;
    /**
     * First schema version whose output is split into the signals and records queues. The input
     * templates did not change with it, so version-3 input is still read (and can be replayed);
     * a version-3 record in an output queue is the old single queue's and is refused.
     */
    public static final int FIRST_SPLIT_OUTPUT_VERSION = 4;
    /**
     * First schema version whose signals are typed per family (one template per family instead of
     * the generic Signal template 20). The input templates did not change with it either, so
     * version-3 and -4 input is still read (replay it); a version-4 record in an output queue is
     * refused, naming both versions.
     */
    public static final int FIRST_SIGNAL_FAMILY_VERSION = 5;
    /** Oldest schema version of an output-queue record this build reads. */
    public static final int OUTPUT_MIN_VERSION = FIRST_SIGNAL_FAMILY_VERSION;
    /** Template id of the generic Signal message of schema versions 1-4, retired in version 5. */
    public static final int RETIRED_SIGNAL_TEMPLATE_ID = 20;

    private static final SignalFamily[] FAMILIES = new SignalFamilies().all();

    private static final int MAX_TEMPLATE_ID = 63;

    private final Path journal;
    private final String expected;
    /** Oldest schema version this queue's records may have. */
    private final int minVersion;
    /** Minimum root block length per known template id; 0 marks an unknown template. */
    private final int[] minBlockLength = new int[MAX_TEMPLATE_ID + 1];
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final RecordChecksum checksum = new RecordChecksum();

    private int messageLength;
    private int templateId;
    private int blockLength;
    private int version;

    private RecordValidator(final Path journal, final String expected, final int minVersion) {
        this.journal = journal;
        this.expected = expected;
        this.minVersion = minVersion;
    }

    /** A validator for input-journal records (OptionTick, UnderlyingTick, Bar, InstrumentDefinition, SessionEvent, IngestFile). */
    public static RecordValidator forInput(final Path journal) {
        final RecordValidator v = new RecordValidator(journal, "an input template (1-6)", FIRST_CHECKSUMMED_VERSION);
        // Every field of schema version 1 is in every record, so the block must hold all of them.
        v.minBlockLength[OptionTickDecoder.TEMPLATE_ID] = OptionTickDecoder.BLOCK_LENGTH;
        v.minBlockLength[UnderlyingTickDecoder.TEMPLATE_ID] = UnderlyingTickDecoder.BLOCK_LENGTH;
        v.minBlockLength[BarDecoder.TEMPLATE_ID] = BarDecoder.BLOCK_LENGTH;
        v.minBlockLength[InstrumentDefinitionDecoder.TEMPLATE_ID] = InstrumentDefinitionDecoder.BLOCK_LENGTH;
        v.minBlockLength[SessionEventDecoder.TEMPLATE_ID] = SessionEventDecoder.BLOCK_LENGTH;
        v.minBlockLength[IngestFileDecoder.TEMPLATE_ID] = IngestFileDecoder.BLOCK_LENGTH;
        return v;
    }

    /** A validator for the signals queue: signal family records only, of this engine's layout (schema version 5 and later). */
    public static RecordValidator forSignals(final Path journal) {
        final RecordValidator v = new RecordValidator(journal, "a signal family template (" + signalTemplates()
            + "), the only ones in " + JournalLayout.SIGNALS_QUEUE + "/", OUTPUT_MIN_VERSION);
        for (final SignalFamily f : FAMILIES) {
            v.minBlockLength[f.templateId()] = f.blockLength();
        }
        return v;
    }

    /** True when {@code templateId} is a signal family's message. */
    public static boolean isSignal(final int templateId) {
        for (final SignalFamily f : FAMILIES) {
            if (f.templateId() == templateId) {
                return true;
            }
        }
        return false;
    }

    private static String signalTemplates() {
        final StringBuilder b = new StringBuilder();
        for (final SignalFamily f : FAMILIES) {
            b.append(b.length() == 0 ? "" : ", ").append(f.templateId());
        }
        return b.toString();
    }

    /**
     * A validator for the records queue: every output template but Signal (snapshots, bars, rejects,
     * biases, triangle events, rolls, ingest runs), of this engine's layout (schema version 5 and later).
     */
    public static RecordValidator forRecords(final Path journal) {
        final RecordValidator v = new RecordValidator(journal, "a records template (" + UnderlyingSnapshotDecoder.TEMPLATE_ID
            + "-" + ContractSnapshotDecoder.TEMPLATE_ID + ", " + CompletedBarDecoder.TEMPLATE_ID + "-"
            + FormingBarDecoder.TEMPLATE_ID + "; signal records live in " + JournalLayout.SIGNALS_QUEUE + "/)",
            OUTPUT_MIN_VERSION);
        v.minBlockLength[UnderlyingSnapshotDecoder.TEMPLATE_ID] = UnderlyingSnapshotDecoder.BLOCK_LENGTH;
        v.minBlockLength[ContractSnapshotDecoder.TEMPLATE_ID] = ContractSnapshotDecoder.BLOCK_LENGTH;
        // Futures signal chain and ingest records (templates 30-39).
        v.minBlockLength[CompletedBarDecoder.TEMPLATE_ID] = CompletedBarDecoder.BLOCK_LENGTH;
        v.minBlockLength[BarRejectDecoder.TEMPLATE_ID] = BarRejectDecoder.BLOCK_LENGTH;
        v.minBlockLength[TriangleEventDecoder.TEMPLATE_ID] = TriangleEventDecoder.BLOCK_LENGTH;
        v.minBlockLength[RollDecoder.TEMPLATE_ID] = RollDecoder.BLOCK_LENGTH;
        v.minBlockLength[IngestRunDecoder.TEMPLATE_ID] = IngestRunDecoder.BLOCK_LENGTH;
        v.minBlockLength[BarBiasesDecoder.TEMPLATE_ID] = BarBiasesDecoder.BLOCK_LENGTH;
        v.minBlockLength[FormingBarDecoder.TEMPLATE_ID] = FormingBarDecoder.BLOCK_LENGTH;
        return v;
    }

    /** The validator for the queue {@code queueDir} names: {@link #forRecords} for {@code records}, else {@link #forSignals}. */
    public static RecordValidator forOutputQueue(final Path queueDir) {
        final Path name = queueDir.toAbsolutePath().normalize().getFileName();
        return name != null && JournalLayout.RECORDS_QUEUE.equals(name.toString()) ? forRecords(queueDir) : forSignals(queueDir);
    }

    /** Readable name of a template id of this schema, for messages and the verify command. */
    public static String templateName(final int templateId) {
        switch (templateId) {
            case RETIRED_SIGNAL_TEMPLATE_ID: return "Signal";
            case UnderlyingSnapshotDecoder.TEMPLATE_ID: return "UnderlyingSnapshot";
            case ContractSnapshotDecoder.TEMPLATE_ID: return "ContractSnapshot";
            case CompletedBarDecoder.TEMPLATE_ID: return "CompletedBar";
            case BarRejectDecoder.TEMPLATE_ID: return "BarReject";
            case TriangleEventDecoder.TEMPLATE_ID: return "TriangleEvent";
            case RollDecoder.TEMPLATE_ID: return "Roll";
            case IngestRunDecoder.TEMPLATE_ID: return "IngestRun";
            case BarBiasesDecoder.TEMPLATE_ID: return "BarBiases";
            case FormingBarDecoder.TEMPLATE_ID: return "FormingBar";
            default:
                for (final SignalFamily f : FAMILIES) {
                    if (f.templateId() == templateId) {
                        return f.name() + " signal";
                    }
                }
                return EventType.name(templateId);
        }
    }

    /**
     * Validates the record of {@code length} bytes at {@code buffer[0]}: SBE message, then trailer.
     *
     * @param recordNumber 0-based record number, or -1 when unknown
     * @param chronicleIndex the record's Chronicle index
     * @throws JournalFormatException when the record is damaged or cannot be decoded by this build
     */
    public void validate(final DirectBuffer buffer, final int length, final long recordNumber, final long chronicleIndex) {
        if (length < HEADER_LENGTH + TRAILER_LENGTH) {
            throw fail(JournalFormatException.Kind.NOT_A_RECORD, recordNumber, chronicleIndex, "truncated record: "
                + length + " bytes, shorter than the " + HEADER_LENGTH + "-byte SBE message header and "
                + TRAILER_LENGTH + "-byte checksum");
        }
        final int message = length - TRAILER_LENGTH;
        header.wrap(buffer, 0);
        final int schemaId = header.schemaId();
        final int recordVersion = header.version();
        final int stored = buffer.getInt(message, ByteOrder.LITTLE_ENDIAN);
        if (checksum.compute(buffer, 0, message) != stored) {
            // A foreign or pre-checksum record has no trailer at all: say what it is rather than "damaged".
            if (schemaId != MessageHeaderDecoder.SCHEMA_ID) {
                throw fail(JournalFormatException.Kind.NOT_A_RECORD, recordNumber, chronicleIndex, "not a StrikeIQ record: schemaId "
                    + schemaId + " is not the StrikeIQ journal schema " + MessageHeaderDecoder.SCHEMA_ID
                    + " and the record has no valid checksum");
            }
            if (recordVersion < FIRST_CHECKSUMMED_VERSION) {
                throw olderEngine(recordNumber, chronicleIndex, recordVersion);
            }
            throw fail(JournalFormatException.Kind.CHECKSUM, recordNumber, chronicleIndex, "checksum mismatch: CRC32C of the "
                + message + "-byte record is 0x" + Integer.toHexString(checksum.compute(buffer, 0, message))
                + ", its trailer says 0x" + Integer.toHexString(stored) + " (the record was damaged after it was written)");
        }
        if (schemaId != MessageHeaderDecoder.SCHEMA_ID) {
            throw fail(JournalFormatException.Kind.NOT_A_RECORD, recordNumber, chronicleIndex, "schemaId " + schemaId
                + " is not the StrikeIQ journal schema " + MessageHeaderDecoder.SCHEMA_ID);
        }
        if (recordVersion > MessageHeaderDecoder.SCHEMA_VERSION) {
            throw fail(JournalFormatException.Kind.NEWER_ENGINE, recordNumber, chronicleIndex, "schema version " + recordVersion
                + " is newer than this build's version " + MessageHeaderDecoder.SCHEMA_VERSION + "; upgrade the reader");
        }
        if (recordVersion < minVersion) {
            throw olderEngine(recordNumber, chronicleIndex, recordVersion);
        }
        final int recordTemplateId = header.templateId();
        if (recordTemplateId > MAX_TEMPLATE_ID || minBlockLength[recordTemplateId] == 0) {
            throw fail(JournalFormatException.Kind.NOT_A_RECORD, recordNumber, chronicleIndex, "unknown templateId "
                + recordTemplateId + ", expected " + expected);
        }
        final int recordBlockLength = header.blockLength();
        if (recordBlockLength < minBlockLength[recordTemplateId]) {
            throw fail(JournalFormatException.Kind.NOT_A_RECORD, recordNumber, chronicleIndex, "truncated "
                + templateName(recordTemplateId) + ": blockLength " + recordBlockLength + " is shorter than the "
                + minBlockLength[recordTemplateId] + " bytes its fields need");
        }
        if (message < HEADER_LENGTH + recordBlockLength) {
            throw fail(JournalFormatException.Kind.NOT_A_RECORD, recordNumber, chronicleIndex, "truncated "
                + templateName(recordTemplateId) + ": " + message + " bytes before the checksum, header says "
                + (HEADER_LENGTH + recordBlockLength));
        }
        messageLength = message;
        templateId = recordTemplateId;
        blockLength = recordBlockLength;
        version = recordVersion;
    }

    /** Length of the SBE message of the record last validated (header and body, without the trailer). */
    public int messageLength() {
        return messageLength;
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

    private JournalFormatException olderEngine(final long recordNumber, final long chronicleIndex, final int recordVersion) {
        if (recordVersion >= FIRST_SPLIT_OUTPUT_VERSION) {
            // Split queues but the generic Signal template: the engine before signal families.
            return fail(JournalFormatException.Kind.OLDER_ENGINE, recordNumber, chronicleIndex, "written by an engine"
                + " before signals were typed per family (journal schema version " + recordVersion + ", generic Signal"
                + " template " + RETIRED_SIGNAL_TEMPLATE_ID + "); this build writes and reads version "
                + MessageHeaderDecoder.SCHEMA_VERSION + " here: replay its input with this engine to get version-"
                + MessageHeaderDecoder.SCHEMA_VERSION + " output");
        }
        if (recordVersion >= FIRST_CHECKSUMMED_VERSION) {
            // Checksummed, so version 3 and an output queue: the old single output queue's record.
            return fail(JournalFormatException.Kind.OLDER_ENGINE, recordNumber, chronicleIndex, "written by an engine"
                + " before signals and records were split (journal schema version " + recordVersion + ", one output queue);"
                + " this build reads version " + minVersion + " and later here: replay its input with this engine to get "
                + JournalLayout.SIGNALS_QUEUE + "/ and " + JournalLayout.RECORDS_QUEUE + "/");
        }
        return fail(JournalFormatException.Kind.OLDER_ENGINE, recordNumber, chronicleIndex, "written by an older engine"
            + " (journal schema version " + recordVersion + ", records without a checksum); this build reads version "
            + FIRST_CHECKSUMMED_VERSION + " and later: read it with the engine that wrote it, or record it again");
    }

    private JournalFormatException fail(final JournalFormatException.Kind kind, final long recordNumber,
                                        final long chronicleIndex, final String what) {
        return new JournalFormatException(kind, "Journal " + journal.toAbsolutePath() + ", "
            + JournalFailures.record(recordNumber, chronicleIndex) + ": " + what, recordNumber, chronicleIndex);
    }
}
