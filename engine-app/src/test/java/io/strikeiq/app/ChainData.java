package io.strikeiq.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real NSE / Groww / Upstox files in {@code ../shared/data} (property {@code strikeiq.shared.data}),
 * which may not be redistributed: a test that needs them is skipped with the
 * {@value #MISSING} marker (the one engine-feeds' chain tests use) when the folder is absent.
 */
final class ChainData {
    static final String MISSING = "SHARED-DATA-MISSING";

    private ChainData() {
    }

    static Path path(final String relative) {
        final String shared = System.getProperty("strikeiq.shared.data");
        final Path base = Path.of(shared != null ? shared : "../shared/data");
        final Path folder = base.resolve(Path.of(relative).getName(0));
        assumeTrue(Files.isDirectory(folder), () -> MISSING + ": " + folder.toAbsolutePath().normalize()
            + " is absent (not redistributable, so not in the repository); this test needs ../shared beside the clone");
        final Path p = base.resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("test data not found: " + p.toAbsolutePath());
        }
        return p.toAbsolutePath().normalize();
    }
}
