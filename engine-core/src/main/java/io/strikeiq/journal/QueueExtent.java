package io.strikeiq.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The length of a queue's largest cycle file, so a reader can refuse a document that ends past
 * it before touching its bytes. A damaged header can make Chronicle hand out a "document" beyond
 * the end of the file; reading that memory is a SIGBUS, or a SIGSEGV that kills the JVM, so the
 * check must come first. Allocation-free while documents end inside the known length; the files
 * are measured again (a live writer grows them one block at a time) only when one does not.
 */
public final class QueueExtent {
    private final Path queueDir;
    private long knownLength = -1;

    public QueueExtent(final Path queueDir) {
        this.queueDir = queueDir;
    }

    /** True when a document ending at file offset {@code end} lies inside the queue's files. */
    public boolean covers(final long end) {
        if (end <= knownLength) {
            return true;
        }
        knownLength = measure();
        return end <= knownLength;
    }

    private long measure() {
        long longest = 0;
        for (final Path file : QueueFiles.cycleFiles(queueDir)) {
            try {
                longest = Math.max(longest, Files.size(file));
            } catch (final IOException e) {
                throw JournalFailures.damaged(JournalFormatException.Kind.UNREADABLE, queueDir,
                    file.getFileName().toString(), "cannot read its size: " + e.getMessage(), -1, -1);
            }
        }
        return longest;
    }
}
