package io.strikeiq.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code strikeiq-server.properties} in an embedded database's data folder: written by the
 * command that started the server, read by every other command on the same folder so it connects
 * to that server instead of starting a second one, deleted by the owner when it stops the server.
 * It names the owner (pid and start time, so a recycled pid is not mistaken for it): a file whose
 * owner is gone describes a server nobody will stop.
 *
 * @param url        JDBC URL of the {@code postgres} database
 * @param port       TCP port on 127.0.0.1
 * @param dataDir    the data folder
 * @param pid        the postmaster's pid
 * @param ownerPid   pid of the strikeiq JVM that started it
 * @param ownerStart that JVM's start time as {@link ProcessHandle.Info#startInstant()} printed it, "" if unknown
 */
record EmbeddedServerFile(String url, int port, Path dataDir, long pid, long ownerPid, String ownerStart) {
    static final String NAME = "strikeiq-server.properties";

    /** The file for a server this JVM started. */
    static EmbeddedServerFile ownedByThisProcess(final String url, final int port, final Path dataDir, final long pid) {
        final ProcessHandle self = ProcessHandle.current();
        return new EmbeddedServerFile(url, port, dataDir, pid, self.pid(), startOf(self));
    }

    static Optional<EmbeddedServerFile> read(final Path dataDir) {
        final Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dataDir.resolve(NAME))) {
            p.load(r);
            return Optional.of(new EmbeddedServerFile(p.getProperty("url"), Integer.parseInt(p.getProperty("port")),
                Path.of(p.getProperty("data-dir")), Long.parseLong(p.getProperty("pid")),
                Long.parseLong(p.getProperty("owner-pid")), p.getProperty("owner-start", "")));
        } catch (final NoSuchFileException e) {
            return Optional.empty();
        } catch (final IOException | RuntimeException e) {
            return Optional.empty(); // half-written or hand-edited: as good as none, the postmaster.pid decides
        }
    }

    /** Writes the file atomically (a reader never sees half of it). */
    void write() {
        final Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("port", Integer.toString(port));
        p.setProperty("data-dir", dataDir.toString());
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("owner-pid", Long.toString(ownerPid));
        p.setProperty("owner-start", ownerStart);
        final Path file = dataDir.resolve(NAME);
        final Path tmp = dataDir.resolve(NAME + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, "embedded PostgreSQL run by strikeiq pid " + ownerPid + "; other commands connect to it");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (final IOException e) {
            throw new DatabaseUnavailableException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static void delete(final Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (final IOException e) {
            throw new DatabaseUnavailableException("cannot remove " + dataDir.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }

    /** True while the JVM that wrote the file still runs (same pid and same start time). */
    boolean ownerAlive() {
        return ProcessHandle.of(ownerPid).filter(ProcessHandle::isAlive)
            .filter(h -> ownerStart.isEmpty() || ownerStart.equals(startOf(h))).isPresent();
    }

    private static String startOf(final ProcessHandle h) {
        return h.info().startInstant().map(Object::toString).orElse("");
    }
}
