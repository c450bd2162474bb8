package io.strikeiq.feeds.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a chain file as strict UTF-8 text (a byte that is not UTF-8 is a format error naming the
 * file, not a silent U+FFFD), skipping a leading byte-order mark.
 */
final class ChainFiles {
    private ChainFiles() {
    }

    static String read(final Path file) {
        final byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return decode(bytes, file);
    }

    /** {@code bytes} (the content of {@code file}) as strict UTF-8 text without a leading byte-order mark. */
    static String decode(final byte[] bytes, final Path file) {
        try {
            final String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (final CharacterCodingException e) {
            throw new ChainFormatException(name(file), "(encoding)", "not valid UTF-8 text");
        }
    }

    static String name(final Path file) {
        final Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }
}
