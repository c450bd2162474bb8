package io.strikeiq.journal;

import java.nio.file.Path;

/**
 * Thrown when a journal folder already has a writer: another process (or another engine in this
 * JVM) holds its {@code writer.lock}. The message names the folder and, when the holder has
 * written it, the holder's pid and command, so the user knows what to stop.
 */
public final class JournalLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public JournalLockedException(final Path folder, final String holder) {
        super("journal folder " + folder + " is in use by another writer (" + holder + ")");
        this.folder = folder;
    }

    /** The journal folder that was asked for. */
    public Path folder() {
        return folder;
    }
}
