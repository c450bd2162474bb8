package io.strikeiq.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real files in {@code ../shared/data} (property {@code strikeiq.shared.data}, which the parent
 * pom sets) that may not be redistributed, so they are not in the repository: when a file's top
 * folder is absent the calling test is skipped with a message that starts with {@link #MISSING}
 * and names the folder. {@code .ci/run} fails the build on that marker, because CI always has
 * {@code ../shared}. A folder that exists but lacks the file is a failure, not a skip.
 */
public final class SharedData {
    /** Marker that starts every skip message; {@code .ci/run} greps the Surefire reports for it. */
    public static final String MISSING = "SHARED-DATA-MISSING";

    private SharedData() {
    }

    /** The absolute path of {@code relative} under the shared data folder, or a skip of the calling test. */
    public static Path path(final String relative) {
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
