package io.strikeiq.feeds.dbn;

import java.nio.charset.StandardCharsets;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Fixed-width, NUL-padded C strings as DBN stores text. Reading builds a String (definitions and
 * metadata only, never per market-data record); {@link #equalsAscii} compares without allocating.
 */
final class CString {
    private CString() {
    }

    /** @return the text up to the first NUL within {@code maxLen} bytes */
    static String read(final DirectBuffer buffer, final int offset, final int maxLen) {
        int n = 0;
        while (n < maxLen && buffer.getByte(offset + n) != 0) {
            n++;
        }
        final byte[] bytes = new byte[n];
        buffer.getBytes(offset, bytes, 0, n);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** @return whether the C string at {@code offset} equals {@code text} */
    static boolean equalsAscii(final DirectBuffer buffer, final int offset, final int maxLen, final CharSequence text) {
        final int n = text.length();
        if (n > maxLen) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buffer.getByte(offset + i) != (byte) text.charAt(i)) {
                return false;
            }
        }
        return n == maxLen || buffer.getByte(offset + n) == 0;
    }

    /**
     * Writes {@code text} NUL-padded into exactly {@code width} bytes; the text must leave room for
     * the terminating NUL.
     */
    static void write(final MutableDirectBuffer buffer, final int offset, final int width, final String text) {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length >= width) {
            throw new IllegalArgumentException("'" + text + "' does not fit a " + width + "-byte C string");
        }
        buffer.putBytes(offset, bytes);
        buffer.setMemory(offset + bytes.length, width - bytes.length, (byte) 0);
    }
}
