package io.strikeiq.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} lock file PostgreSQL keeps in its data folder while it runs: pid on
 * line 1, data folder on line 2, port on line 4, status ({@code starting}, {@code ready},
 * {@code stopping}) on line 8. A clean shutdown removes it; a postmaster killed with
 * {@code kill -9} leaves it behind with a dead pid. The server writes it in steps while starting,
 * so a short file has port 0 and an empty status.
 *
 * @param pid     the postmaster's process id
 * @param dataDir the data folder the postmaster recorded
 * @param port    its TCP port, 0 if not written yet
 * @param status  {@code ready} once it accepts connections
 */
record PostmasterPidFile(long pid, Path dataDir, int port, String status) {
    static final String NAME = "postmaster.pid";

    /** The file of {@code dataDir}, if there is one with a readable pid. */
    static Optional<PostmasterPidFile> read(final Path dataDir) {
        final List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve(NAME));
        } catch (final NoSuchFileException e) {
            return Optional.empty();
        } catch (final IOException e) {
            throw new DatabaseUnavailableException("cannot read " + dataDir.resolve(NAME) + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        final long pid = Long.parseLong(lines.get(0).strip());
        final Path dir = lines.size() > 1 ? Path.of(lines.get(1).strip()) : dataDir;
        final int port = lines.size() > 3 && lines.get(3).strip().matches("[0-9]{1,5}") ? Integer.parseInt(lines.get(3).strip()) : 0;
        final String status = lines.size() > 7 ? lines.get(7).strip() : "";
        return Optional.of(new PostmasterPidFile(pid, dir, port, status));
    }

    /** Deletes the file of {@code dataDir}; call it only once its postmaster is gone. */
    static void delete(final Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (final IOException e) {
            throw new DatabaseUnavailableException("cannot remove stale " + dataDir.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }
}
