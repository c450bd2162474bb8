package io.strikeiq.feeds.dbn;

import io.strikeiq.event.IngestFileInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a whole file, streamed through a 1 MiB buffer: the identity an ingest run records,
 * so a re-ingest of the same bytes can be recognised. Once per file, off the per-record path.
 */
final class FileDigest {
    private FileDigest() {
    }

    /** Writes the SHA-256 of {@code file} into {@code into[0..32)}; leaves it untouched if reading fails. */
    static void sha256(final Path file, final byte[] into) throws IOException {
        final MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        final byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        System.arraycopy(md.digest(), 0, into, 0, IngestFileInfo.SHA256_LENGTH);
    }

    /** The SHA-256 of {@code file} as lower-case hex. */
    static String sha256Hex(final Path file) throws IOException {
        final byte[] d = new byte[IngestFileInfo.SHA256_LENGTH];
        sha256(file, d);
        return HexFormat.of().formatHex(d);
    }
}
