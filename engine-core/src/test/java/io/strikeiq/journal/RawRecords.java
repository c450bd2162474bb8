package io.strikeiq.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

import java.util.Arrays;
import java.util.zip.CRC32C;

/** Writes arbitrary bytes as one queue record, to build damaged or foreign journals in tests. */
public final class RawRecords {
    private RawRecords() {
    }

    public static long append(final ChronicleQueue queue, final byte[] record) {
        try (ExcerptAppender appender = queue.createAppender()) {
            try (DocumentContext dc = appender.writingDocument()) {
                final Bytes<?> bytes = dc.wire().bytes();
                bytes.write(record);
            }
            return appender.lastIndexAppended();
        }
    }

    /** {@code message} followed by its little-endian CRC32C, the trailer every version-3 record carries. */
    public static byte[] sealed(final byte[] message) {
        final CRC32C crc = new CRC32C();
        crc.update(message);
        final int v = (int) crc.getValue();
        final byte[] b = Arrays.copyOf(message, message.length + 4);
        for (int i = 0; i < 4; i++) {
            b[message.length + i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    /** An 8-byte little-endian SBE header followed by {@code bodyLength} zero bytes. */
    public static byte[] withHeader(final int blockLength, final int templateId, final int schemaId, final int version,
                                    final int bodyLength) {
        final byte[] b = new byte[8 + bodyLength];
        putShort(b, 0, blockLength);
        putShort(b, 2, templateId);
        putShort(b, 4, schemaId);
        putShort(b, 6, version);
        return b;
    }

    private static void putShort(final byte[] b, final int at, final int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }
}
