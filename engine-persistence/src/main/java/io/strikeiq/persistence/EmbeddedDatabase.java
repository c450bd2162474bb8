package io.strikeiq.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A real PostgreSQL server (binaries from the {@code io.zonky.test.postgres} Maven artifacts)
 * run on loopback with its data kept in {@code dataDir}, so a restart finds the rows again. The
 * default database of every command when no {@code --db-url} is given.
 *
 * <p>One server per data folder, shared by the commands using it. The command that starts it
 * owns it: it writes {@link EmbeddedServerFile} (URL, port, pid, owner) into the folder and is
 * the only one to stop it. A command that finds a server whose owner still runs connects to it
 * and leaves it running when it closes. A server whose owner is gone ({@code kill -9} of a
 * drain) is stopped with SIGTERM and a fresh one started; a {@code postmaster.pid} whose process
 * is gone is removed. Each of these prints one line to the {@code log}.
 *
 * <p>{@link #stop()} and {@link #start()} may be called repeatedly: the port stays the same, so a
 * {@link DatabaseTarget} taken earlier reconnects after a restart. {@link #ensureRunning()}
 * restarts a postmaster that died under its owner; the drain calls it before reconnecting.
 */
public final class EmbeddedDatabase implements DatabaseRecovery, AutoCloseable {
    /** How long a left-over postmaster gets to exit after SIGTERM, and a busy owner's server to answer. */
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** How long the shutdown hook waits for the owner's own {@link #close()} (it prints a summary first). */
    private static final long CLOSE_GRACE_MILLIS = 5_000;
    private static final String LOG_FILE = "strikeiq-server.log";

    private final Path dataDir;
    private final Consumer<String> log;
    private final CountDownLatch closed = new CountDownLatch(1);
    /** The server this instance started and owns; null when stopped or borrowed. */
    private EmbeddedPostgres server;
    /** The owner's file of a server another command runs, which this instance only connects to. */
    private EmbeddedServerFile borrowed;
    private ProcessHandle postmaster;
    private int port;
    /** Started and not stopped on purpose: a dead postmaster is then restarted by {@link #ensureRunning()}. */
    private boolean wanted;
    private Thread shutdownHook;

    private EmbeddedDatabase(final Path dataDir, final Consumer<String> log) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.log = log;
    }

    /** Starts (or finds) the server over {@code dataDir} (created and initialised when empty), printing nothing. */
    public static EmbeddedDatabase start(final Path dataDir) {
        return start(dataDir, line -> { });
    }

    /**
     * Starts the server over {@code dataDir}, or connects to the one another command runs there.
     *
     * @param log receives one line on start (URL, data folder, pid), reuse, or clean-up of a left-over server
     * @throws DatabaseUnavailableException (one line) when no server can be started or reached
     */
    public static EmbeddedDatabase start(final Path dataDir, final Consumer<String> log) {
        final EmbeddedDatabase db = new EmbeddedDatabase(dataDir, log);
        db.start();
        return db;
    }

    /** (Re)starts the server; after the first start it listens on the same port again. */
    public synchronized void start() {
        if (server != null || borrowed != null) {
            return;
        }
        wanted = true;
        try {
            Files.createDirectories(dataDir);
        } catch (final IOException e) {
            throw new DatabaseUnavailableException("cannot create " + dataDir + ": " + e.getMessage(), e);
        }
        if (!borrowOrClearLeftover()) {
            startOwned();
        }
    }

    /**
     * Connects to a server another live command runs here, or removes what a dead one left.
     *
     * @return true when borrowing
     */
    private boolean borrowOrClearLeftover() {
        if (borrowWhileOwnerLives()) {
            return true;
        }
        final Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDir);
        if (pidFile.isPresent()) {
            final long pid = pidFile.get().pid();
            final Optional<ProcessHandle> left = PostmasterProcess.serving(pid, dataDir);
            if (left.isEmpty()) {
                PostmasterPidFile.delete(dataDir);
                log.accept("removed stale " + dataDir.resolve(PostmasterPidFile.NAME) + " ("
                    + PostmasterProcess.describe(pid) + ")");
            } else {
                log.accept("stopping embedded PostgreSQL pid " + pid + " left running for " + dataDir
                    + " by a strikeiq command that is gone (SIGTERM)");
                if (!PostmasterProcess.stop(left.get(), WAIT)) {
                    throw new DatabaseUnavailableException("embedded PostgreSQL pid " + pid + " for " + dataDir
                        + " is still running " + WAIT.toSeconds() + " s after SIGTERM; stop it with: kill -INT " + pid, null);
                }
                // A postmaster that exits cleanly removes its pid file; one that had lost its children may not.
                PostmasterPidFile.delete(dataDir);
            }
        }
        EmbeddedServerFile.delete(dataDir);
        return false;
    }

    /**
     * Uses the server of a live owner, waiting a while for one that is starting, restarting or
     * stopping (its owner keeps the URL file until the server is up again or gone).
     *
     * @return false when there is no URL file or its owner is gone: nobody runs the server
     */
    private boolean borrowWhileOwnerLives() {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            final Optional<EmbeddedServerFile> found = EmbeddedServerFile.read(dataDir);
            if (found.isEmpty() || !found.get().ownerAlive()) {
                return false;
            }
            final EmbeddedServerFile file = found.get();
            final Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDir);
            final int p = pidFile.map(PostmasterPidFile::port).filter(x -> x > 0).orElse(file.port());
            final Optional<ProcessHandle> running = pidFile.flatMap(f -> PostmasterProcess.serving(f.pid(), dataDir));
            if (running.isPresent() && answers(p)) {
                borrowed = file;
                postmaster = running.get();
                port = p;
                log.accept("embedded PostgreSQL already running for " + dataDir + " (pid " + postmaster.pid()
                    + ", started by strikeiq pid " + file.ownerPid() + "): reusing " + url(p, "postgres"));
                return true;
            }
            if (System.nanoTime() > deadline) {
                throw new DatabaseUnavailableException("embedded PostgreSQL for " + dataDir + " belongs to strikeiq pid "
                    + file.ownerPid() + " but is not answering on port " + p + "; stop that command or retry", null);
            }
            pause(100);
        }
    }

    private void startOwned() {
        final boolean initialised = Files.isRegularFile(dataDir.resolve("PG_VERSION"));
        final EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            // Our own hook stops the server after the command's summary, not in parallel with it.
            .setRegisterShutdownHook(false)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("fsync", "on")
            // Zonky's default is off: a commit would return before its WAL is flushed, and a crash of the
            // server (kill -9 of the postmaster) would then lose batches the drain has counted as stored.
            .setServerConfig("synchronous_commit", "on");
        if (initialised) {
            // Server messages to a file in the folder (initdb needs an empty one, so not on the first start).
            final ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(dataDir.resolve(LOG_FILE).toFile());
            b.setOutputRedirector(toLog).setErrorRedirector(toLog);
        }
        if (port != 0) {
            b.setPort(port);
        }
        if (initialised) {
            // Claimed before the postmaster exists, so a command arriving meanwhile waits for it instead of
            // taking it for a left-over (the first start cannot: initdb wants an empty folder).
            EmbeddedServerFile.ownedByThisProcess(url(port, "postgres"), port, dataDir, 0).write();
        }
        try {
            server = b.start();
        } catch (final IOException | RuntimeException e) {
            EmbeddedServerFile.delete(dataDir);
            throw new DatabaseUnavailableException(startFailure(e), e);
        }
        port = server.getPort();
        postmaster = PostmasterPidFile.read(dataDir).flatMap(f -> ProcessHandle.of(f.pid())).orElse(null);
        final long pid = postmaster == null ? 0 : postmaster.pid();
        EmbeddedServerFile.ownedByThisProcess(url(port, "postgres"), port, dataDir, pid).write();
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::stopUnlessClosedSoon, "strikeiq-embedded-postgres-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        log.accept("embedded PostgreSQL started: " + url(port, "postgres") + " (data " + dataDir + ", pid " + pid + ")");
    }

    private String startFailure(final Exception e) {
        if (e instanceof OverlappingFileLockException || String.valueOf(e.getMessage()).startsWith("could not lock")) {
            return "embedded PostgreSQL in " + dataDir + " is being started by another strikeiq command (its epg-lock is held); retry";
        }
        return "embedded PostgreSQL in " + dataDir + " did not start (" + e.getMessage() + "); see " + dataDir.resolve(LOG_FILE);
    }

    /**
     * Restarts the postmaster if it died while this instance owns it, or takes over a borrowed one
     * whose owner is gone too. A server stopped on purpose ({@link #stop()}) stays stopped.
     */
    @Override
    public synchronized void ensureRunning() {
        if (!wanted) {
            return;
        }
        if (server != null) {
            if (postmaster != null ? postmaster.isAlive() : answers(port)) {
                return;
            }
            log.accept("embedded PostgreSQL pid " + (postmaster == null ? "?" : postmaster.pid()) + " for " + dataDir
                + " has died; restarting it on port " + port);
            closeQuietly(server); // releases its epg-lock; the URL file stays: this process still owns the server
            server = null;
            startOwned();
            return;
        }
        if (borrowed != null) {
            if (postmaster.isAlive() || borrowed.ownerAlive()) {
                return; // slow, or dead and its owner restarts it: the drain retries meanwhile
            }
            log.accept("embedded PostgreSQL for " + dataDir + " has died with its owner (strikeiq pid "
                + borrowed.ownerPid() + "); starting it here on port " + port);
            borrowed = null;
            postmaster = null;
        }
        start(); // also after a failed restart: nothing runs, so start one (on the same port)
    }

    /** Stops the server if this instance owns it (fast shutdown); a borrowed server is left to its owner. */
    public synchronized void stop() {
        wanted = false;
        if (borrowed != null) {
            borrowed = null;
            postmaster = null;
            return;
        }
        if (server == null) {
            return;
        }
        closeQuietly(server);
        server = null;
        if (postmaster != null && !exited(postmaster)) {
            log.accept("embedded PostgreSQL pid " + postmaster.pid() + " for " + dataDir
                + " did not stop; the next command on this folder stops it");
        }
        // Only now: a command starting meanwhile waited for this server instead of taking it for a left-over.
        EmbeddedServerFile.delete(dataDir);
    }

    private void stopUnlessClosedSoon() {
        try {
            if (closed.await(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }

    /** Zonky's close runs {@code pg_ctl stop -m fast} and releases its epg-lock; it reports failures only to its log. */
    private static void closeQuietly(final EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (final IOException ignored) {
            // The lock stream failed to close; the process exits soon after anyway.
        }
    }

    /** pg_ctl returns once the pid file is gone; the postmaster itself exits a moment later. */
    private static boolean exited(final ProcessHandle process) {
        try {
            process.onExit().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (final java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean answers(final int port) {
        try (Connection c = new DatabaseTarget(url(port, "postgres"), "postgres", null).connect();
             Statement st = c.createStatement()) {
            return st.execute("SELECT 1");
        } catch (final DatabaseUnavailableException | SQLException e) {
            return false;
        }
    }

    private static String url(final int port, final String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static void pause(final long millis) {
        try {
            Thread.sleep(millis);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while waiting for embedded PostgreSQL", e);
        }
    }

    /** Connection target of the {@code postgres} database as user {@code postgres} (trust auth on loopback). */
    public DatabaseTarget target() {
        return new DatabaseTarget(url(port, "postgres"), "postgres", null);
    }

    /** Creates database {@code name} (if absent) and returns its target. */
    public DatabaseTarget database(final String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + name);
        }
        final DatabaseTarget admin = target();
        try (Connection c = admin.connect(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + name);
            }
        } catch (final SQLException e) {
            throw new DatabaseUnavailableException(admin, e);
        }
        return new DatabaseTarget(url(port, name), "postgres", null);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Pid of the postmaster this instance uses (its own or the borrowed one), 0 when stopped. */
    public synchronized long pid() {
        return postmaster == null ? 0 : postmaster.pid();
    }

    /** True when this instance started the server and will stop it on {@link #close()}. */
    public synchronized boolean owner() {
        return server != null;
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            closed.countDown();
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (final IllegalStateException shuttingDown) {
                    // The hook is running and returns at once: 'closed' is counted down.
                }
            }
        }
    }
}
