package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.JournalComparator;
import io.strikeiq.journal.JournalComparison;
import io.strikeiq.journal.OutputJournalReader;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.FeedDriver;
import io.strikeiq.wiring.JournaledEngine;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.RollDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DBN files through the event source and the whole engine: fixtures, IngestFile events, a roll, run → replay determinism. */
class DbnEventSourceTest {
    @TempDir
    Path tmp;

    @Test
    void theOhlcvFixtureBecomesADefinitionTwoBarsAndAnIngestFileEvent() throws Exception {
        final Path file = Fixtures.file("test_data.ohlcv-1m.dbn");
        final DbnEventSource source = new DbnEventSource(List.of(file), 0, 5_000);
        final MarketEvent slot = new MarketEvent();
        slot.clear();
        assertEquals(EventSource.FILLED, source.poll(slot));
        assertEquals(EventType.INSTRUMENT_DEFINITION, slot.type);
        // Raw symbology names the contract; its vendor id (5482 in Databento's fixture) stays in the name.
        assertEquals("ESH1@5482", slot.instrument.symbolString());
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
        final long lastClose = slot.eventTimeNanos;
        slot.clear();
        assertEquals(EventSource.FILLED, source.poll(slot));
        assertEquals(EventType.INGEST_FILE, slot.type);
        assertEquals(lastClose, slot.eventTimeNanos, "stamped with the last bar's event time");
        final IngestFileInfo run = slot.ingestFile;
        assertEquals(IngestFileInfo.STATUS_OK, run.status);
        assertEquals(5_000, run.ingestRunId);
        assertEquals("test_data.ohlcv-1m.dbn", run.fileNameString());
        assertFalse(run.fileNameTruncated);
        assertEquals(DbnEventSource.sha256(file), java.util.HexFormat.of().formatHex(run.sha256));
        assertEquals("GLBX.MDP3", IngestFileInfo.text(run.dataset));
        assertEquals("ohlcv-1m", IngestFileInfo.text(run.schema));
        assertEquals(2, run.recordsRead);
        assertEquals(2, run.barsRead);
        assertEquals(1_609_160_400_000_000_000L, run.minEventTime);
        assertEquals(1_609_160_460_000_000_000L, run.maxEventTime);
        slot.clear();
        assertEquals(EventSource.END, source.poll(slot));
        source.close();
    }

    @Test
    void aBrokenFileIsAFailedRunAndTheNextFileStillRuns() throws Exception {
        final Path bad = tmp.resolve("bad.dbn");
        Files.write(bad, new byte[] {'D', 'B', 'N', 9, 0, 0, 0, 0});
        final String longName = "x".repeat(IngestFileInfo.FILE_NAME_LENGTH + 10) + ".dbn";
        final Path copy = tmp.resolve(longName);
        Files.copy(Fixtures.file("test_data.ohlcv-1m.v3.dbn.zst"), copy);
        final DbnEventSource source = new DbnEventSource(List.of(bad, copy), 0, 100);
        final MarketEvent slot = new MarketEvent();
        final List<IngestFileInfo> runs = new java.util.ArrayList<>();
        int bars = 0;
        while (true) {
            slot.clear();
            final int r = source.poll(slot);
            if (r == EventSource.END) {
                break;
            }
            bars += slot.type == EventType.BAR ? 1 : 0;
            if (slot.type == EventType.INGEST_FILE) {
                final IngestFileInfo f = new IngestFileInfo();
                f.copyFrom(slot.ingestFile);
                runs.add(f);
            }
        }
        assertEquals(2, bars);
        assertEquals(2, runs.size());
        assertEquals(IngestFileInfo.STATUS_FAILED, runs.get(0).status);
        assertEquals(IngestFileInfo.ERROR_FORMAT, runs.get(0).errorCode);
        assertEquals(100, runs.get(0).ingestRunId);
        assertTrue(runs.get(0).errorString().contains("unsupported DBN version 9"), runs.get(0).errorString());
        assertEquals(IngestFileInfo.STATUS_OK, runs.get(1).status);
        assertEquals(101, runs.get(1).ingestRunId);
        assertTrue(runs.get(1).fileNameTruncated);
        assertEquals(longName.substring(0, IngestFileInfo.FILE_NAME_LENGTH), runs.get(1).fileNameString());
    }

    @Test
    void aGeneratedNqSeriesRollsAndReplaysToIdenticalOutput() throws Exception {
        // 2024-02-26 .. 2024-03-16: NQ.v.0 rolls from NQH4 to NQM4 eight days before the 15 March expiry.
        final Path file = tmp.resolve("nq.dbn.zst");
        new OhlcvFileGenerator(7, LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 16), "NQ").write(file, Compression.ZSTD);
        final Path live = tmp.resolve("live");
        final Path replay = tmp.resolve("replay");
        final long events;
        final long engineAccepted;
        try (JournaledEngine engine = new JournaledEngine(live, EngineSettings.defaults());
             DbnEventSource source = new DbnEventSource(List.of(file), 0)) {
            final FeedDriver driver = engine.start();
            events = driver.run(source, 0, 0);
            engine.pipeline().awaitDrained();
            engine.close();
            assertEquals(0, engine.pipeline().errors().total(), engine.pipeline().errors().report());
            assertEquals(1, engine.futures().rolls());
            engineAccepted = engine.futures().validator().accepted();
            assertTrue(engine.futures().triangles() > 10, "triangles: " + engine.futures().triangles());
        }
        try (JournaledEngine engine = new JournaledEngine(replay, EngineSettings.defaults());
             InputJournalReader input = InputJournalReader.open(live)) {
            assertEquals(events, engine.start().run(input, 0, 0));
        }
        final JournalComparison cmp = JournalComparator.compareOutputs(live, replay);
        assertTrue(cmp.identical(), cmp.describe());
        assertTrue(cmp.recordCount() > 1_000, "records: " + cmp.recordCount());
        int rolls = 0;
        IngestRun run = null;
        try (OutputJournalReader out = OutputJournalReader.openRecords(live)) {
            while (out.next()) {
                rolls += out.templateId() == RollDecoder.TEMPLATE_ID ? 1 : 0;
                if (out.templateId() == IngestRunDecoder.TEMPLATE_ID) {
                    run = IngestRun.from(new IngestRunDecoder().wrapAndApplyHeader(out.buffer(), 0, new MessageHeaderDecoder()));
                }
            }
        }
        assertEquals(1, rolls);
        assertTrue(run != null && run.ok(), String.valueOf(run));
        assertEquals(DbnEventSource.sha256(file), run.sha256());
        assertEquals(engineAccepted, run.accepted(), "the engine's own count");
        assertTrue(run.accepted() > 10_000, "accepted " + run.accepted());
        assertEquals(run.recordsRead(), run.accepted() + run.rejectedTotal(), "an OHLCV-1m-only file: every record is a bar");
    }

    @Test
    void theTradesFixtureBecomesOneMinuteBar() throws Exception {
        final List<MarketEvent> events = drain(new DbnEventSource(List.of(Fixtures.file("test_data.trades.dbn")), 0, 1));
        assertEquals(3, events.size(), "definition, one bar, IngestFile");
        assertEquals(EventType.INSTRUMENT_DEFINITION, events.get(0).type);
        final MarketEvent bar = events.get(1);
        assertEquals(EventType.BAR, bar.type);
        assertEquals(1_609_160_400_000_000_000L, bar.barOpenTimeNanos, "the minute of ts_event 1609160400098821953");
        assertEquals(bar.barOpenTimeNanos + 60_000_000_000L, bar.eventTimeNanos);
        assertEquals(3720.25, bar.open, "README: first trade 3720.25");
        assertTrue(bar.volume >= 5, "first trade size 5");
        assertEquals(EventType.INGEST_FILE, events.get(2).type);
        assertEquals(1, events.get(2).ingestFile.barsRead);
    }

    @Test
    void tradesOfTwoInstrumentsCloseTheirMinutesTogetherAndSkipEmptyMinutes() throws Exception {
        final Path file = tmp.resolve("trades.dbn");
        final long t = 1_700_000_040_000_000_000L; // a minute boundary
        final long m = 60_000_000_000L;
        final DbnMetadata md = new DbnMetadata(2, "GLBX.MDP3", Schema.NONE.id, t, t + 10 * m, 0, SType.INSTRUMENT_ID.id,
            SType.INSTRUMENT_ID.id, false, 71, List.of(), List.of(), List.of(), List.of(), 0, false);
        try (DbnEncoder e = DbnEncoder.create(file, md, Compression.NONE)) {
            e.writeTrade(1, 11, t + 1, 100_000_000_000L, 2, 'T', 'B', 0x80, 0, t + 2, 0, 1);
            e.writeTrade(1, 22, t + 5, 50_000_000_000L, 1, 'T', 'B', 0x80, 0, t + 6, 0, 2);
            e.writeTrade(1, 11, t + 30_000_000_000L, 103_000_000_000L, 3, 'T', 'A', 0x80, 0, t + 2, 0, 3);
            e.writeTrade(1, 11, t + 40_000_000_000L, 99_000_000_000L, 1, 'T', 'A', 0x80, 0, t + 2, 0, 4);
            e.writeTrade(1, 11, t + 50_000_000_000L, 101_000_000_000L, 4, 'T', 'A', 0x80, 0, t + 2, 0, 5);
            // minute 2 has no trade; minute 3: only instrument 22
            e.writeTrade(1, 22, t + 3 * m + 1, 51_000_000_000L, 7, 'T', 'B', 0x80, 0, t + 3 * m + 2, 0, 6);
        }
        final List<MarketEvent> events = drain(new DbnEventSource(List.of(file), 0, 1));
        final List<MarketEvent> bars = events.stream().filter(e -> e.type == EventType.BAR).toList();
        assertEquals(3, bars.size());
        final MarketEvent a = bars.get(0);
        assertEquals(t, a.barOpenTimeNanos);
        assertEquals(100, a.open);
        assertEquals(103, a.high);
        assertEquals(99, a.low);
        assertEquals(101, a.close);
        assertEquals(10, a.volume);
        final MarketEvent b = bars.get(1);
        assertEquals(t, b.barOpenTimeNanos, "closed together with the first instrument's minute");
        assertTrue(b.instrumentId != a.instrumentId);
        assertEquals(50, b.close);
        assertEquals(t + 3 * m, bars.get(2).barOpenTimeNanos, "no bar for the empty minute");
        assertEquals(b.instrumentId, bars.get(2).instrumentId);
        assertEquals(7, bars.get(2).volume);
        final MarketEvent ingest = events.get(events.size() - 1);
        assertEquals(EventType.INGEST_FILE, ingest.type);
        assertEquals(6, ingest.ingestFile.recordsRead);
        assertEquals(3, ingest.ingestFile.barsRead);
        assertEquals(t + 3 * m, ingest.ingestFile.maxEventTime);
        long previous = Long.MIN_VALUE;
        for (final MarketEvent e : events) {
            assertTrue(e.eventTimeNanos >= previous, "event time never goes back");
            previous = e.eventTimeNanos;
        }
    }

    @Test
    void theIngestReportNamesEachFilesInstrumentsByRawSymbolAndVendorId() throws Exception {
        final DbnEventSource source = new DbnEventSource(List.of(Fixtures.file("test_data.ohlcv-1m.dbn")), 0, 5_000);
        drain(source);
        assertEquals(List.of("ESH1 (5482)"), source.instruments(0));
    }

    @Test
    void definitionRecordsGiveRawSymbolTickSizeAndMultiplierAndKeepSpreadsOutOfTheSeries() throws Exception {
        final Path file = tmp.resolve("defs.dbn");
        final long t = 1_700_000_040_000_000_000L; // a minute boundary
        final long m = 60_000_000_000L;
        // ES.v.0 maps to the outright 5482 and, on purpose, to the spread 7777 too: a spread never joins a series.
        final DbnMetadata md = new DbnMetadata(3, "GLBX.MDP3", Schema.OHLCV_1M.id, t, t + 10 * m, 0,
            SType.CONTINUOUS.id, SType.INSTRUMENT_ID.id, false, DbnMetadata.SYMBOL_CSTR_LEN_V2, List.of("ES.v.0"),
            List.of(), List.of(), List.of(new SymbolMapping("ES.v.0", List.of(
                new MappingInterval(20231114, 20231116, "5482"), new MappingInterval(20231114, 20231116, "7777")))),
            0, false);
        try (DbnEncoder e = DbnEncoder.create(file, md, Compression.NONE)) {
            e.writeDefinition(1, 5482, t - m, "ESZ3", 'F', 250_000_000L, t + 1000 * m, "ES", "XCME", "FUT", "USD");
            e.writeDefinition(1, 7777, t - m, "ESZ3-ESH4", 'S', 50_000_000L, t + 1000 * m, "ES", "XCME", "FUT", "USD");
            e.writeOhlcv(RType.OHLCV_1M, 1, 5482, t, 4_500_000_000_000L, 4_501_000_000_000L, 4_499_000_000_000L,
                4_500_250_000_000L, 10);
            e.writeOhlcv(RType.OHLCV_1M, 1, 7777, t, 60_000_000_000L, 61_000_000_000L, 59_000_000_000L,
                60_500_000_000L, 3);
        }
        final DbnEventSource source = new DbnEventSource(List.of(file), 0, 1);
        final List<MarketEvent> defs = drain(source).stream().filter(e -> e.type == EventType.INSTRUMENT_DEFINITION)
            .toList();
        assertEquals(List.of("ES.v.0", "ESZ3@5482", "ESZ3-ESH4@7777"),
            defs.stream().map(e -> e.instrument.symbolString()).toList());
        final MarketEvent series = defs.get(0);
        final MarketEvent outright = defs.get(1);
        final MarketEvent spread = defs.get(2);
        assertEquals(series.instrumentId, outright.instrument.underlyingId, "the outright is in ES.v.0");
        assertEquals(0, spread.instrument.underlyingId, "the spread is not");
        assertEquals(0.25, outright.instrument.tickSize, "min_price_increment 0.25");
        assertEquals(0.05, spread.instrument.tickSize, 1e-12, "min_price_increment 0.05");
        assertEquals(1, outright.instrument.lotSize, "contract_multiplier undefined in the record: 1");
        assertEquals(List.of("ESZ3 (5482)", "ESZ3-ESH4 (7777)"), source.instruments(0));
    }

    private static List<MarketEvent> drain(final DbnEventSource source) {
        final List<MarketEvent> out = new java.util.ArrayList<>();
        while (true) {
            final MarketEvent e = new MarketEvent();
            e.clear();
            if (source.poll(e) == EventSource.END) {
                break;
            }
            out.add(e);
        }
        source.close();
        return out;
    }

    @Test
    void aDbzOhlcv1mFileGivesItsTwoDeprecatedRecordsAsOneMinuteBars() throws Exception {
        final List<MarketEvent> events = drain(new DbnEventSource(List.of(Fixtures.file("test_data.ohlcv-1m.dbz")), 0, 1));
        final List<MarketEvent> bars = events.stream().filter(e -> e.type == EventType.BAR).toList();
        assertEquals(2, bars.size(), "upstream test_decode_stream: 2 records in the ohlcv-1m DBZ file");
        assertEquals(60, bars.get(0).timeframeSeconds);
        assertEquals(1_609_160_400_000_000_000L, bars.get(0).barOpenTimeNanos, "13:00:00Z, as in the v1/v2/v3 copies");
        assertEquals(372_025_000_000_000L / 1e9, bars.get(0).open);
        assertEquals(372_150_000_000_000L / 1e9, bars.get(0).high);
        assertEquals(353, bars.get(0).volume);
        assertEquals(1_609_160_460_000_000_000L, bars.get(1).barOpenTimeNanos, "13:01:00Z");
        assertEquals(152, bars.get(1).volume);
        final IngestFileInfo run = events.get(events.size() - 1).ingestFile;
        assertEquals(IngestFileInfo.STATUS_OK, run.status);
        assertEquals(2, run.barsRead);
    }

    @Test
    void dbzFilesOfOtherCadencesAreReadButGiveNoOneMinuteBars() throws Exception {
        for (final String name : List.of("test_data.ohlcv-1s.dbz", "test_data.ohlcv-1h.dbz")) {
            final List<MarketEvent> events = drain(new DbnEventSource(List.of(Fixtures.file(name)), 0, 1));
            assertEquals(1, events.size(), name + ": only the IngestFile event");
            assertEquals(2, events.get(0).ingestFile.recordsRead, name);
            assertEquals(0, events.get(0).ingestFile.barsRead, name);
        }
    }

    @Test
    void aTruncatedFileKeepsTheBarsBeforeTheDamageAndIsAFailedRun() throws Exception {
        // The plain fixture: records start at byte 353 (v2 header), 56 bytes each. Keep record 1 and
        // 20 bytes of record 2.
        final byte[] whole = Files.readAllBytes(Fixtures.file("test_data.ohlcv-1m.dbn"));
        final Path cut = tmp.resolve("cut.dbn");
        Files.write(cut, java.util.Arrays.copyOf(whole, 353 + 56 + 20));
        final List<MarketEvent> events = drain(new DbnEventSource(List.of(cut), 0, 1));
        final List<MarketEvent> bars = events.stream().filter(e -> e.type == EventType.BAR).toList();
        assertEquals(1, bars.size());
        assertEquals(1_609_160_400_000_000_000L, bars.get(0).barOpenTimeNanos);
        final IngestFileInfo run = events.get(events.size() - 1).ingestFile;
        assertEquals(IngestFileInfo.STATUS_FAILED, run.status);
        assertEquals(IngestFileInfo.ERROR_FORMAT, run.errorCode);
        assertEquals(1, run.recordsRead);
        assertEquals(1, run.barsRead);
        assertEquals(1_609_160_400_000_000_000L, run.maxEventTime);
        assertTrue(run.errorString().contains("truncated record: header says 56 bytes but only 20 remain at byte offset 409"),
            run.errorString());
    }

    @Test
    void aTruncatedZstdFileNamesItselfAndIsAFormatFailure() throws Exception {
        final byte[] whole = Files.readAllBytes(Fixtures.file("test_data.ohlcv-1m.v2.dbn.zst"));
        final Path cut = tmp.resolve("cut.dbn.zst");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        final List<MarketEvent> events = drain(new DbnEventSource(List.of(cut), 0, 1));
        final IngestFileInfo run = events.get(events.size() - 1).ingestFile;
        assertEquals(IngestFileInfo.STATUS_FAILED, run.status);
        assertEquals(IngestFileInfo.ERROR_FORMAT, run.errorCode);
        assertTrue(run.errorString().startsWith(cut.toString()), run.errorString());
    }

    @Test
    void aStopMidFileRecordsTheFileAsInterruptedWithWhatWasEmitted() throws Exception {
        final Path a = Fixtures.file("test_data.ohlcv-1m.dbn");
        final Path b = Fixtures.file("test_data.ohlcv-1m.v3.dbn.zst");
        final DbnEventSource source = new DbnEventSource(List.of(a, b), 0, 7);
        final MarketEvent slot = new MarketEvent();
        // File a: definition, bar, bar, IngestFile; then file b: its first bar (the instrument is known).
        for (int i = 0; i < 5; i++) {
            slot.clear();
            assertEquals(EventSource.FILLED, source.poll(slot));
        }
        assertEquals(EventType.BAR, slot.type);
        slot.clear();
        assertEquals(EventSource.FILLED, source.pollOnStop(slot));
        assertEquals(EventType.INGEST_FILE, slot.type);
        final IngestFileInfo run = slot.ingestFile;
        assertEquals(IngestFileInfo.STATUS_INTERRUPTED, run.status);
        assertEquals(8, run.ingestRunId);
        assertEquals(1, run.fileIndex);
        assertEquals(1, run.recordsRead);
        assertEquals(1, run.barsRead);
        assertEquals(1_609_160_400_000_000_000L, run.minEventTime);
        assertTrue(run.errorString().contains("interrupted"), run.errorString());
        slot.clear();
        assertEquals(EventSource.END, source.pollOnStop(slot));
        source.close();
    }

    @Test
    void aStopAfterTheLastFileAddsNothingAndOneBeforeTheEndOfFileWasSeenIsAnInterruption() throws Exception {
        final DbnEventSource done = new DbnEventSource(List.of(Fixtures.file("test_data.ohlcv-1m.dbn")), 0, 1);
        drain(done);
        assertEquals(EventSource.END, done.pollOnStop(new MarketEvent()));
        // Stopped after the last bar but before the decoder saw the end of the file: not known to be complete.
        final DbnEventSource source = new DbnEventSource(List.of(Fixtures.file("test_data.ohlcv-1m.dbn")), 0, 1);
        final MarketEvent slot = new MarketEvent();
        for (int i = 0; i < 3; i++) {
            slot.clear();
            source.poll(slot);
        }
        slot.clear();
        assertEquals(EventSource.FILLED, source.pollOnStop(slot));
        assertEquals(IngestFileInfo.STATUS_INTERRUPTED, slot.ingestFile.status,
            "the decoder had not yet seen the end of the file");
        assertEquals(2, slot.ingestFile.barsRead);
        slot.clear();
        assertEquals(EventSource.END, source.pollOnStop(slot));
    }
}
