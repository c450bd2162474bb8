package io.strikeiq.feeds.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locates the shared real-data files: system property {@code strikeiq.shared.data}, else {@code ../shared/data}. */
final class ChainTestData {
    private ChainTestData() {
    }

    static Path path(final String relative) {
        final String shared = System.getProperty("strikeiq.shared.data");
        final Path base = shared != null && Files.isDirectory(Path.of(shared)) ? Path.of(shared) : Path.of("../shared/data");
        final Path p = base.resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("test data not found: " + p.toAbsolutePath());
        }
        return p;
    }

    /** Files of a folder ending in {@code suffix}, sorted by name. */
    static List<Path> files(final String folder, final String suffix) {
        try (Stream<Path> s = Files.list(path(folder))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
