package io.strikeiq.journal;

import java.nio.file.Path;

/**
 * The one-line wording every journal failure shares: "Journal QUEUE_DIR, WHERE: WHAT", where
 * WHERE names the record number and Chronicle index (or the file and byte offset when the damage
 * is in a queue file rather than in a record), so an operator can find the spot with any dump tool.
 */
final class JournalFailures {
    private JournalFailures() {
    }

    /** "record #N (Chronicle index 0x...)", or without the number when the reader did not count from the start. */
    static String record(final long recordNumber, final long chronicleIndex) {
        return recordNumber >= 0
            ? "record #" + recordNumber + " (Chronicle index 0x" + Long.toHexString(chronicleIndex) + ")"
            : "record at Chronicle index 0x" + Long.toHexString(chronicleIndex);
    }

    /** Where the journal stopped making sense: after the last good record, or before the first. */
    static String after(final long recordsRead, final long lastIndex) {
        if (lastIndex < 0) {
            return recordsRead > 0 ? "after " + recordsRead + " records" : "before the first record";
        }
        return recordsRead >= 0
            ? "after record #" + (recordsRead - 1) + " (Chronicle index 0x" + Long.toHexString(lastIndex) + ", "
                + recordsRead + " complete records read)"
            : "after the record at Chronicle index 0x" + Long.toHexString(lastIndex);
    }

    static JournalFormatException damaged(final JournalFormatException.Kind kind, final Path queueDir, final String where,
                                          final String what, final long recordNumber, final long chronicleIndex) {
        return new JournalFormatException(kind, "Journal " + queueDir.toAbsolutePath() + ", " + where + ": " + what,
            recordNumber, chronicleIndex);
    }

    /** A read of mapped memory that faulted (SIGBUS on a file truncated while mapped), as one line. */
    static JournalFormatException unreadable(final Path queueDir, final long recordsRead, final long lastIndex,
                                             final InternalError e) {
        return damaged(JournalFormatException.Kind.UNREADABLE, queueDir, after(recordsRead, lastIndex),
            "a read of the memory-mapped queue file faulted (" + e.getMessage()
                + "): the file was truncated or failed while mapped", recordsRead, lastIndex);
    }

    /** The warning a non-following reader gives for a journal whose writer was killed inside its last record. */
    static String unfinished(final Path queueDir, final long recordsRead, final long lastIndex) {
        final String read;
        if (recordsRead >= 0) {
            read = recordsRead + " complete records read";
        } else if (lastIndex >= 0) {
            read = "complete records read up to Chronicle index 0x" + Long.toHexString(lastIndex);
        } else {
            read = "no complete record read";
        }
        return "Journal " + queueDir.toAbsolutePath() + ": the last record is unfinished (its writer was killed while"
            + " writing it); " + read;
    }
}
