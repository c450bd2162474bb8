package io.strikeiq.persistence;

import io.strikeiq.journal.JournalLayout;

/**
 * A drain name is taken: it already holds checkpoints of another journal folder (resuming would
 * start the new journal at the old one's position and silently skip its records), or another
 * drain under the same name is running and has moved its checkpoints. The drain refuses.
 */
public final class DrainNameInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DrainNameInUseException(final String name, final String otherJournal, final String thisJournal) {
        this("drain name '" + name + "' already holds the checkpoints of journal " + otherJournal
            + "; drain " + thisJournal + " under another --name");
    }

    private DrainNameInUseException(final String message) {
        super(message);
    }

    /**
     * {@code name} holds a checkpoint of the old single output queue: it drained a journal written
     * before signals and records were split, whose output positions mean nothing in the new queues.
     */
    static DrainNameInUseException oldLayout(final String name, final String journal) {
        return new DrainNameInUseException("drain name '" + name + "' holds a checkpoint of queue "
            + JournalLayout.OLD_OUTPUT_QUEUE + " (a journal written before signals and records were"
            + " split); it does not apply to signals/ and records/: drain " + journal + " under another --name (rows"
            + " already stored are skipped)");
    }

    /** Another drain under {@code name} moved the {@code queue} checkpoint from {@code expected} to {@code found}. */
    static DrainNameInUseException concurrent(final String name, final String queue, final long expected, final long found) {
        return new DrainNameInUseException("another drain named '" + name + "' is storing this journal: it moved the "
            + queue + " checkpoint to Chronicle index 0x" + Long.toHexString(found) + " (this drain was at "
            + (expected < 0 ? "the start" : "0x" + Long.toHexString(expected)) + "); run one drain per name");
    }
}
