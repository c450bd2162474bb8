package io.strikeiq.journal;

/**
 * A journal this build cannot read as written: a record that fails its checksum, a record that
 * cannot be a StrikeIQ record (foreign schema, unknown template, shorter than its header says),
 * a record of an older or newer engine, or a queue file whose structure is damaged (truncated,
 * garbage after the last record, unreadable). Readers throw it instead of skipping the record or
 * ending early, because a silently skipped or missing input would break replay determinism. The
 * message is one line naming the journal (queue folder), the record number (0-based, when known),
 * the Chronicle index and what was wrong; {@link #kind()} says which of these it is.
 */
public final class JournalFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What was wrong, for callers that react differently (all of them mean: do not trust the data). */
    public enum Kind {
        /** The record's CRC32C trailer does not match its bytes: the record was damaged after it was written. */
        CHECKSUM,
        /** Not a record this build can decode: foreign schema, unknown template, too short for its header. */
        NOT_A_RECORD,
        /** Written by an older engine whose records carry no checksum (journal schema version before 3). */
        OLDER_ENGINE,
        /** Written by a newer engine (schema version above this build's). */
        NEWER_ENGINE,
        /** A queue file is damaged: empty, truncated, bad header, or bytes after the last complete record. */
        DAMAGED_FILE,
        /** A read of the memory-mapped file faulted (file truncated while mapped, I/O error). */
        UNREADABLE
    }

    private final Kind kind;
    private final long recordNumber;
    private final long chronicleIndex;

    public JournalFormatException(final Kind kind, final String message, final long recordNumber, final long chronicleIndex) {
        super(message);
        this.kind = kind;
        this.recordNumber = recordNumber;
        this.chronicleIndex = chronicleIndex;
    }

    public JournalFormatException(final String message, final long recordNumber, final long chronicleIndex) {
        this(Kind.NOT_A_RECORD, message, recordNumber, chronicleIndex);
    }

    public Kind kind() {
        return kind;
    }

    /** 0-based position of the record in the journal, or -1 when the reader did not count from the start. */
    public long recordNumber() {
        return recordNumber;
    }

    /** Chronicle Queue index of the record (for damage after the last record: of the last good one), -1 if none. */
    public long chronicleIndex() {
        return chronicleIndex;
    }
}
