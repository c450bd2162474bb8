package io.strikeiq.feeds.dbn;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Locates Databento's DBN fixtures and opens them the right way. They are Apache-2.0 and live in this
 * module's test resources ({@code src/test/resources/dbn}, with the upstream licence and README), so the
 * tests run on a fresh clone without {@code ../shared}.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir() {
        // The README sits beside the fixtures; its folder on the test classpath is the fixture folder.
        final URL readme = Fixtures.class.getResource("/dbn/README.md");
        if (readme == null) {
            throw new IllegalStateException("DBN fixtures not on the test classpath (src/test/resources/dbn)");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (final URISyntaxException e) {
            throw new IllegalStateException("DBN fixtures at an unreadable location: " + readme, e);
        }
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
