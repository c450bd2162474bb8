package io.strikeiq.feeds.dbn;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Streaming DBN reader for versions 1 to 3: plain files (memory-mapped), zstd files (one or many
 * concatenated frames, skippable frames ignored), legacy DBZ files and header-less fragments.
 * {@link #next()} positions the decoder on the following record without allocating; callers read it
 * through a flyweight ({@link #wrap}) or the raw {@link #buffer()} at {@link #recordOffset()}.
 * Every structural problem raises a {@link DbnFormatException} naming the file and byte offset.
 */
public final class DbnDecoder implements AutoCloseable {
    private final ByteSource source;
    private final String file;
    private final DbnMetadata metadata;
    private final int version;
    private final boolean compressed;
    private DirectBuffer buffer;
    private long windowStart;
    private long windowEnd;
    private long position;
    private int recordOffset = -1;
    private int recordLength;
    private long recordsRead;

    private DbnDecoder(final ByteSource source, final String file, final int fragmentVersion) throws IOException {
        this.source = source;
        this.file = file;
        this.compressed = source.compressed();
        refresh();
        if (fragmentVersion > 0) {
            this.metadata = DbnMetadata.fragment(fragmentVersion);
        } else {
            source.acquire(0, MetadataDecoder.PRELUDE);
            refresh();
            final int available = (int) Math.min(windowEnd, MetadataDecoder.PRELUDE);
            MetadataDecoder.checkPrelude(buffer, available, file, compressed);
            final long length = buffer.getInt(4, ByteOrder.LITTLE_ENDIAN) & 0xFFFF_FFFFL;
            if (length > Integer.MAX_VALUE - MetadataDecoder.PRELUDE) {
                throw new DbnFormatException(file, 4, compressed, "metadata length " + length + " is too large");
            }
            source.acquire(0, (int) (MetadataDecoder.PRELUDE + length));
            refresh();
            this.metadata = MetadataDecoder.decode(buffer, (int) Math.min(windowEnd, Integer.MAX_VALUE), file, compressed);
            position = MetadataDecoder.PRELUDE + length;
        }
        this.version = metadata.version();
    }

    private DbnDecoder(final ByteSource source, final String file, final DbnMetadata dbzMetadata) throws IOException {
        this.source = source;
        this.file = file;
        this.compressed = true;
        this.metadata = dbzMetadata;
        this.version = 1;
        refresh();
    }

    /** Opens a DBN file with a metadata header (plain, zstd, or legacy DBZ; detected from the first bytes). */
    public static DbnDecoder open(final Path path) throws IOException {
        return open(path, 0, MappedFileSource.DEFAULT_WINDOW, StreamSource.DEFAULT_CAPACITY);
    }

    /** Opens a header-less fragment whose records are DBN {@code version} (plain or zstd, detected). */
    public static DbnDecoder openFragment(final Path path, final int version) throws IOException {
        if (version < 1 || version > DbnMetadata.MAX_VERSION) {
            throw new IllegalArgumentException("fragment version must be 1 to " + DbnMetadata.MAX_VERSION + ": " + version);
        }
        return open(path, version, MappedFileSource.DEFAULT_WINDOW, StreamSource.DEFAULT_CAPACITY);
    }

    /**
     * Opens with explicit sizes: {@code fragmentVersion} 0 means "has a header"; the window and
     * capacity are small in tests to exercise re-mapping and refills.
     */
    static DbnDecoder open(final Path path, final int fragmentVersion, final int mapWindow, final int streamCapacity)
            throws IOException {
        final String name = path.toString();
        final int magic = firstInt(path);
        if (magic == MetadataDecoder.ZSTD_MAGIC) {
            return new DbnDecoder(zstdSource(path, 0, streamCapacity), name, fragmentVersion);
        }
        if (magic == MetadataDecoder.DBZ_SKIPPABLE_MAGIC && fragmentVersion == 0) {
            final UnsafeBuffer header = readDbzFrame(path);
            final DbnMetadata md = MetadataDecoder.decodeDbz(header, header.capacity(), name);
            return new DbnDecoder(zstdSource(path, MetadataDecoder.PRELUDE + md.metadataLength(), streamCapacity), name, md);
        }
        final ByteSource mapped = new MappedFileSource(path, 0, mapWindow);
        try {
            return new DbnDecoder(mapped, name, fragmentVersion);
        } catch (final RuntimeException | IOException e) {
            mapped.close();
            throw e;
        }
    }

    private static ByteSource zstdSource(final Path path, final long skip, final int capacity) throws IOException {
        final FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        ch.position(skip);
        final InputStream raw = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
        return new StreamSource(new ZstdInputStreamNoFinalizer(raw), true, capacity);
    }

    private static int firstInt(final Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            final ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // keep reading until 4 bytes or end of file
            }
            return b.position() == 4 ? b.getInt(0) : 0;
        }
    }

    private static UnsafeBuffer readDbzFrame(final Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            final ByteBuffer prelude = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(prelude, 0);
            final long size = prelude.getInt(4) & 0xFFFF_FFFFL;
            final long total = Math.min(ch.size(), MetadataDecoder.PRELUDE + size);
            final ByteBuffer all = ByteBuffer.allocate((int) total);
            while (all.hasRemaining() && ch.read(all, all.position()) >= 0) {
                // read the whole frame
            }
            return new UnsafeBuffer(all.array(), 0, all.position());
        }
    }

    private void refresh() {
        buffer = source.buffer();
        windowStart = source.windowStart();
        windowEnd = source.windowEnd();
    }

    private void acquire(final int required) {
        try {
            source.acquire(position, required);
        } catch (final IOException e) {
            throw new UncheckedIOException(file + ": read failed at byte offset " + position, e);
        }
        refresh();
    }

    /**
     * Advances to the next record.
     *
     * @return false at a clean end of stream (the last record ended exactly at the end)
     * @throws DbnFormatException on a zero length, a truncated record or a record too short for its rtype
     */
    public boolean next() {
        if (recordOffset >= 0) {
            position += recordLength;
        }
        if (position >= windowEnd) {
            acquire(1);
            if (position >= windowEnd) {
                recordOffset = -1;
                recordLength = 0;
                return false;
            }
        }
        final int words = buffer.getByte((int) (position - windowStart)) & 0xFF;
        if (words == 0) {
            throw new DbnFormatException(file, position, compressed, "record length is 0");
        }
        final int length = words << 2;
        if (position + length > windowEnd) {
            acquire(length);
            if (position + length > windowEnd) {
                throw new DbnFormatException(file, position, compressed, "truncated record: header says " + length
                        + " bytes but only " + (windowEnd - position) + " remain");
            }
        }
        final int offset = (int) (position - windowStart);
        final int rtype = buffer.getByte(offset + 1) & 0xFF;
        if (length < RType.minimumLength(rtype, version)) {
            throw new DbnFormatException(file, position, compressed, "record of rtype 0x" + Integer.toHexString(rtype)
                    + " is " + length + " bytes, shorter than the " + RType.minimumLength(rtype, version)
                    + " bytes of its DBN v" + version + " layout");
        }
        recordOffset = offset;
        recordLength = length;
        recordsRead++;
        return true;
    }

    /** Points {@code flyweight} at the current record and returns it. */
    public <T extends DbnRecord> T wrap(final T flyweight) {
        flyweight.wrap(buffer, recordOffset, version);
        return flyweight;
    }

    /** @return the metadata (a synthetic one for fragments) */
    public DbnMetadata metadata() {
        return metadata;
    }

    /** @return the DBN version of the records */
    public int version() {
        return version;
    }

    /** @return the current record's rtype */
    public int rtype() {
        return buffer.getByte(recordOffset + 1) & 0xFF;
    }

    /** @return the current record's length in bytes */
    public int recordLength() {
        return recordLength;
    }

    /** @return the buffer holding the current record */
    public DirectBuffer buffer() {
        return buffer;
    }

    /** @return the index of the current record in {@link #buffer()} */
    public int recordOffset() {
        return recordOffset;
    }

    /** @return the stream offset of the current record (decompressed when the file is compressed) */
    public long recordPosition() {
        return position;
    }

    /** @return the number of records returned by {@link #next()} so far */
    public long recordsRead() {
        return recordsRead;
    }

    /** @return the file name used in error messages */
    public String file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
