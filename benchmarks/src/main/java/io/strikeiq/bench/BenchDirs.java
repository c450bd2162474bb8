package io.strikeiq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary journal folders for the JMH benchmarks: under {@code -Dstrikeiq.bench.dir} when set
 * (e.g. {@code /dev/shm} to take the disk out of the measurement), else the system temp folder;
 * always deleted on tear-down.
 */
final class BenchDirs {
    private BenchDirs() {
    }

    static Path create(final String prefix) {
        try {
            final Path parent = Paths.get(System.getProperty("strikeiq.bench.dir", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, prefix);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(final Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
