package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.OutputJournalReader;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.feeds.dbn.Compression;
import io.strikeiq.feeds.dbn.IngestRun;
import io.strikeiq.feeds.dbn.OhlcvFileGenerator;
import io.strikeiq.sbe.BarBiasesDecoder;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DBN files through {@code ./strikeiq run --feed dbn:...}: journals, ingest runs (echoed by the engine from
 * journaled IngestFile events), replay + verify of a DBN run, the pacing flag.
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
        try (OutputJournalReader out = OutputJournalReader.open(dir)) {
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
        try (OutputJournalReader out = OutputJournalReader.open(replay)) {
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
}
