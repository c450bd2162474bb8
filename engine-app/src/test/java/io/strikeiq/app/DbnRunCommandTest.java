package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.OutputJournalReader;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Databento's own OHLCV-1m fixture through {@code ./strikeiq run --feed dbn:...}: journals, ingest runs, pacing flag. */
class DbnRunCommandTest {
    /** The shared fixtures, where the parent pom's Surefire configuration says they are. */
    private static final Path FIXTURE = Path.of(System.getProperty("strikeiq.shared.data", "../../shared/data"), "dbn",
        "test_data.ohlcv-1m.dbn");

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

        // Input: definition + 2 bars from the first file; the second file repeats the same bars (duplicates).
        int bars = 0;
        int definitions = 0;
        try (InputJournalReader in = InputJournalReader.open(dir)) {
            final MarketEvent e = new MarketEvent();
            while (true) {
                e.clear();
                if (in.poll(e) != EventSource.FILLED) {
                    break;
                }
                bars += e.type == EventType.BAR ? 1 : 0;
                definitions += e.type == EventType.INSTRUMENT_DEFINITION ? 1 : 0;
            }
        }
        assertEquals(4, bars);
        assertEquals(1, definitions, "the same venue id in both files is one instrument");

        int ingest = 0;
        long rejectedDuplicates = -1;
        try (OutputJournalReader out = OutputJournalReader.open(dir)) {
            while (out.next()) {
                if (out.templateId() == IngestRunDecoder.TEMPLATE_ID) {
                    final IngestRunDecoder d = new IngestRunDecoder().wrapAndApplyHeader(out.buffer(), 0, new MessageHeaderDecoder());
                    assertEquals(0, d.status());
                    assertEquals(2, d.recordsRead());
                    rejectedDuplicates = d.rejectedNonMonotonic() + d.rejectedDuplicate();
                    ingest++;
                }
            }
        }
        assertEquals(2, ingest);
        assertEquals(0, rejectedDuplicates, "each file is validated on its own");
    }

    @Test
    void aBadPaceIsAUsageError() {
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:nope.dbn", "--journal", tmp.resolve("k").toString(),
            "--pace", "fast");
        assertTrue(r.exitCode != 0, r.toString());
        assertTrue(r.err.contains("--pace must be max, 1x, 10x"), r.err);
    }
}
