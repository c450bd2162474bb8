package io.strikeiq.journal;

import java.nio.file.Path;

/**
 * Thrown when a queue is opened for reading where there is none: the directory is missing or
 * holds no queue files ({@code *.cq4} or {@code metadata.cq4t}). Chronicle would otherwise create an empty queue and a
 * reader would wait forever on a typo'd path, so readers refuse instead.
 */
public final class JournalNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public JournalNotFoundException(final Path path, final String reason) {
        super("No journal at " + path.toAbsolutePath() + ": " + reason);
        this.path = path;
    }

    /** The queue directory that was asked for. */
    public Path path() {
        return path;
    }
}
