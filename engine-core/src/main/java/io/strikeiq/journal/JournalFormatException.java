package io.strikeiq.journal;

/**
 * A journal record that this build cannot decode: a different SBE schema, a newer schema
 * version, an unknown template or a record shorter than its header says. Readers throw it
 * instead of skipping the record, because a silently skipped input would break replay
 * determinism. The message names the journal path, the record number (0-based, when known),
 * the Chronicle index and what was wrong.
 */
public final class JournalFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long recordNumber;
    private final long chronicleIndex;

    public JournalFormatException(final String message, final long recordNumber, final long chronicleIndex) {
        super(message);
        this.recordNumber = recordNumber;
        this.chronicleIndex = chronicleIndex;
    }

    /** 0-based position of the record in the journal, or -1 when the reader did not count from the start. */
    public long recordNumber() {
        return recordNumber;
    }

    /** Chronicle Queue index of the record. */
    public long chronicleIndex() {
        return chronicleIndex;
    }
}
