package io.strikeiq.feeds.dbn;

import java.io.Closeable;
import java.io.IOException;
import org.agrona.DirectBuffer;

/**
 * A window of a byte stream exposed as one reusable {@link DirectBuffer}: index 0 of the buffer is
 * stream offset {@link #windowStart()}, and valid bytes end at {@link #windowEnd()}. The decoder
 * asks for bytes with {@link #acquire}; implementations slide the window (re-map or compact and
 * read) only when a request does not fit, so the per-record path is two comparisons.
 */
interface ByteSource extends Closeable {
    /** @return the buffer holding the window */
    DirectBuffer buffer();

    /** @return the stream offset of buffer index 0 */
    long windowStart();

    /** @return the stream offset one past the last valid byte in the buffer */
    long windowEnd();

    /**
     * Makes at least {@code required} bytes starting at stream offset {@code from} available, or
     * as many as remain before the end of the stream. {@code from} is never before a position
     * already handed to the decoder, so earlier bytes may be discarded.
     */
    void acquire(long from, int required) throws IOException;

    /** @return whether offsets count decompressed bytes */
    boolean compressed();
}
