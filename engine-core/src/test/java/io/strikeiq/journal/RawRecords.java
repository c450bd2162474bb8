package io.strikeiq.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

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
