package io.strikeiq.feeds.dbn;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.DirectBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * An uncompressed file read through a memory-mapped window (1 GiB by default), so records are
 * decoded in place with no copy. Files larger than the window are re-mapped starting at the first
 * record that does not fit; the previous mapping is released at once.
 */
final class MappedFileSource implements ByteSource {
    static final int DEFAULT_WINDOW = 1 << 30;

    private final FileChannel channel;
    private final long size;
    private final int window;
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private MappedByteBuffer mapped;
    private long start;
    private long end;

    MappedFileSource(final Path path, final long startOffset, final int window) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
        this.window = window;
        map(Math.min(startOffset, size), 0);
    }

    private void map(final long from, final int required) throws IOException {
        if (mapped != null) {
            IoUtil.unmap(mapped);
            mapped = null;
        }
        final long length = Math.min(size - from, Math.max(window, required));
        start = from;
        end = from + length;
        if (length == 0) {
            buffer.wrap(0, 0);
            return;
        }
        mapped = channel.map(FileChannel.MapMode.READ_ONLY, from, length);
        buffer.wrap(mapped, 0, (int) length);
    }

    @Override
    public DirectBuffer buffer() {
        return buffer;
    }

    @Override
    public long windowStart() {
        return start;
    }

    @Override
    public long windowEnd() {
        return end;
    }

    @Override
    public void acquire(final long from, final int required) throws IOException {
        if (from >= start && from + required <= end) {
            return;
        }
        if (end == size && from >= start) {
            return; // nothing more to map: the caller sees the short remainder
        }
        map(from, required);
    }

    @Override
    public boolean compressed() {
        return false;
    }

    @Override
    public void close() throws IOException {
        if (mapped != null) {
            IoUtil.unmap(mapped);
            mapped = null;
        }
        channel.close();
    }
}
