package io.strikeiq.feeds.dbn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates Databento's DBN fixtures in the shared data folder and opens them the right way. */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir() {
        final String prop = System.getProperty("strikeiq.shared.data");
        final Path base = prop != null ? Path.of(prop) : Path.of("..", "shared", "data");
        final Path dir = base.resolve("dbn");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("DBN fixtures not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    static Path file(final String name) {
        return dir().resolve(name);
    }

    /**
     * The records' DBN version of a fragment, from its name; the unversioned definition fragment
     * holds 400-byte (v2) definitions.
     */
    static int fragmentVersion(final String name) {
        if (name.contains(".v1.")) {
            return 1;
        }
        return name.contains(".v3.") ? 3 : 2;
    }

    static DbnDecoder open(final String name) throws IOException {
        return name.contains(".frag") ? DbnDecoder.openFragment(file(name), fragmentVersion(name))
                : DbnDecoder.open(file(name));
    }
}
