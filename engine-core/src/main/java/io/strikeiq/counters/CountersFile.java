package io.strikeiq.counters;

import io.strikeiq.SuppressForbidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import io.strikeiq.journal.FilePermissions;
import org.agrona.IoUtil;
import org.agrona.concurrent.AtomicBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersReader;

/**
 * The memory-mapped {@code DIR/counters} file, laid out like Aeron's CnC file: a 128-byte
 * header (magic, version, section lengths, writer pid and start time), then the counters
 * metadata buffer, the counters values buffer and a distinct error log. The engine creates it
 * afresh for every run and writes the version last, so a reader in another process that sees
 * the version sees initialised sections. The file stays after the run: its last values are
 * what {@code strikeiq stat} shows for a stopped engine.
 */
public final class CountersFile implements AutoCloseable {
    /** File name inside a journal folder. */
    public static final String FILE_NAME = "counters";
    /** Layout version; a reader refuses any other. */
    public static final int VERSION = 1;
    /** Room for this many counters. */
    public static final int MAX_COUNTERS = 64;

    static final int MAGIC = 0x53495143; // "SIQC"
    static final int HEADER_LENGTH = 128;
    private static final int MAGIC_OFFSET = 0;
    private static final int VERSION_OFFSET = 4;
    private static final int METADATA_LENGTH_OFFSET = 8;
    private static final int VALUES_LENGTH_OFFSET = 12;
    private static final int ERROR_LOG_LENGTH_OFFSET = 16;
    private static final int PID_OFFSET = 24;
    private static final int START_MILLIS_OFFSET = 32;
    private static final int VALUES_LENGTH = MAX_COUNTERS * CountersReader.COUNTER_LENGTH;
    private static final int METADATA_LENGTH = MAX_COUNTERS * CountersReader.METADATA_LENGTH;
    private static final int ERROR_LOG_LENGTH = 64 * 1024;

    private final MappedByteBuffer mapped;
    private final UnsafeBuffer header;
    private final UnsafeBuffer metadata;
    private final UnsafeBuffer values;
    private final UnsafeBuffer errorLog;

    private CountersFile(final MappedByteBuffer mapped, final int metadataLength, final int valuesLength,
                         final int errorLogLength) {
        this.mapped = mapped;
        header = new UnsafeBuffer(mapped, 0, HEADER_LENGTH);
        metadata = new UnsafeBuffer(mapped, HEADER_LENGTH, metadataLength);
        values = new UnsafeBuffer(mapped, HEADER_LENGTH + metadataLength, valuesLength);
        errorLog = new UnsafeBuffer(mapped, HEADER_LENGTH + metadataLength + valuesLength, errorLogLength);
    }

    /** The counters file of journal folder {@code journalDir}. */
    public static Path path(final Path journalDir) {
        return journalDir.resolve(FILE_NAME);
    }

    /** Creates (replacing any earlier run's) the counters file of {@code journalDir}, zeroed. */
    @SuppressForbidden(reason = "operational metadata: the run-start time in the counters header, read only by stat")
    public static CountersFile create(final Path journalDir) {
        final Path file = path(journalDir);
        final int total = HEADER_LENGTH + METADATA_LENGTH + VALUES_LENGTH + ERROR_LOG_LENGTH;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            // Written, not just sized: the file's blocks are allocated now, so a disk that fills up later
            // (the journals share it) never faults a store into this mapping.
            final java.nio.ByteBuffer zeros = java.nio.ByteBuffer.allocate(total);
            while (zeros.hasRemaining()) {
                ch.write(zeros, zeros.position());
            }
            ch.force(false);
            final MappedByteBuffer mapped = ch.map(FileChannel.MapMode.READ_WRITE, 0, total);
            final CountersFile f = new CountersFile(mapped, METADATA_LENGTH, VALUES_LENGTH, ERROR_LOG_LENGTH);
            f.header.putInt(MAGIC_OFFSET, MAGIC);
            f.header.putInt(METADATA_LENGTH_OFFSET, METADATA_LENGTH);
            f.header.putInt(VALUES_LENGTH_OFFSET, VALUES_LENGTH);
            f.header.putInt(ERROR_LOG_LENGTH_OFFSET, ERROR_LOG_LENGTH);
            f.header.putLong(PID_OFFSET, ProcessHandle.current().pid());
            f.header.putLong(START_MILLIS_OFFSET, System.currentTimeMillis());
            f.header.putIntRelease(VERSION_OFFSET, VERSION);
            FilePermissions.restrictFile(file); // rw-r-----, whatever the umask, like the journals
            return f;
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot create counters file " + file.toAbsolutePath(), e);
        }
    }

    /**
     * Maps an existing counters file read-only, for a reader in any process.
     *
     * @throws CountersFileException when there is no counters file or it is not one this version reads
     */
    public static CountersFile openReadOnly(final Path journalDir) {
        final Path file = path(journalDir);
        if (!Files.isRegularFile(file)) {
            throw new CountersFileException("no counters file in " + journalDir + " (no engine has run on it since counters were added)");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            final long size = ch.size();
            if (size < HEADER_LENGTH) {
                throw new CountersFileException(file + " is too short to be a counters file (" + size + " bytes)");
            }
            final MappedByteBuffer mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            final UnsafeBuffer h = new UnsafeBuffer(mapped, 0, HEADER_LENGTH);
            final int version = h.getIntVolatile(VERSION_OFFSET);
            if (h.getInt(MAGIC_OFFSET) != MAGIC || version != VERSION) {
                IoUtil.unmap(mapped);
                throw new CountersFileException(file + " is not a version " + VERSION + " counters file");
            }
            final int meta = h.getInt(METADATA_LENGTH_OFFSET);
            final int vals = h.getInt(VALUES_LENGTH_OFFSET);
            final int errs = h.getInt(ERROR_LOG_LENGTH_OFFSET);
            if (meta <= 0 || vals <= 0 || errs <= 0 || (long) HEADER_LENGTH + meta + vals + errs > size) {
                IoUtil.unmap(mapped);
                throw new CountersFileException(file + " has section lengths that do not fit its size");
            }
            return new CountersFile(mapped, meta, vals, errs);
        } catch (final IOException e) {
            throw new CountersFileException("cannot read counters file " + file + ": " + e.getMessage());
        }
    }

    public AtomicBuffer metadata() {
        return metadata;
    }

    public AtomicBuffer values() {
        return values;
    }

    public AtomicBuffer errorLog() {
        return errorLog;
    }

    /** Process id of the engine that created the file. */
    public long writerPid() {
        return header.getLong(PID_OFFSET);
    }

    /** Wall-clock start of the run that created the file, epoch milliseconds. */
    public long startMillis() {
        return header.getLong(START_MILLIS_OFFSET);
    }

    /** A reader over this file's counters. */
    public CountersReader reader() {
        return new CountersReader(metadata, values);
    }

    /** Unmaps the file; the buffers must not be used afterwards. */
    @Override
    public void close() {
        IoUtil.unmap(mapped);
    }
}
