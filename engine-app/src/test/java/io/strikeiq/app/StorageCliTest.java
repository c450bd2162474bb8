package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo → embedded PostgreSQL → drain and query commands, and their one-line errors. */
class StorageCliTest {
    @Test
    void demoDrainsThenQueriesReadTheEmbeddedDatabase(@TempDir final Path tmp) {
        final Path dir = tmp.resolve("demo");
        final CliRunner demo = CliRunner.run("demo", "--events", "30000", "--set", "demo.latency-events=0",
            "--journal", dir.toString());
        assertEquals(0, demo.exitCode, demo::toString);
        assertTrue(demo.out.contains("Drained into embedded PostgreSQL"), demo::toString);
        assertTrue(demo.out.matches("(?s).*instruments +[0-9,]+ +[0-9,]+.*"), demo::toString);

        final CliRunner again = CliRunner.run("drain", "--journal", dir.toString(), "--name", "demo");
        assertEquals(0, again.exitCode, again::toString);
        assertTrue(again.out.matches("(?s).*signals +[0-9,]+ +0\\n.*"), "nothing new under the same name: " + again);

        final CliRunner sizes = CliRunner.run("query", "sizes", "--journal", dir.toString());
        assertEquals(0, sizes.exitCode, sizes::toString);
        assertTrue(sizes.out.contains("option_chain_snapshots") && sizes.out.contains("ingest_runs succeeded"), sizes::toString);

        final CliRunner json = CliRunner.run("query", "signals", "--journal", dir.toString(), "--format", "json",
            "--limit", "2", "--from", "2026-11-24");
        assertEquals(0, json.exitCode, json::toString);
        assertTrue(json.out.startsWith("["), json::toString);

        final CliRunner chain = CliRunner.run("query", "chain", "--symbol", "NIFTY", "--journal", dir.toString(),
            "--format", "csv");
        assertEquals(0, chain.exitCode, chain::toString);
        assertTrue(chain.out.startsWith("snapshot_time,expiry,strike"), chain::toString);

        final CliRunner badTime = CliRunner.run("query", "signals", "--journal", dir.toString(), "--from", "yesterday");
        assertEquals(1, badTime.exitCode, badTime::toString);
        assertTrue(badTime.err.contains("bad time 'yesterday'") && !badTime.err.contains("\tat "), badTime::toString);

        final CliRunner unknown = CliRunner.run("query", "triangles", "--symbol", "NOPE", "--journal", dir.toString());
        assertEquals(1, unknown.exitCode, unknown::toString);
        assertTrue(unknown.err.contains("unknown symbol NOPE"), unknown::toString);
    }

    @Test
    void unreachableServerIsOneLineNamingTheUrlWithoutThePassword(@TempDir final Path tmp) {
        final CliRunner r = CliRunner.run("query", "sizes", "--db-url",
            "jdbc:postgresql://127.0.0.1:1/strikeiq?user=u&password=hunter2");
        assertEquals(1, r.exitCode, r::toString);
        assertTrue(r.err.contains("cannot connect to jdbc:postgresql://127.0.0.1:1/strikeiq?user=u&password=***"), r::toString);
        assertFalse(r.err.contains("hunter2"), r::toString);
        assertEquals(1, r.err.strip().lines().count(), r::toString);
    }
}
