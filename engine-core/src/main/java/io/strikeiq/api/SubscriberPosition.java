package io.strikeiq.api;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The persisted position of a named subscriber: a 16-byte memory-mapped file
 * ({@code magic, lastConsumedIndex}) locked for the subscriber's lifetime, so two live
 * subscribers cannot share a name. Stores are plain ordered writes into the mapping: no
 * allocation and no system call per record; they survive a process crash (the page cache
 * holds them), not a power loss of the host.
 */
final class SubscriberPosition implements AutoCloseable {
    static final String SUFFIX = ".position";
    static final long NONE = -1;

    private static final long MAGIC = 0x5349_5131_504f_5331L; // "SIQ1POS1"
    private static final int LENGTH = 16;
    private static final int MAGIC_OFFSET = 0;
    private static final int INDEX_OFFSET = 8;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final MappedByteBuffer mapped;
    private final UnsafeBuffer buffer;

    SubscriberPosition(final Path directory, final String name) {
        this.file = directory.resolve(name + SUFFIX);
        FileChannel ch = null;
        try {
            Files.createDirectories(directory);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            final FileLock acquired = tryLock(ch);
            if (acquired == null) {
                throw new IllegalStateException("Subscriber '" + name + "' is already running (position file "
                    + file.toAbsolutePath() + " is locked)");
            }
            final long size = ch.size();
            if (size != 0 && size != LENGTH) {
                throw new IllegalStateException("Not a subscriber position file (" + size + " bytes): " + file.toAbsolutePath());
            }
            mapped = ch.map(FileChannel.MapMode.READ_WRITE, 0, LENGTH);
            buffer = new UnsafeBuffer(mapped);
            if (size == 0) {
                buffer.putLong(INDEX_OFFSET, NONE);
                buffer.putLongVolatile(MAGIC_OFFSET, MAGIC);
            } else if (buffer.getLong(MAGIC_OFFSET) != MAGIC) {
                throw new IllegalStateException("Not a subscriber position file (bad magic): " + file.toAbsolutePath());
            }
            channel = ch;
            lock = acquired;
        } catch (final IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("Cannot open subscriber position file " + file.toAbsolutePath(), e);
        } catch (final RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static FileLock tryLock(final FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (final OverlappingFileLockException e) {
            return null; // held by this JVM
        }
    }

    /** Chronicle index of the last record consumed, or {@link #NONE}. */
    long lastConsumed() {
        return buffer.getLongVolatile(INDEX_OFFSET);
    }

    void lastConsumed(final long index) {
        buffer.putLongOrdered(INDEX_OFFSET, index);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        IoUtil.unmap(mapped);
        try {
            lock.release();
        } catch (final IOException ignored) {
            // Closing the channel below releases the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(final FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (final IOException ignored) {
                // Nothing useful to do: the file holds no unsaved state.
            }
        }
    }
}
