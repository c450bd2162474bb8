package io.strikeiq.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One embedded server per data folder: found and reused while its owner runs, cleaned up (one
 * line each) when a crash left a stale {@code postmaster.pid} or a postmaster nobody owns.
 */
class EmbeddedDatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void theOwnerWritesItsUrlFileAndASecondCommandReusesTheServerWithoutStoppingIt() throws SQLException {
        final Path dir = tmp.resolve("pg");
        final List<String> ownerLog = new ArrayList<>();
        final List<String> secondLog = new ArrayList<>();
        try (EmbeddedDatabase owner = EmbeddedDatabase.start(dir, ownerLog::add)) {
            final long pid = PostmasterPidFile.read(dir).orElseThrow().pid();
            assertEquals(pid, owner.pid());
            assertTrue(owner.owner());
            final EmbeddedServerFile file = EmbeddedServerFile.read(dir).orElseThrow();
            assertEquals("jdbc:postgresql://127.0.0.1:" + owner.port() + "/postgres", file.url());
            assertEquals(pid, file.pid());
            assertEquals(ProcessHandle.current().pid(), file.ownerPid());
            assertEquals(List.of("embedded PostgreSQL started: " + file.url() + " (data " + dir.toAbsolutePath()
                + ", pid " + pid + ")"), ownerLog);

            try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, secondLog::add)) {
                assertFalse(second.owner());
                assertEquals(owner.port(), second.port());
                assertEquals(pid, second.pid());
                assertEquals(1, secondLog.size(), secondLog::toString);
                assertTrue(secondLog.get(0).startsWith("embedded PostgreSQL already running for " + dir.toAbsolutePath()
                    + " (pid " + pid + ", started by strikeiq pid " + ProcessHandle.current().pid() + "): reusing"),
                    secondLog::toString);
                assertEquals(1, selectOne(second.target()));
            }
            // Only the owner stops it.
            assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            assertEquals(1, selectOne(owner.target()));
        }
        assertFalse(Files.exists(dir.resolve(EmbeddedServerFile.NAME)), "the owner removes its URL file");
        assertFalse(Files.exists(dir.resolve(PostmasterPidFile.NAME)), "and the server its pid file");
    }

    @Test
    void aPidFileOfADeadProcessIsRemovedInOneLine() throws IOException, InterruptedException, SQLException {
        final Path dir = tmp.resolve("pg");
        EmbeddedDatabase.start(dir).close();
        final Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
        writePidFile(dir, gone.pid(), 5432);

        final List<String> log = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, log::add)) {
            assertTrue(db.owner());
            assertEquals(2, log.size(), log::toString);
            assertEquals("removed stale " + dir.toAbsolutePath().resolve("postmaster.pid") + " (pid " + gone.pid()
                + " is not running)", log.get(0));
            assertTrue(log.get(1).startsWith("embedded PostgreSQL started: "), log::toString);
            assertEquals(1, selectOne(db.target()));
        }
    }

    @Test
    void aPidFileWhosePidIsNowAnotherProgramIsStale() throws IOException, SQLException {
        final Path dir = tmp.resolve("pg");
        EmbeddedDatabase.start(dir).close();
        final long notPostgres = ProcessHandle.current().pid(); // alive, but a JVM, not a postgres of this folder
        writePidFile(dir, notPostgres, 5432);

        final List<String> log = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, log::add)) {
            assertTrue(log.get(0).startsWith("removed stale " + dir.toAbsolutePath().resolve("postmaster.pid")
                + " (pid " + notPostgres + " is now /"), log::toString);
            assertTrue(log.get(0).endsWith("java)"), log::toString);
            assertEquals(1, selectOne(db.target()));
        }
        assertTrue(ProcessHandle.current().isAlive(), "nothing was signalled");
    }

    /**
     * What a {@code kill -9} of a drain leaves: its postmaster still running (no epg-lock held, the
     * JVM that held it is dead) and a URL file naming a dead owner. The next command stops that
     * postmaster with SIGTERM and starts its own.
     */
    @Test
    void aPostmasterWhoseOwnerIsGoneIsStoppedAndReplaced() throws IOException, InterruptedException, SQLException {
        final Path dir = tmp.resolve("pg");
        final String[] argv;
        final int port;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir)) {
            argv = new String(Files.readAllBytes(Path.of("/proc", Long.toString(first.pid()), "cmdline")),
                StandardCharsets.UTF_8).split("\0");
            port = first.port();
        }
        // The same postgres command line, started without Zonky (so without its epg-lock), as a crashed owner leaves it.
        final List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // as Zonky does: PostgreSQL refuses to run as root
        }
        command.addAll(Arrays.asList(argv));
        final Process orphan = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(tmp.resolve("orphan.log").toFile()).start();
        final DatabaseTarget orphanTarget = new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
            "postgres", null);
        awaitAnswer(orphanTarget, String.join(" ", argv), tmp.resolve("orphan.log"));
        final Process deadOwner = new ProcessBuilder("true").start();
        assertTrue(deadOwner.waitFor(10, TimeUnit.SECONDS));
        new EmbeddedServerFile(orphanTarget.url(), port, dir.toAbsolutePath(), orphan.pid(), deadOwner.pid(), "").write();

        final List<String> log = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, log::add)) {
            assertFalse(orphan.isAlive(), "the left-over postmaster was stopped");
            assertEquals(0, orphan.exitValue(), "by a clean (SIGTERM) shutdown, not killed");
            assertTrue(db.owner());
            assertTrue(db.pid() != orphan.pid());
            assertEquals("stopping embedded PostgreSQL pid " + orphan.pid() + " left running for " + dir.toAbsolutePath()
                + " by a strikeiq command that is gone (SIGTERM)", log.get(0));
            assertEquals(2, log.size(), log::toString);
            assertEquals(1, selectOne(db.target()));
        } finally {
            orphan.destroyForcibly();
        }
    }

    /** The first four lines PostgreSQL writes: pid, data folder, start time, port. */
    private static void writePidFile(final Path dir, final long pid, final int port) throws IOException {
        Files.writeString(dir.resolve("postmaster.pid"), pid + "\n" + dir.toAbsolutePath() + "\n1764640000\n" + port + "\n");
    }

    private static void awaitAnswer(final DatabaseTarget target, final String cmd, final Path log)
        throws InterruptedException, IOException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                selectOne(target);
                return;
            } catch (final DatabaseUnavailableException | SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("postgres did not answer: " + cmd + "\n" + Files.readString(log), e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static int selectOne(final DatabaseTarget target) throws SQLException {
        try (Connection c = target.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
