package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.feeds.dbn.Compression;
import io.strikeiq.feeds.dbn.OhlcvFileGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo or DBN runs → embedded PostgreSQL → drain and query commands, and their one-line errors. */
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

    @Test
    void queryOfADatabaseWithNoSchemaYetIsOneLine(@TempDir final Path tmp) {
        // A server nothing was drained into (as when `drain --follow` has only just started it).
        try (io.strikeiq.persistence.EmbeddedDatabase pg = io.strikeiq.persistence.EmbeddedDatabase.start(tmp.resolve("pg"))) {
            final String url = pg.database("empty").url() + "?user=postgres";
            final CliRunner r = CliRunner.run("query", "signals", "--db-url", url);
            assertEquals(1, r.exitCode, r::toString);
            final java.util.List<String> lines = r.err.strip().lines()
                .filter(l -> !l.startsWith("strikeiq: embedded PostgreSQL")).toList();
            assertEquals(1, lines.size(), r::toString);
            assertTrue(lines.get(0).startsWith("strikeiq signals: nothing has been drained into ") && !r.err.contains("\tat "),
                r::toString);
        }
    }

    @Test
    void drainAndQueryOfAMistypedJournalCreateNothing(@TempDir final Path tmp) {
        final Path typo = tmp.resolve("jounral");
        final CliRunner drain = CliRunner.run("drain", "--journal", typo.toString());
        assertEquals(1, drain.exitCode, drain::toString);
        assertEquals("strikeiq drain: No journal at " + typo.toAbsolutePath().resolve("input") + ": directory does not exist",
            drain.err.strip());
        final CliRunner query = CliRunner.run("query", "sizes", "--journal", typo.toString());
        assertEquals(1, query.exitCode, query::toString);
        assertEquals(1, query.err.strip().lines().count(), query::toString);
        assertFalse(Files.exists(typo), "neither created the folder (nor a database in it)");
    }

    @Test
    void drainOfAFileOrAnUnreachableDatabaseIsOneLine(@TempDir final Path tmp) throws IOException {
        final Path file = Files.writeString(tmp.resolve("notes.txt"), "not a journal");
        final CliRunner onFile = CliRunner.run("drain", "--journal", file.toString());
        assertEquals(1, onFile.exitCode, onFile::toString);
        assertEquals("strikeiq drain: --journal " + file + " is a file, not a journal folder", onFile.err.strip());
        final CliRunner query = CliRunner.run("query", "sizes", "--journal", file.toString());
        assertEquals(1, query.exitCode, query::toString);
        assertEquals("strikeiq sizes: --journal " + file + " is a file, not a journal folder", query.err.strip());

        final Path journal = tmp.resolve("j");
        final CliRunner run = CliRunner.run("run", "--feed", "synthetic", "--events", "2000", "--journal", journal.toString());
        assertEquals(0, run.exitCode, run::toString);
        final CliRunner down = CliRunner.run("drain", "--journal", journal.toString(), "--db-url",
            "jdbc:postgresql://127.0.0.1:1/strikeiq");
        assertEquals(1, down.exitCode, down::toString);
        assertTrue(down.err.startsWith("strikeiq drain: cannot connect to jdbc:postgresql://127.0.0.1:1/strikeiq: "), down::toString);
        assertEquals(1, down.err.strip().lines().count(), down::toString);
        assertFalse(Files.exists(journal.resolve("pg")), "no embedded database was created for an external one");
    }

    /**
     * Issue 5 (c): the same generated multi-week NQ file ingested by two runs into two journals, both
     * drained into one database: no duplicate bars, two ingest_runs rows; the futures queries return
     * real rows.
     */
    @Test
    void reIngestingADbnFileAddsAnIngestRunButNoBarsAndTheFuturesQueriesReadIt(@TempDir final Path tmp) throws IOException {
        final Path file = tmp.resolve("nq.ohlcv-1m.dbn.zst");
        new OhlcvFileGenerator(3, LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 16), "NQ").write(file, Compression.ZSTD);
        final String sharedDb = "db.embedded-dir=../pg"; // both journals' embedded database is tmp/pg
        final Path j1 = tmp.resolve("j1");
        final Path j2 = tmp.resolve("j2");
        for (final Path j : new Path[] {j1, j2}) {
            final CliRunner run = CliRunner.run("run", "--feed", "dbn:" + file, "--journal", j.toString());
            assertEquals(0, run.exitCode, run::toString);
        }
        final CliRunner first = CliRunner.run("drain", "--journal", j1.toString(), "--name", "j1", "--set", sharedDb);
        assertEquals(0, first.exitCode, first::toString);
        final long bars = rows(sizes(j1, sharedDb), "bars");
        final long biases = rows(sizes(j1, sharedDb), "bar_biases");
        assertTrue(bars > 20_000, "1m input bars plus aggregated bars: " + bars);
        assertTrue(biases > 10_000, "bar_biases: " + biases);

        final CliRunner second = CliRunner.run("drain", "--journal", j2.toString(), "--name", "j2", "--set", sharedDb);
        assertEquals(0, second.exitCode, second::toString);
        final String sizes = sizes(j1, sharedDb);
        assertEquals(bars, rows(sizes, "bars"), "no duplicate bars: " + sizes);
        assertEquals(biases, rows(sizes, "bar_biases"), sizes);
        assertTrue(sizes.contains("2 of 2"), "two ingest runs, both succeeded: " + sizes);

        final CliRunner triangles = CliRunner.run("query", "--set", sharedDb, "triangles", "--symbol", "NQ.v.0",
            "--journal", j1.toString(), "--format", "csv", "--limit", "1000");
        assertEquals(0, triangles.exitCode, triangles::toString);
        assertTrue(triangles.out.startsWith("open_time,symbol,direction"), triangles::toString);
        final long triangleRows = triangles.out.lines().filter(l -> l.contains("NQ")).count();
        assertTrue(triangleRows > 10, "triangles: " + triangles);

        final CliRunner biasRows = CliRunner.run("query", "--set", sharedDb, "biases", "--symbol", "NQ.v.0",
            "--journal", j1.toString(), "--format", "csv", "--limit", "50", "--from", "2024-03-05");
        assertEquals(0, biasRows.exitCode, biasRows::toString);
        assertTrue(biasRows.out.startsWith("open_time,instrument_id,bias_1m"), biasRows::toString);
        assertTrue(biasRows.out.contains("2024-03-05T00:0"), biasRows::toString);

        final CliRunner counts = CliRunner.run("query", "--set", sharedDb, "triangle-counts", "--journal", j1.toString(),
            "--format", "csv");
        assertEquals(0, counts.exitCode, counts::toString);
        assertTrue(counts.out.startsWith("day,triangles,bullish,bearish"), counts::toString);
        assertTrue(counts.out.contains("2024-03-04,"), counts::toString);
    }

    private static String sizes(final Path journal, final String set) {
        final CliRunner sizes = CliRunner.run("query", "--set", set, "sizes", "--journal", journal.toString(), "--format", "csv");
        assertEquals(0, sizes.exitCode, sizes::toString);
        return sizes.out;
    }

    /** Row count of {@code table} in the csv output of {@code query sizes}. */
    private static long rows(final String sizesCsv, final String table) {
        final Matcher m = Pattern.compile("(?m)^" + table + ",([0-9]+),").matcher(sizesCsv);
        assertTrue(m.find(), table + " in " + sizesCsv);
        return Long.parseLong(m.group(1));
    }
}
