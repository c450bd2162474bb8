package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.persistence.EmbeddedDatabase;
import io.strikeiq.journal.OutputJournalReader;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.feeds.dbn.Compression;
import io.strikeiq.feeds.dbn.DbnDecoder;
import io.strikeiq.feeds.dbn.IngestRun;
import io.strikeiq.feeds.dbn.OhlcvFileGenerator;
import io.strikeiq.sbe.BarBiasesDecoder;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DBN files through {@code ./strikeiq run --feed dbn:...}: journals, ingest runs (echoed by the engine from
 * journaled IngestFile events), replay + verify of a DBN run, the pacing flag; exit codes: 1 when a
 * file FAILED (truncated, bad version, empty) or was INTERRUPTED (--events) or NOT READ, 143 after a
 * SIGTERM, 0 only when every file ended OK; DBZ (rtype 0x11) OHLCV-1m bars.
 */
class DbnRunCommandTest {
    /** Databento's fixture in engine-feeds' test resources; Surefire runs every module from the repository root. */
    private static final Path FIXTURE = Path.of("engine-feeds/src/test/resources/dbn/test_data.ohlcv-1m.dbn")
        .toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theFixtureRunsThroughTheWholeRunPath() {
        final Path fixture = FIXTURE.normalize();
        final Path zst = fixture.resolveSibling("test_data.ohlcv-1m.v2.dbn.zst");
        final Path dir = tmp.resolve("j");
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:" + fixture + "," + zst, "--journal", dir.toString(),
            "--pace", "max");
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(r.out.contains("Ingest runs:"), r.out);
        assertTrue(r.out.contains("OK     test_data.ohlcv-1m.dbn"), r.out);
        assertTrue(r.out.contains("accepted 2"), r.out);
        // Each file's instruments by raw symbol and vendor id (Databento's fixture: ESH1 is 5482).
        assertEquals(2, r.out.split("instruments: ESH1 \\(5482\\)\n", -1).length - 1, r.out);

        // Input: definition + 2 bars + IngestFile from the first file; the second file repeats the same bars.
        int bars = 0;
        int definitions = 0;
        int ingestFiles = 0;
        try (InputJournalReader in = InputJournalReader.open(dir)) {
            final MarketEvent e = new MarketEvent();
            while (true) {
                e.clear();
                if (in.poll(e) != EventSource.FILLED) {
                    break;
                }
                bars += e.type == EventType.BAR ? 1 : 0;
                definitions += e.type == EventType.INSTRUMENT_DEFINITION ? 1 : 0;
                ingestFiles += e.type == EventType.INGEST_FILE ? 1 : 0;
            }
        }
        assertEquals(4, bars);
        assertEquals(1, definitions, "the same venue id in both files is one instrument");
        assertEquals(2, ingestFiles);

        final List<IngestRun> runs = new ArrayList<>();
        try (OutputJournalReader out = OutputJournalReader.openRecords(dir)) {
            while (out.next()) {
                if (out.templateId() == IngestRunDecoder.TEMPLATE_ID) {
                    runs.add(IngestRun.from(new IngestRunDecoder().wrapAndApplyHeader(out.buffer(), 0, new MessageHeaderDecoder())));
                }
            }
        }
        assertEquals(2, runs.size());
        assertTrue(runs.get(0).ok() && runs.get(1).ok());
        assertEquals(2, runs.get(0).recordsRead());
        assertEquals(2, runs.get(0).accepted());
        assertEquals(2, runs.get(1).recordsRead());
        assertEquals(0, runs.get(1).accepted(), "the engine validates per instrument across files");
        assertEquals(2, runs.get(1).rejected()[BarRejectReason.DUPLICATE] + runs.get(1).rejected()[BarRejectReason.NON_MONOTONIC]);
        assertEquals(runs.get(0).ingestRunId() + 1, runs.get(1).ingestRunId());
        // First bar opens before the last accepted one (NON_MONOTONIC), the second equals it (DUPLICATE).
        assertTrue(r.out.contains("accepted 0  rejected 2 (NON_MONOTONIC 1, DUPLICATE 1)"), r.out);
    }

    @Test
    void aDbnRunReplaysToAnIdenticalOutputJournal() {
        final Path file = tmp.resolve("nq.dbn.zst");
        try {
            new OhlcvFileGenerator(11, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 13), "NQ").write(file, Compression.ZSTD);
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        final Path live = tmp.resolve("live");
        final CliRunner run = CliRunner.run("run", "--feed", "dbn:" + file + "," + FIXTURE.normalize(), "--journal", live.toString());
        assertEquals(0, run.exitCode, run.toString());
        final Path replay = tmp.resolve("replay");
        final CliRunner rep = CliRunner.run("replay", "--input", live.toString(), "--out", replay.toString());
        assertEquals(0, rep.exitCode, rep.toString());
        final CliRunner v = CliRunner.run("verify", live.toString(), replay.toString());
        assertEquals(0, v.exitCode, v.toString());
        int ingestRuns = 0;
        int biases = 0;
        try (OutputJournalReader out = OutputJournalReader.openRecords(replay)) {
            while (out.next()) {
                ingestRuns += out.templateId() == IngestRunDecoder.TEMPLATE_ID ? 1 : 0;
                biases += out.templateId() == BarBiasesDecoder.TEMPLATE_ID ? 1 : 0;
            }
        }
        assertEquals(2, ingestRuns, "the replay rebuilt both IngestRun records");
        assertTrue(biases > 5_000, "BarBiases records: " + biases);
    }

    @Test
    void aBadPaceIsAUsageError() {
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:nope.dbn", "--journal", tmp.resolve("k").toString(),
            "--pace", "fast");
        assertTrue(r.exitCode != 0, r.toString());
        assertTrue(r.err.contains("--pace must be max, 1x, 10x"), r.err);
    }

    // ---- exit codes and the ingest summary (issue 8 item 6)

    @Test
    void whenEveryFileFailsTheRunExitsOneAndNamesEachFileWithItsReason() throws Exception {
        final Path plain = FIXTURE.normalize();
        final byte[] zst = Files.readAllBytes(plain.resolveSibling("test_data.ohlcv-1m.v2.dbn.zst"));
        final Path truncated = tmp.resolve("truncated.dbn.zst");
        Files.write(truncated, Arrays.copyOf(zst, zst.length / 2));
        final Path badVersion = badVersionCopy();
        final Path empty = Files.createFile(tmp.resolve("empty.dbn"));
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:" + truncated + "," + badVersion + "," + empty,
            "--journal", tmp.resolve("j").toString());
        assertEquals(1, r.exitCode, r.toString());
        assertTrue(line(r.out, "FAILED truncated.dbn.zst").contains("error: " + truncated), r.out);
        assertTrue(line(r.out, "FAILED badversion.dbn").contains("unsupported DBN version 9"), r.out);
        assertTrue(line(r.out, "FAILED empty.dbn").contains("bad magic"), r.out);
        assertTrue(r.err.contains("strikeiq run: 3 of 3 DBN files not ingested completely: truncated.dbn.zst FAILED; "
            + "badversion.dbn FAILED; empty.dbn FAILED"), r.err);
        assertEquals(0, inputCount(tmp.resolve("j"), EventType.BAR));
    }

    @Test
    void aBadFileBesideAGoodOneExitsOneAndTheGoodFilesBarsAreJournaled() throws Exception {
        final Path dir = tmp.resolve("j");
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:" + badVersionCopy() + "," + FIXTURE.normalize(),
            "--journal", dir.toString());
        assertEquals(1, r.exitCode, r.toString());
        assertTrue(r.out.contains("OK     test_data.ohlcv-1m.dbn"), r.out);
        assertTrue(r.err.contains("1 of 2 DBN files not ingested completely: badversion.dbn FAILED"), r.err);
        assertEquals(2, inputCount(dir, EventType.BAR), "the fixture's two bars");
        final List<IngestRun> runs = ingestRuns(dir);
        assertEquals(IngestFileInfo.STATUS_FAILED, runs.get(0).status());
        assertEquals(IngestFileInfo.STATUS_OK, runs.get(1).status());
        assertEquals(2, runs.get(1).accepted());
    }

    @Test
    void aTruncatedFilesBarsBeforeTheDamageStayAndItsRecordSaysFailedWithTheCounts() throws Exception {
        // test_data.ohlcv-1m.dbn: records start at byte 353, 56 bytes each; keep record 1 and 20 bytes of record 2.
        final Path cut = tmp.resolve("cut.dbn");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(FIXTURE.normalize()), 353 + 56 + 20));
        final Path dir = tmp.resolve("j");
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:" + cut, "--journal", dir.toString());
        assertEquals(1, r.exitCode, r.toString());
        assertEquals(1, inputCount(dir, EventType.BAR), "the bar decoded before the truncation is kept");
        final IngestRun run = ingestRuns(dir).get(0);
        assertEquals(IngestFileInfo.STATUS_FAILED, run.status());
        assertEquals(1, run.recordsRead());
        assertEquals(1, run.accepted());
        assertEquals(1_609_160_400_000_000_000L, run.maxOpenTime());
        assertTrue(run.error().contains("truncated record: header says 56 bytes but only 20 remain"), run.error());
    }

    @Test
    void dbzOhlcvFilesIngestTheirDeprecatedRecordsAsOneMinuteBars() throws Exception {
        final Path dbz = FIXTURE.normalize().resolveSibling("test_data.ohlcv-1m.dbz");
        final Path dir = tmp.resolve("j");
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:" + dbz, "--journal", dir.toString());
        assertEquals(0, r.exitCode, r.toString());
        // Upstream dbz.rs test_decode_stream: the ohlcv-1m DBZ file holds 2 records.
        assertEquals(2, inputCount(dir, EventType.BAR));
        final IngestRun run = ingestRuns(dir).get(0);
        assertTrue(run.ok(), run.summary());
        assertEquals("ohlcv-1m", run.schema());
        assertEquals(2, run.recordsRead());
        assertEquals(2, run.accepted());
        assertEquals(1_609_160_400_000_000_000L, run.minOpenTime(), "13:00Z, the first record of every ohlcv-1m copy");
        assertEquals(1_609_160_460_000_000_000L, run.maxOpenTime());
    }

    @Test
    void anEventLimitMidFileJournalsAnInterruptedRecordAndExitsOne() throws Exception {
        final Path file = tmp.resolve("nq.dbn");
        new OhlcvFileGenerator(3, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6), "NQ").write(file, Compression.NONE);
        long fileRecords = 0;
        try (DbnDecoder d = DbnDecoder.open(file)) {
            while (d.next()) {
                fileRecords++;
            }
        }
        final Path dir = tmp.resolve("j");
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:" + file + "," + FIXTURE.normalize(), "--journal",
            dir.toString(), "--events", "100");
        assertEquals(1, r.exitCode, r.toString());
        assertTrue(r.err.contains("2 of 2 DBN files not ingested completely: nq.dbn INTERRUPTED; test_data.ohlcv-1m.dbn "
            + "NOT READ"), r.err);
        assertTrue(r.out.contains("NOT READ test_data.ohlcv-1m.dbn"), r.out);
        // The limit's 100 feed events, then the INTERRUPTED record the stop adds.
        assertEquals(101, inputCount(dir, EventType.NONE));
        assertTrue(r.out.contains("101 published, 101 journaled"), r.out);
        final long bars = inputCount(dir, EventType.BAR);
        final List<IngestRun> runs = ingestRuns(dir);
        assertEquals(1, runs.size());
        final IngestRun run = runs.get(0);
        assertEquals(IngestFileInfo.STATUS_INTERRUPTED, run.status());
        assertEquals("INTERRUPTED", run.statusName());
        assertTrue(line(r.out, "INTERRUPTED nq.dbn").contains("error: interrupted"), r.out);
        assertTrue(bars > 0 && bars < 100, "bars: " + bars);
        assertEquals(bars, run.accepted() + run.rejectedTotal(), "every journaled bar is counted in the record");
        assertTrue(run.recordsRead() >= bars && run.recordsRead() < fileRecords,
            run.recordsRead() + " of " + fileRecords + " records");
        // The INTERRUPTED record is input data: a replay writes the same IngestRun again.
        final Path replay = tmp.resolve("replay");
        final CliRunner rep = CliRunner.run("replay", "--input", dir.toString(), "--out", replay.toString());
        assertEquals(0, rep.exitCode, rep.toString());
        assertEquals(0, CliRunner.run("verify", dir.toString(), replay.toString()).exitCode);
        assertEquals(IngestFileInfo.STATUS_INTERRUPTED, ingestRuns(replay).get(0).status());
    }

    @Test
    void aSigtermMidFileExits143AndJournalsAnInterruptedRecord() throws Exception {
        // Paced at real time, the fixture's second bar (one minute after the first) is held for 60 s: the
        // run is signalled once the first bar is in the input journal, so the stop always lands mid-file.
        final Path dir = tmp.resolve("j");
        final List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(Arrays.asList(Files.readString(Path.of("engine-app", "target", "jvm.options")).trim().split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), StrikeIq.class.getName(), "run", "--feed",
            "dbn:" + FIXTURE.normalize().toAbsolutePath(), "--journal", dir.toString(), "--pace", "1x"));
        final Path log = tmp.resolve("run.log");
        final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // JVM start-up on a loaded machine
        while (p.isAlive() && System.nanoTime() < deadline && journaledBars(dir) < 1) {
            Thread.sleep(100);
        }
        assertTrue(p.isAlive(), "still holding the second bar when signalled:\n" + Files.readString(log));
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        final String out = Files.readString(log);
        assertEquals(143, p.exitValue(), out);
        assertTrue(out.contains("stopped by signal"), out);
        assertTrue(out.contains("1 of 1 DBN file not ingested completely: test_data.ohlcv-1m.dbn INTERRUPTED"), out);
        final IngestRun run = ingestRuns(dir).get(0);
        assertEquals(IngestFileInfo.STATUS_INTERRUPTED, run.status());
        assertEquals(1, run.accepted());
        assertEquals(1, inputCount(dir, EventType.BAR));
    }

    @Test
    void theDrainStoresFailedAndInterruptedIngestRunsWithTheirCountsAndErrors() throws Exception {
        final Path cut = tmp.resolve("cut.dbn");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(FIXTURE.normalize()), 353 + 56 + 20));
        final Path nq = tmp.resolve("nq.dbn");
        new OhlcvFileGenerator(3, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6), "NQ").write(nq, Compression.NONE);
        final String sharedDb = "db.embedded-dir=../pg"; // both journals drain into tmp/pg
        final Path failed = tmp.resolve("failed");
        final Path stopped = tmp.resolve("stopped");
        assertEquals(1, CliRunner.run("run", "--feed", "dbn:" + cut, "--journal", failed.toString()).exitCode);
        assertEquals(1, CliRunner.run("run", "--feed", "dbn:" + nq, "--journal", stopped.toString(), "--events", "50").exitCode);
        for (final Path j : new Path[] {failed, stopped}) {
            final CliRunner drain = CliRunner.run("drain", "--journal", j.toString(), "--name", j.getFileName().toString(),
                "--set", sharedDb);
            assertEquals(0, drain.exitCode, drain.toString());
        }
        final List<String> rows = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(tmp.resolve("pg"));
             java.sql.Connection c = db.target().connect();
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                 "SELECT source_file, status, records_read, bars_accepted, error FROM ingest_runs ORDER BY source_file")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " | "
                    + rs.getString(5));
            }
        }
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("cut.dbn FAILED 1 1 | "), rows.toString());
        assertTrue(rows.get(0).contains("truncated record"), rows.toString());
        assertTrue(rows.get(1).startsWith("nq.dbn INTERRUPTED "), rows.toString());
        assertTrue(rows.get(1).contains("| interrupted: the run stopped after"), rows.toString());
    }

    /** Bars in a journal a running process is writing (0 while it has none or is not readable yet). */
    private static long journaledBars(final Path dir) {
        if (!Files.isDirectory(dir.resolve("input"))) {
            return 0;
        }
        try {
            return inputCount(dir, EventType.BAR);
        } catch (final RuntimeException notYet) {
            return 0;
        }
    }

    /** A copy of the plain fixture with version byte 9. */
    private Path badVersionCopy() throws java.io.IOException {
        final byte[] b = Files.readAllBytes(FIXTURE.normalize());
        b[3] = 9;
        return Files.write(tmp.resolve("badversion.dbn"), b);
    }

    /** The line of {@code text} that contains {@code start}, or "" when none does. */
    private static String line(final String text, final String start) {
        return text.lines().filter(l -> l.contains(start)).findFirst().orElse("");
    }

    /** Input events of one type, or of every type for {@link EventType#NONE}. */
    private static long inputCount(final Path dir, final byte type) {
        long n = 0;
        try (InputJournalReader in = InputJournalReader.open(dir)) {
            final MarketEvent e = new MarketEvent();
            while (true) {
                e.clear();
                if (in.poll(e) != EventSource.FILLED) {
                    break;
                }
                n += type == EventType.NONE || e.type == type ? 1 : 0;
            }
        }
        return n;
    }

    private static List<IngestRun> ingestRuns(final Path dir) {
        final List<IngestRun> runs = new ArrayList<>();
        try (OutputJournalReader out = OutputJournalReader.openRecords(dir)) {
            while (out.next()) {
                if (out.templateId() == IngestRunDecoder.TEMPLATE_ID) {
                    runs.add(IngestRun.from(new IngestRunDecoder().wrapAndApplyHeader(out.buffer(), 0, new MessageHeaderDecoder())));
                }
            }
        }
        return runs;
    }
}
