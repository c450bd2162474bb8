package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged inputs: each fails with one DbnFormatException naming the file and the byte offset. */
class DbnErrorTest {
    @TempDir
    Path tmp;

    private static byte[] plain(final String fixture) throws IOException {
        return Files.readAllBytes(Fixtures.file(fixture));
    }

    private Path write(final String name, final byte[] bytes) throws IOException {
        final Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** Opens and drains the file, returning the exception it must raise. */
    private static DbnFormatException failure(final Path p) {
        return assertThrows(DbnFormatException.class, () -> {
            try (DbnDecoder d = DbnDecoder.open(p)) {
                while (d.next()) {
                    d.rtype();
                }
            }
        });
    }

    private static void assertMessage(final DbnFormatException e, final Path p, final long offset, final String text) {
        assertEquals(p.toString(), e.file());
        assertEquals(offset, e.offset());
        assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset " + offset), e.getMessage());
        assertTrue(e.problem().contains(text), e.getMessage());
    }

    @Test
    void badMagic() throws IOException {
        final byte[] b = plain("test_data.ohlcv-1m.dbn");
        b[0] = 'X';
        final Path p = write("bad-magic.dbn", b);
        final DbnFormatException e = failure(p);
        assertMessage(e, p, 0, "bad magic");
        assertTrue(e.problem().contains("0x58424e02"), e.getMessage());
    }

    @Test
    void versionFourIsRejected() throws IOException {
        final byte[] b = plain("test_data.ohlcv-1m.dbn");
        b[3] = 4;
        final Path p = write("v4.dbn", b);
        assertMessage(failure(p), p, 3, "unsupported DBN version 4");
    }

    @Test
    void versionFourInsideZstdIsRejectedWithADecompressedOffset() throws IOException {
        final byte[] b = plain("test_data.ohlcv-1m.dbn");
        b[3] = 4;
        final Path p = write("v4.dbn.zst", Zstd.compress(b));
        final DbnFormatException e = failure(p);
        assertMessage(e, p, 3, "unsupported DBN version 4");
        assertTrue(e.getMessage().contains("decompressed byte offset 3"), e.getMessage());
    }

    @Test
    void truncatedRecord() throws IOException {
        final byte[] b = plain("test_data.ohlcv-1m.dbn"); // 353-byte header + 2 × 56
        final Path p = write("truncated.dbn", Arrays.copyOf(b, b.length - 10));
        final DbnFormatException e = failure(p);
        assertMessage(e, p, 353 + 56, "truncated record");
        assertTrue(e.problem().contains("56 bytes but only 46 remain"), e.getMessage());
    }

    @Test
    void truncatedRecordInZstd() throws IOException {
        final byte[] b = plain("test_data.trades.dbn"); // 353 + 2 × 48
        final Path p = write("truncated.dbn.zst", Zstd.compress(Arrays.copyOf(b, b.length - 1)));
        assertMessage(failure(p), p, 353 + 48, "truncated record");
    }

    @Test
    void zeroRecordLength() throws IOException {
        final byte[] b = plain("test_data.ohlcv-1m.dbn");
        b[353 + 56] = 0;
        final Path p = write("zero.dbn", b);
        assertMessage(failure(p), p, 353 + 56, "record length is 0");
    }

    @Test
    void recordShorterThanItsLayout() throws IOException {
        final byte[] b = plain("test_data.ohlcv-1m.dbn");
        b[353] = 4; // 16 bytes: a header only, but rtype 0x21 needs 56
        final Path p = write("short.dbn", b);
        assertMessage(failure(p), p, 353, "shorter than the 56 bytes");
    }

    @Test
    void truncatedMetadata() throws IOException {
        final Path p = write("short-header.dbn", Arrays.copyOf(plain("test_data.ohlcv-1m.dbn"), 200));
        assertMessage(failure(p), p, 4, "metadata length 345 does not fit");
    }

    @Test
    void emptyFile() throws IOException {
        final Path p = write("empty.dbn", new byte[0]);
        assertMessage(failure(p), p, 0, "bad magic");
    }

    @Test
    void truncatedFragment() throws IOException {
        final byte[] b = plain("test_data.definition.v3.dbn.frag");
        final Path p = write("cut.dbn.frag", Arrays.copyOf(b, 520 + 100));
        final DbnFormatException e = assertThrows(DbnFormatException.class, () -> {
            try (DbnDecoder d = DbnDecoder.openFragment(p, 3)) {
                while (d.next()) {
                    d.rtype();
                }
            }
        });
        assertMessage(e, p, 520, "truncated record");
    }

    @Test
    void fragmentVersionMustBeSupported() {
        assertThrows(IllegalArgumentException.class, () -> DbnDecoder.openFragment(tmp.resolve("x"), 4));
    }
}
