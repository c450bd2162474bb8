package io.strikeiq.journal;

import org.agrona.DirectBuffer;

import java.util.zip.CRC32C;

/**
 * CRC32C of a record's bytes, the integrity trailer every journal record carries. Computed with
 * {@link CRC32C} (a JIT intrinsic using the CPU's CRC32 instruction) over the record copied through
 * a small reused array, so it allocates nothing. Agrona's {@code Crc32c}, which works on an address
 * directly, is not used: it needs {@code --add-opens java.base/java.util.zip}, which every
 * subscriber process would then have to pass. One instance per thread.
 */
final class RecordChecksum {
    /** Bytes of the trailer that follows the SBE message (little-endian CRC32C). */
    static final int LENGTH = Integer.BYTES;

    private final CRC32C crc = new CRC32C();
    private final byte[] chunk = new byte[256];

    /** CRC32C of {@code length} bytes of {@code buffer} from {@code offset}. */
    int compute(final DirectBuffer buffer, final int offset, final int length) {
        crc.reset();
        int done = 0;
        while (done < length) {
            final int n = Math.min(chunk.length, length - done);
            buffer.getBytes(offset + done, chunk, 0, n);
            crc.update(chunk, 0, n);
            done += n;
        }
        return (int) crc.getValue();
    }
}
