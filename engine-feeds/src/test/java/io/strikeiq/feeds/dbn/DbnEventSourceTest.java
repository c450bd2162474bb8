package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.bars.BarValidationConfig;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.JournalComparator;
import io.strikeiq.journal.JournalComparison;
import io.strikeiq.journal.OutputJournalReader;
import io.strikeiq.pipeline.EngineSettings;
import io.strikeiq.pipeline.FeedDriver;
import io.strikeiq.pipeline.JournaledEngine;
import io.strikeiq.sbe.RollDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DBN files through the event source and the whole engine: fixtures, ingest runs, a roll, run → replay determinism. */
class DbnEventSourceTest {
    @TempDir
    Path tmp;

    @Test
    void theOhlcvFixtureBecomesADefinitionAndTwoBarsWithAnIngestRun() throws Exception {
        final Path file = Fixtures.file("test_data.ohlcv-1m.dbn");
        final DbnEventSource source = new DbnEventSource(List.of(file), BarValidationConfig.defaults(), 0);
        final MarketEvent slot = new MarketEvent();
        slot.clear();
        assertEquals(EventSource.FILLED, source.poll(slot));
        assertEquals(EventType.INSTRUMENT_DEFINITION, slot.type);
        assertEquals("ESH1", slot.instrument.symbolString());
        assertEquals("GLBX.MDP3", slot.instrument.venueString());
        final int id = slot.instrumentId;
        slot.clear();
        assertEquals(EventSource.FILLED, source.poll(slot));
        assertEquals(EventType.BAR, slot.type);
        assertEquals(id, slot.instrumentId);
        assertEquals(60, slot.timeframeSeconds);
        assertEquals(1_609_160_400_000_000_000L, slot.barOpenTimeNanos, "2020-12-28T13:00:00Z: ts_event is the open");
        assertEquals(slot.barOpenTimeNanos + 60_000_000_000L, slot.eventTimeNanos);
        assertEquals(372_025_000_000_000L / 1e9, slot.open, "fixture open 372025000000000 at 1e-9");
        slot.clear();
        assertEquals(EventSource.FILLED, source.poll(slot));
        slot.clear();
        assertEquals(EventSource.END, source.poll(slot));
        final IngestRun run = source.runs().get(0);
        assertTrue(run.ok());
        assertEquals("test_data.ohlcv-1m.dbn", run.fileName());
        assertEquals(DbnEventSource.sha256(file), run.sha256());
        assertEquals(64, run.sha256().length());
        assertEquals("GLBX.MDP3", run.dataset());
        assertEquals("ohlcv-1m", run.schema());
        assertEquals(2, run.recordsRead());
        assertEquals(2, run.accepted());
        assertEquals(0, run.rejectedTotal());
        assertEquals(1_609_160_400_000_000_000L, run.minOpenTime());
        assertEquals(1_609_160_460_000_000_000L, run.maxOpenTime());
        source.close();
    }

    @Test
    void aBrokenFileIsAFailedRunAndTheNextFileStillRuns() throws Exception {
        final Path bad = tmp.resolve("bad.dbn");
        Files.write(bad, new byte[] {'D', 'B', 'N', 9, 0, 0, 0, 0});
        final DbnEventSource source = new DbnEventSource(List.of(bad, Fixtures.file("test_data.ohlcv-1m.v3.dbn.zst")),
            BarValidationConfig.defaults(), 0);
        final MarketEvent slot = new MarketEvent();
        int bars = 0;
        while (true) {
            slot.clear();
            final int r = source.poll(slot);
            if (r == EventSource.END) {
                break;
            }
            bars += slot.type == EventType.BAR ? 1 : 0;
        }
        assertEquals(2, bars);
        final List<IngestRun> runs = source.runs();
        assertFalse(runs.get(0).ok());
        assertTrue(runs.get(0).error().contains("unsupported DBN version 9"), runs.get(0).error());
        assertTrue(runs.get(1).ok());
        assertEquals("test_data.ohlcv-1m.v3.dbn.zst", runs.get(1).fileName());
    }

    @Test
    void aGeneratedNqSeriesRollsAndReplaysToIdenticalOutput() throws Exception {
        // 2024-02-26 .. 2024-03-16: NQ.v.0 rolls from NQH4 to NQM4 eight days before the 15 March expiry.
        final Path file = tmp.resolve("nq.dbn.zst");
        new OhlcvFileGenerator(7, LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 16), "NQ").write(file, Compression.ZSTD);
        final Path live = tmp.resolve("live");
        final Path replay = tmp.resolve("replay");
        final long events;
        try (JournaledEngine engine = new JournaledEngine(live, EngineSettings.defaults());
             DbnEventSource source = new DbnEventSource(List.of(file), BarValidationConfig.defaults(), 0)) {
            final FeedDriver driver = engine.start();
            events = driver.run(source, 0, 0);
            engine.pipeline().awaitDrained();
            engine.close();
            assertEquals(0, engine.pipeline().errors().total(), engine.pipeline().errors().report());
            assertEquals(1, engine.futures().rolls());
            assertTrue(engine.futures().triangles() > 10, "triangles: " + engine.futures().triangles());
            assertEquals(source.runs().get(0).accepted(), engine.futures().validator().accepted());
        }
        try (JournaledEngine engine = new JournaledEngine(replay, EngineSettings.defaults());
             InputJournalReader input = InputJournalReader.open(live)) {
            assertEquals(events, engine.start().run(input, 0, 0));
        }
        final JournalComparison cmp = JournalComparator.compareOutputs(live, replay);
        assertTrue(cmp.identical(), cmp.describe());
        assertTrue(cmp.recordCount() > 1_000, "records: " + cmp.recordCount());
        int rolls = 0;
        try (OutputJournalReader out = OutputJournalReader.open(live)) {
            while (out.next()) {
                rolls += out.templateId() == RollDecoder.TEMPLATE_ID ? 1 : 0;
            }
        }
        assertEquals(1, rolls);
    }
}
