package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.feeds.dbn.IngestRun;
import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.OutputJournalReader;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option-chain files through {@code ./strikeiq run --feed chain:...}: the chain engines' OI totals and
 * PCR equal NSE's own printed totals ({@code filtered.CE/PE.totOI}) read from the file by a regular
 * expression here; the definitions journaled equal the distinct legs counted from the files'
 * {@code identifier}s; replay + verify reproduce the output; a truncated file fails with one line and
 * exit 1 while the others run; a missing lot size is named; an Upstox REST response (a fixture written
 * for this test, with its own small instrument master) resolves lot size and expiry from the master.
 */
class ChainRunCommandTest {
    private static final Pattern IDENTIFIER = Pattern.compile("\"identifier\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTALS = Pattern.compile(
        "\"CE\"\\s*:\\s*\\{\\s*\"totOI\"\\s*:\\s*(\\d+)\\s*,\\s*\"totVol\"\\s*:\\s*(\\d+)\\s*}\\s*,\\s*"
            + "\"PE\"\\s*:\\s*\\{\\s*\"totOI\"\\s*:\\s*(\\d+)\\s*,\\s*\"totVol\"\\s*:\\s*(\\d+)\\s*}");
    private static final Path UPSTOX = Path.of("engine-feeds/src/test/resources/chain").toAbsolutePath(); // beside the loader tests

    @TempDir
    Path tmp;

    @Test
    void nseJsonTotalsEqualNseOwnTotalsAndReplayVerifies() throws IOException {
        final Path bn22 = SharedData.path("nse/nse_api_json/BANKNIFTY_2022-03-28_1530.json");
        final Path bn23 = SharedData.path("nse/nse_api_json/BANKNIFTY_2023-05-03_1530.json");
        final Path nifty = SharedData.path("nse/nse_api_json/NIFTY_2022-03-24_1530.json");
        final Path dir = tmp.resolve("live");
        // Given newest first: the feed orders snapshots by their own timestamps, not by argument order.
        final CliRunner r = CliRunner.run("run", "--feed", "chain:" + bn23 + "," + nifty + "," + bn22, "--journal",
            dir.toString(), "--lot-size", "BANKNIFTY=25", "--lot-size", "NIFTY=50");
        assertEquals(0, r.exitCode, r.toString());

        assertNseTotals(r.out, "BANKNIFTY", "2022-03-31", bn22);
        assertNseTotals(r.out, "BANKNIFTY", "2023-05-04", bn23);
        assertNseTotals(r.out, "NIFTY", "2022-03-24", nifty);

        // Definitions: each underlying once, each distinct leg once, whichever file lists it again.
        final Set<String> bankLegs = identifiers(bn22);
        bankLegs.addAll(identifiers(bn23));
        final int expectedDefinitions = 2 + bankLegs.size() + identifiers(nifty).size();
        final long[] counts = new long[3];
        final long[] last = {Long.MIN_VALUE};
        forEachInput(dir, e -> {
            counts[0] += e.type == EventType.INSTRUMENT_DEFINITION ? 1 : 0;
            counts[1] += e.type == EventType.INGEST_FILE ? 1 : 0;
            counts[2] += e.eventTimeNanos < last[0] ? 1 : 0;
            last[0] = e.eventTimeNanos;
        });
        assertEquals(expectedDefinitions, counts[0]);
        assertEquals(3, counts[1]);
        assertEquals(0, counts[2], "event time never goes back");
        assertTrue(r.out.contains("OK     BANKNIFTY_2022-03-28_1530.json"), r.out);
        assertTrue(r.out.contains("nse-api-json BANKNIFTY  snapshots 1  legs 1,534"), r.out); // 772 CE + 762 PE (README)

        final List<IngestRun> runs = ingestRuns(dir);
        assertEquals(3, runs.size());
        for (final IngestRun run : runs) {
            assertTrue(run.ok(), run.summary());
            assertEquals("nse-api-json", run.dataset());
        }

        final Path replay = tmp.resolve("replay");
        assertEquals(0, CliRunner.run("replay", "--input", dir.toString(), "--out", replay.toString()).exitCode);
        final CliRunner v = CliRunner.run("verify", dir.toString(), replay.toString());
        assertEquals(0, v.exitCode, v.toString());
        assertEquals(3, ingestRuns(replay).size(), "the replay rebuilt the IngestRun records");
    }

    @Test
    void aTruncatedFileFailsWithOneLineAndTheOthersStillRun() throws IOException {
        final Path good = SharedData.path("nse/nse_api_json/BANKNIFTY_2022-03-28_1530.json");
        final byte[] whole = Files.readAllBytes(SharedData.path("nse/nse_api_json/NIFTY_2020-05-14_1530.json"));
        final Path cut = tmp.resolve("NIFTY_cut.json");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        final CliRunner r = CliRunner.run("run", "--feed", "chain:" + cut + "," + good, "--journal",
            tmp.resolve("j").toString(), "--lot-size", "BANKNIFTY=25", "--lot-size", "NIFTY=75");
        assertEquals(1, r.exitCode, r.toString());
        final List<String> errors = r.err.lines().filter(l -> l.startsWith("strikeiq run: NIFTY_cut.json")).toList();
        assertEquals(1, errors.size(), r.err);
        assertTrue(errors.get(0).contains("truncated file?") && errors.get(0).contains("records.data["), errors.get(0));
        assertTrue(r.err.contains("1 of 2 chain files not ingested completely: NIFTY_cut.json FAILED"), r.err);
        assertTrue(r.out.contains("FAILED NIFTY_cut.json"), r.out);
        assertNseTotals(r.out, "BANKNIFTY", "2022-03-31", good);
        final List<IngestRun> runs = ingestRuns(tmp.resolve("j"));
        assertEquals(2, runs.size());
        assertEquals(IngestFileInfo.STATUS_FAILED, runs.stream().filter(x -> x.fileName().equals("NIFTY_cut.json"))
            .findFirst().orElseThrow().status());
    }

    @Test
    void aFolderIsItsDataFilesAndAStoppedRunRecordsInterrupted() {
        // The Groww folder holds four .json days and a README.md: the folder contributes the four only.
        final Path folder = SharedData.path("nse/groww_banknifty_2022");
        final Path dir = tmp.resolve("g");
        final CliRunner r = CliRunner.run("run", "--feed", "chain:" + folder, "--journal", dir.toString(), "--events", "500",
            "--lot-size", "BANKNIFTY=25", "--expiry", "BANKNIFTY=2022-03-31");
        assertEquals(1, r.exitCode, r.toString());
        assertEquals(4, r.out.lines().filter(l -> l.startsWith("  INTERRUPTED BANKNIFTY_groww_2022-03-")).count(), r.out);
        assertTrue(r.err.contains("4 of 4 chain files not ingested completely"), r.err);
        final List<IngestRun> runs = ingestRuns(dir);
        assertEquals(4, runs.size());
        for (final IngestRun run : runs) {
            assertEquals(IngestFileInfo.STATUS_INTERRUPTED, run.status(), run.summary());
        }
        final Path replay = tmp.resolve("gr");
        assertEquals(0, CliRunner.run("replay", "--input", dir.toString(), "--out", replay.toString()).exitCode);
        assertEquals(0, CliRunner.run("verify", dir.toString(), replay.toString()).exitCode);
    }

    @Test
    void chainFlagsAreUsageErrorsWhereTheyDoNotApply() {
        final CliRunner pace = CliRunner.run("run", "--feed", "chain:x.json", "--journal", tmp.resolve("a").toString(),
            "--pace", "10x");
        assertEquals(2, pace.exitCode, pace.toString());
        assertTrue(pace.err.contains("--pace applies to dbn: feeds"), pace.err);
        final CliRunner master = CliRunner.run("run", "--feed", "synthetic", "--journal", tmp.resolve("b").toString(),
            "--instruments", "m.json");
        assertEquals(2, master.exitCode, master.toString());
        assertTrue(master.err.contains("apply to chain: feeds only"), master.err);
        final CliRunner lot = CliRunner.run("run", "--feed", "chain:" + UPSTOX.resolve("NIFTY_2026-02-27_1530.json"),
            "--journal", tmp.resolve("c").toString(), "--lot-size", "NIFTY");
        assertEquals(1, lot.exitCode, lot.toString());
        assertTrue(lot.err.contains("--lot-size must be UNDERLYING=VALUE"), lot.err);
    }

    @Test
    void aMissingLotSizeIsNamed() {
        final Path f = SharedData.path("nse/nse_api_json/BANKNIFTY_2022-03-28_1530.json");
        final CliRunner r = CliRunner.run("run", "--feed", "chain:" + f, "--journal", tmp.resolve("j").toString());
        assertEquals(1, r.exitCode, r.toString());
        assertTrue(r.err.contains("BANKNIFTY_2022-03-28_1530.json: lot size of BANKNIFTY 27000 CE 31 MAR 22: missing:"
            + " nse-api-json files do not carry it and no --instruments master was given;"
            + " give --instruments FILE or --lot-size BANKNIFTY=N"), r.err);
    }

    @Test
    void upstoxResponseTakesLotAndExpiryFromTheMaster() {
        // Fixture (ours): 3 strikes of NIFTY 2026-03-03 with keys listed in the small master, lot 65.
        // OI in the response is a quantity: 650 / 65 = 10 ... so the chain's OI in contracts is known by hand.
        final Path chain = UPSTOX.resolve("NIFTY_2026-02-27_1530.json");
        final CliRunner r = CliRunner.run("run", "--feed", "chain:" + chain, "--journal", tmp.resolve("u").toString(),
            "--instruments", UPSTOX.resolve("instruments-small.json").toString());
        assertEquals(0, r.exitCode, r.toString());
        // calls 650+1300+1950 = 3900 / 65 = 60 contracts; puts 3250+1950+650 = 5850 / 65 = 90.
        assertTrue(r.out.contains("NIFTY          expiry 2026-03-03 15:30 IST: PCR(OI) 1.5000"), r.out);
        assertTrue(r.out.contains("call OI 60  put OI 90"), r.out);
        assertTrue(r.out.contains("OK     NIFTY_2026-02-27_1530.json"), r.out);
        assertTrue(r.out.contains("upstox-rest-json NIFTY  snapshots 1  legs 6  defined 7  ticks 6"), r.out);
        final List<long[]> defs = new ArrayList<>();
        forEachInput(tmp.resolve("u"), e -> {
            if (e.type == EventType.INSTRUMENT_DEFINITION && e.instrument.kind == io.strikeiq.event.InstrumentSpec.KIND_OPTION) {
                defs.add(new long[] {e.instrument.lotSize, e.instrument.expiryNanos});
            }
        });
        assertEquals(6, defs.size());
        for (final long[] d : defs) {
            assertEquals(65, d[0]);
            // 2026-03-03 15:30 IST = 10:00 UTC
            assertEquals(java.time.Instant.parse("2026-03-03T10:00:00Z").getEpochSecond() * 1_000_000_000L, d[1]);
        }
    }

    private static void assertNseTotals(final String out, final String underlying, final String expiry, final Path file)
        throws IOException {
        final Matcher m = TOTALS.matcher(Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(m.find(), "NSE's filtered totals in " + file);
        final long callOi = Long.parseLong(m.group(1));
        final long putOi = Long.parseLong(m.group(3));
        final String line = String.format(Locale.ROOT, "%-14s expiry %s 15:30 IST: PCR(OI) %.4f", underlying, expiry,
            (double) putOi / callOi);
        final String oi = String.format(Locale.ROOT, "call OI %,d  put OI %,d", callOi, putOi);
        assertTrue(out.lines().anyMatch(l -> l.contains(line) && l.contains(oi)), line + " ... " + oi + " in\n" + out);
    }

    private static Set<String> identifiers(final Path file) throws IOException {
        final Set<String> ids = new HashSet<>();
        final Matcher m = IDENTIFIER.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static void forEachInput(final Path dir, final java.util.function.Consumer<MarketEvent> visit) {
        try (InputJournalReader in = InputJournalReader.open(dir)) {
            final MarketEvent e = new MarketEvent();
            while (true) {
                e.clear();
                if (in.poll(e) != EventSource.FILLED) {
                    break;
                }
                visit.accept(e);
            }
        }
    }

    private static List<IngestRun> ingestRuns(final Path dir) {
        final List<IngestRun> runs = new ArrayList<>();
        final IngestRunDecoder d = new IngestRunDecoder();
        final MessageHeaderDecoder h = new MessageHeaderDecoder();
        try (OutputJournalReader out = OutputJournalReader.openRecords(dir)) {
            while (out.next()) {
                if (out.templateId() == IngestRunDecoder.TEMPLATE_ID) {
                    runs.add(IngestRun.from(d.wrapAndApplyHeader(out.buffer(), 0, h)));
                }
            }
        }
        return runs;
    }
}
