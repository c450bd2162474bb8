package io.strikeiq.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server (binaries from the {@code io.zonky.test.postgres} Maven artifacts)
 * run as a child process on loopback with its data kept in {@code dataDir}, so a restart finds
 * the rows again. The default database of every command when no {@code --db-url} is given.
 * {@link #stop()} and {@link #start()} may be called repeatedly: the port stays the same, so a
 * {@link DatabaseTarget} taken earlier reconnects after a restart.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final Path dataDir;
    private EmbeddedPostgres server;
    private int port;

    private EmbeddedDatabase(final Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts a server over {@code dataDir} (created and initialised when empty). */
    public static EmbeddedDatabase start(final Path dataDir) {
        final EmbeddedDatabase db = new EmbeddedDatabase(dataDir);
        db.start();
        return db;
    }

    /** (Re)starts the server; after the first start it listens on the same port again. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            final EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "on");
            if (port != 0) {
                b.setPort(port);
            }
            server = b.start();
            port = server.getPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDir.toAbsolutePath(), e);
        }
    }

    /** Stops the server (fast shutdown); the data stays in {@link #dataDir()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL in " + dataDir.toAbsolutePath(), e);
        } finally {
            server = null;
        }
    }

    /** Connection target of the {@code postgres} database as user {@code postgres} (trust auth on loopback). */
    public DatabaseTarget target() {
        return new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", null);
    }

    /** Creates database {@code name} (if absent) and returns its target. */
    public DatabaseTarget database(final String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + name);
        }
        final DatabaseTarget admin = target();
        try (java.sql.Connection c = admin.connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + name);
            }
        } catch (final java.sql.SQLException e) {
            throw new DatabaseUnavailableException(admin, e);
        }
        return new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + port + "/" + name, "postgres", null);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stop();
    }
}
