package io.strikeiq.feeds.chain;

import io.strikeiq.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Locates the real NSE, Groww and Upstox files in {@code ../shared/data} (system property
 * {@code strikeiq.shared.data}, which the parent pom sets, else {@code ../shared/data}). Those files may not
 * be redistributed, so they are not in the repository: when their folder is absent the calling test is
 * skipped with a message that starts with {@link #MISSING} and names the folder. {@code .ci/run} fails the
 * build on that marker, because CI always has {@code ../shared}. A folder that exists but lacks a file is
 * a failure, not a skip.
 */
final class ChainTestData {
    /** Marker that starts every skip message; {@code .ci/run} greps the Surefire reports for it. */
    static final String MISSING = SharedData.MISSING;

    private ChainTestData() {
    }

    static Path path(final String relative) {
        return SharedData.path(relative);
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
