package io.strikeiq.persistence;

/**
 * A drain name already holds checkpoints of another journal folder. Resuming would start the new
 * journal at the old one's position and silently skip its records, so the drain refuses.
 */
public final class DrainNameInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DrainNameInUseException(final String name, final String otherJournal, final String thisJournal) {
        super("drain name '" + name + "' already holds the checkpoints of journal " + otherJournal
            + "; drain " + thisJournal + " under another --name");
    }
}
