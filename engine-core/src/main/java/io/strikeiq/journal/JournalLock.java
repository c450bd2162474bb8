package io.strikeiq.journal;

import io.strikeiq.SuppressForbidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * The one-writer-per-journal-folder guard: an OS file lock on {@code DIR/writer.lock}, held for
 * the life of the writer (take it before deleting or opening anything in the folder, release it
 * after the journals are closed). The holder writes its pid and command into the file so that a
 * refused second writer can say who has the folder. The OS releases the lock when the process
 * dies, so a crashed run never leaves a folder locked; the (emptied) file itself stays.
 *
 * <p>{@link FileChannel#tryLock()} locks per process: a second writer in the same JVM gets an
 * {@link OverlappingFileLockException}, which is refused exactly like another process.
 */
@SuppressForbidden(reason = "operational metadata: the holder's \"since\" text in DIR/writer.lock and a wait for that text; never read by an engine")
public final class JournalLock implements AutoCloseable {
    /** Name of the lock file inside a journal folder. */
    public static final String FILE_NAME = "writer.lock";
    // A writer that has just won the lock writes its pid a moment later: a loser waits this long to name it.
    private static final long HOLDER_WAIT_NANOS = 500_000_000L;

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private JournalLock(final Path folder, final FileChannel channel, final FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} (creating it if needed) for writing by this process.
     *
     * @param command what this process is, for the message a refused writer prints (e.g. {@code strikeiq run})
     * @throws JournalLockedException when another writer holds the folder
     * @throws UncheckedIOException when the folder or its lock file cannot be created
     */
    public static JournalLock acquire(final Path folder, final String command) {
        final Path file = folder.resolve(FILE_NAME);
        final FileChannel channel;
        try {
            FilePermissions.createDirectories(folder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            // Created with the umask's permissions (and the file may predate us): never group/other-writable.
            FilePermissions.restrictFile(file);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot create the lock file " + file + ": " + e.getMessage(), e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (final OverlappingFileLockException sameJvm) {
            lock = null;
        } catch (final IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new JournalLockedException(folder, holder(file));
        }
        final JournalLock held = new JournalLock(folder, channel, lock);
        try {
            held.writeHolder("pid " + ProcessHandle.current().pid() + ": " + command + ", since " + Instant.now());
        } catch (final IOException e) {
            held.close();
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return held;
    }

    /** The folder this lock guards. */
    public Path folder() {
        return folder;
    }

    private void writeHolder(final String text) throws IOException {
        channel.truncate(0);
        final ByteBuffer bytes = ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes, bytes.position());
        }
        channel.force(false);
    }

    private static String holder(final Path file) {
        final long deadline = System.nanoTime() + HOLDER_WAIT_NANOS;
        while (true) {
            try {
                final String text = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!text.isEmpty() || System.nanoTime() > deadline) {
                    return text.isEmpty() ? "holder unknown" : text;
                }
            } catch (final IOException e) {
                return "holder unknown: " + e.getMessage();
            }
            LockSupport.parkNanos(10_000_000L);
        }
    }

    /** Empties the holder note and releases the lock; the file stays (deleting it would race a new writer). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.truncate(0);
        } catch (final IOException ignored) {
            // The note is only a hint; the lock itself is what matters and is released below.
        }
        try {
            lock.release();
        } catch (final IOException ignored) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(final FileChannel channel) {
        try {
            channel.close();
        } catch (final IOException ignored) {
            // Nothing left to release.
        }
    }
}
