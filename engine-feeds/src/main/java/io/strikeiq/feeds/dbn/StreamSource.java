package io.strikeiq.feeds.dbn;

import java.io.IOException;
import java.io.InputStream;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A byte stream (typically zstd-decompressed) read in chunks into one reusable heap array wrapped
 * by an {@link UnsafeBuffer}. When a request runs past the valid bytes, the unread tail is moved to
 * the front and the array refilled; the array only grows if one request exceeds its capacity (a
 * very large metadata header), never per record.
 */
final class StreamSource implements ByteSource {
    static final int DEFAULT_CAPACITY = 1 << 20;

    private final InputStream in;
    private final boolean compressed;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
    private byte[] array;
    private long start;
    private int valid;
    private boolean eof;

    StreamSource(final InputStream in, final boolean compressed, final int capacity) {
        this.in = in;
        this.compressed = compressed;
        this.array = new byte[capacity];
        buffer.wrap(array);
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
        return start + valid;
    }

    @Override
    public void acquire(final long from, final int required) throws IOException {
        if (from + required <= start + valid || eof) {
            return;
        }
        final int keep = (int) Math.max(0, start + valid - from);
        if (required > array.length) {
            final byte[] bigger = new byte[required];
            System.arraycopy(array, valid - keep, bigger, 0, keep);
            array = bigger;
            buffer.wrap(array);
        } else if (keep > 0) {
            System.arraycopy(array, valid - keep, array, 0, keep);
        }
        start = from;
        valid = keep;
        while (valid < required) {
            final int n = in.read(array, valid, array.length - valid);
            if (n < 0) {
                eof = true;
                return;
            }
            valid += n;
        }
    }

    @Override
    public boolean compressed() {
        return compressed;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
