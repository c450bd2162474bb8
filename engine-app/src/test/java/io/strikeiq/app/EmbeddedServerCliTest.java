package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.persistence.DatabaseTarget;
import io.strikeiq.persistence.DatabaseUnavailableException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL shared between commands, with {@code drain --follow} run as the real
 * launcher in its own JVM: {@code query} and a second {@code drain} reuse its server (and leave
 * it running); SIGTERM stops the drain within a second with its summary printed and the server
 * stopped; after {@code kill -9} of the drain the next command stops the postmaster it left.
 */
class EmbeddedServerCliTest {
    private static final String URL_FILE = "strikeiq-server.properties";

    @TempDir
    Path tmp;

    @Test
    void commandsShareTheFollowingDrainsServerAndSigtermStopsItWithinASecond() throws IOException, InterruptedException {
        final Path journal = journal();
        final Path pg = journal.resolve("pg");
        final Path log = tmp.resolve("follow.log");
        final Process follow = ChildLauncher.start(log, "drain", "--journal", journal.toString(), "--follow");
        try {
            final Properties server = awaitServer(pg, follow, log);
            final long pid = Long.parseLong(server.getProperty("pid"));
            awaitCheckpoints(server.getProperty("url"), "drain", follow, log);
            assertTrue(Files.readString(log).contains("strikeiq: embedded PostgreSQL started: " + server.getProperty("url")
                + " (data " + pg.toAbsolutePath() + ", pid " + pid + ")"), Files.readString(log));

            final CliRunner sizes = CliRunner.run("query", "sizes", "--journal", journal.toString(), "--format", "csv");
            assertEquals(0, sizes.exitCode, sizes::toString);
            assertEquals("strikeiq: embedded PostgreSQL already running for " + pg.toAbsolutePath() + " (pid " + pid
                + ", started by strikeiq pid " + follow.pid() + "): reusing " + server.getProperty("url"), strikeiqLines(sizes.err));
            assertTrue(sizes.out.contains("instruments,"), sizes::toString);

            final CliRunner second = CliRunner.run("drain", "--journal", journal.toString(), "--name", "second");
            assertEquals(0, second.exitCode, second::toString);
            assertTrue(second.err.contains("reusing " + server.getProperty("url")), second::toString);
            assertTrue(second.out.contains(", shared)"), second::toString);
            assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "only the owner stops the server");
            assertTrue(follow.isAlive(), Files.readString(log));

            final long signalled = System.nanoTime();
            follow.destroy(); // SIGTERM
            assertTrue(follow.waitFor(30, TimeUnit.SECONDS), "drain --follow exits on SIGTERM");
            final long exitMillis = (System.nanoTime() - signalled) / 1_000_000;
            final String out = Files.readString(log, StandardCharsets.UTF_8);
            final Matcher stopped = Pattern.compile("Stopped by signal: drain stopped (\\d+) ms, summary printed (\\d+) ms after it")
                .matcher(out);
            assertTrue(stopped.find(), out);
            assertTrue(Long.parseLong(stopped.group(1)) <= 1_000, "the drain stopped within 1 s of SIGTERM: " + out);
            assertTrue(out.contains("Drained " + journal + " into embedded PostgreSQL"), out);
            assertTrue(out.matches("(?s).*instruments +[0-9,]+ +[0-9,]+.*"), "the summary is printed: " + out);
            assertFalse(out.contains("\tat "), out);
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the owner stopped its server");
            assertFalse(Files.exists(pg.resolve(URL_FILE)));
            System.out.println("drain --follow: SIGTERM to drain stopped " + stopped.group(1) + " ms, to summary printed "
                + stopped.group(2) + " ms, to JVM exit (embedded server stopped) " + exitMillis + " ms");
        } finally {
            stopLeftovers(follow, pg);
        }
    }

    @Test
    void afterKillMinus9OfADrainTheNextCommandStopsThePostmasterItLeft() throws IOException, InterruptedException {
        final Path journal = journal();
        final Path pg = journal.resolve("pg");
        final Path log = tmp.resolve("follow.log");
        final Process follow = ChildLauncher.start(log, "drain", "--journal", journal.toString(), "--follow");
        final long pid;
        try {
            pid = Long.parseLong(awaitServer(pg, follow, log).getProperty("pid"));
        } finally {
            follow.destroyForcibly(); // kill -9: no shutdown hook runs
        }
        assertTrue(follow.waitFor(30, TimeUnit.SECONDS));
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "its postmaster outlives it");

        final CliRunner drain = CliRunner.run("drain", "--journal", journal.toString());
        assertEquals(0, drain.exitCode, drain::toString);
        final List<String> lines = strikeiqLines(drain.err).lines().toList();
        assertEquals("strikeiq: stopping embedded PostgreSQL pid " + pid + " left running for " + pg.toAbsolutePath()
            + " by a strikeiq command that is gone (SIGTERM)", lines.get(0));
        assertEquals(2, lines.size(), drain::toString);
        assertTrue(lines.get(1).startsWith("strikeiq: embedded PostgreSQL started: "), drain::toString);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertFalse(Files.exists(pg.resolve(URL_FILE)), "the drain stopped its own server on exit");
    }

    /** The command's own lines (library warnings such as jOOQ's version notice left out). */
    private static String strikeiqLines(final String err) {
        return String.join("\n", err.lines().filter(l -> l.startsWith("strikeiq")).toList());
    }

    /** Waits until drain {@code name} has committed its first batch (its schema and checkpoints exist). */
    private static void awaitCheckpoints(final String url, final String name, final Process p, final Path log)
        throws IOException, InterruptedException {
        final DatabaseTarget db = new DatabaseTarget(url, "postgres", null);
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM drain_checkpoints WHERE drain_name = '" + name + "'")) {
                rs.next();
                if (rs.getLong(1) == 2) {
                    return;
                }
            } catch (final SQLException | DatabaseUnavailableException notYet) {
                // schema not migrated yet
            }
            assertTrue(p.isAlive() && System.nanoTime() < deadline, "the drain committed nothing: " + Files.readString(log));
            Thread.sleep(50);
        }
    }

    /** A failed test must not leave the child's postmaster running. */
    private static void stopLeftovers(final Process child, final Path pg) throws IOException {
        child.destroyForcibly();
        if (Files.exists(pg.resolve(URL_FILE))) {
            final Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(pg.resolve(URL_FILE))) {
                props.load(r);
            }
            ProcessHandle.of(Long.parseLong(props.getProperty("pid"))).ifPresent(ProcessHandle::destroy);
        }
    }

    /** A journal written by a short synthetic run (no database involved). */
    private Path journal() {
        final Path journal = tmp.resolve("j");
        final CliRunner run = CliRunner.run("run", "--feed", "synthetic", "--events", "20000", "--journal", journal.toString());
        assertEquals(0, run.exitCode, run::toString);
        return journal;
    }

    /** Waits for the URL file the drain's embedded server writes once it answers. */
    private static Properties awaitServer(final Path pg, final Process p, final Path log) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(pg.resolve(URL_FILE))) {
            assertTrue(p.isAlive() && System.nanoTime() < deadline, "no embedded server started: " + Files.readString(log));
            Thread.sleep(50);
        }
        final Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(pg.resolve(URL_FILE))) {
            props.load(r);
        }
        return props;
    }
}
