package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Chain files merged into one event stream: ids stable across files, change-only ticks, per-file records. */
class ChainFileSourceTest {
    private static final Pattern GROWW = Pattern.compile("\"strike\"\\s*:\\s*\"([^\"]+)\"");

    /** Counts per event type, and the INGEST_FILE records, of a whole replay. */
    private static Map<Byte, Integer> drain(final ChainFileSource source, final List<IngestFileInfo> records) {
        final Map<Byte, Integer> counts = new HashMap<>();
        final MarketEvent slot = new MarketEvent();
        long last = Long.MIN_VALUE;
        while (true) {
            slot.clear();
            if (source.poll(slot) != EventSource.FILLED) {
                return counts;
            }
            assertTrue(slot.eventTimeNanos >= last, "event time never goes back");
            last = slot.eventTimeNanos;
            counts.merge(slot.type, 1, Integer::sum);
            if (slot.type == EventType.INGEST_FILE) {
                final IngestFileInfo f = new IngestFileInfo();
                f.copyFrom(slot.ingestFile);
                records.add(f);
            }
        }
    }

    @Test
    void growwDaysDefineEachContractOnceAndTickOnlyChanges() throws IOException {
        final List<Path> days = ChainTestData.files("nse/groww_banknifty_2022", ".json");
        assertEquals(4, days.size());
        // Independent count: distinct "<strike>CE|PE" over the four days (README: strikes 33500..38500 by 100).
        final Set<String> contracts = new HashSet<>();
        for (final Path d : days) {
            final Matcher m = GROWW.matcher(Files.readString(d, StandardCharsets.UTF_8));
            while (m.find()) {
                contracts.add(m.group(1));
            }
        }
        assertEquals(51 * 2, contracts.size());
        final ContractTerms terms = new ContractTerms(null, Map.of("BANKNIFTY", 25),
            Map.of("BANKNIFTY", List.of(LocalDate.of(2022, 3, 31))));
        final ChainFileSource source = new ChainFileSource(List.of(days.get(3), days.get(0), days.get(2), days.get(1)), terms, 100);
        final List<IngestFileInfo> records = new java.util.ArrayList<>();
        final Map<Byte, Integer> counts = drain(source, records);
        assertEquals(1 + contracts.size(), (int) counts.get(EventType.INSTRUMENT_DEFINITION));
        assertEquals(4, (int) counts.get(EventType.SESSION), "one session open per IST day");
        assertEquals(4, records.size());
        long legs = 0;
        long ticks = 0;
        long unchanged = 0;
        for (final ChainIngestRecord r : source.records()) {
            assertTrue(r.ok(), r.summary());
            assertEquals(77, r.snapshots());
            assertEquals(6314, r.legs()); // README: 6,314 records per day
            legs += r.legs();
            ticks += r.ticks();
            unchanged += r.unchanged();
        }
        assertEquals(legs, ticks + unchanged, "every leg either ticked or repeated its previous values");
        assertEquals(ticks, (long) counts.get(EventType.OPTION_TICK));
        assertTrue(unchanged > 0);
        // Records come in time order of each file's last snapshot; run ids are base + argument position.
        assertEquals(101, records.get(0).ingestRunId); // days.get(0), the earliest
        assertEquals("groww-json", IngestFileInfo.text(records.get(0).dataset));
        assertEquals("BANKNIFTY", IngestFileInfo.text(records.get(0).schema));
    }

    @Test
    void twoDownloadsOfOneSnapshotTickOnlyTheRevisedLegs() throws IOException {
        final Path a = ChainTestData.path("nse/nse_api_json/NIFTY_2020-04-20_1530_fetchA.json");
        final Path b = ChainTestData.path("nse/nse_api_json/NIFTY_2020-04-20_1530_fetchB.json");
        final ChainFileSource source = new ChainFileSource(List.of(a, b), new ContractTerms(null, Map.of("NIFTY", 75), Map.of()), 0);
        final Map<Byte, Integer> counts = drain(source, new java.util.ArrayList<>());
        final ChainIngestRecord ra = source.records().get(0);
        final ChainIngestRecord rb = source.records().get(1);
        assertEquals(638 + 582, ra.legs()); // README: 638 with CE, 582 with PE
        assertEquals(638 + 582 + 1, ra.definitions());
        assertEquals(0, rb.definitions(), "the same contracts: defined once");
        assertEquals(ra.legs(), ra.ticks());
        assertEquals(rb.legs(), rb.ticks() + rb.unchanged());
        // fetchB is NSE's after-hours revision of fetchA (README: OI revised, LTP/IV/volume identical): only legs
        // whose replayed fields changed tick again. Counted independently from the files' raw leg text.
        final Map<String, String> oiA = tickFields(a);
        final Map<String, String> oiB = tickFields(b);
        long revised = 0;
        for (final Map.Entry<String, String> e : oiB.entrySet()) {
            revised += e.getValue().equals(oiA.get(e.getKey())) ? 0 : 1;
        }
        assertEquals(revised, rb.ticks());
        assertEquals(2, (int) counts.get(EventType.UNDERLYING_TICK), "9266.55 then 9261.85");
        assertEquals(1, (int) counts.get(EventType.SESSION));
    }

    @Test
    void aBadFileIsRecordedFailedFirstAndTheOthersRun(@org.junit.jupiter.api.io.TempDir final Path tmp) throws IOException {
        final Path good = ChainTestData.path("nse/nse_api_json/NIFTY_2020-05-14_1530.json");
        final Path bad = tmp.resolve("notes.json");
        Files.writeString(bad, "{\"records\": {\"timestamp\": \"14-May-2020 15:30:00\", \"expiryDates\": [], \"data\": [");
        final ChainFileSource source = new ChainFileSource(List.of(good, bad), new ContractTerms(null, Map.of("NIFTY", 75), Map.of()), 7);
        final List<IngestFileInfo> records = new java.util.ArrayList<>();
        drain(source, records);
        assertEquals(2, records.size());
        assertEquals(IngestFileInfo.STATUS_FAILED, records.get(0).status);
        assertEquals(IngestFileInfo.ERROR_FORMAT, records.get(0).errorCode);
        assertEquals(8, records.get(0).ingestRunId);
        assertTrue(records.get(0).errorString().startsWith("notes.json: records.data"), records.get(0).errorString());
        assertEquals(IngestFileInfo.STATUS_OK, records.get(1).status);
        assertEquals(529 + 497, records.get(1).recordsRead); // README: 529 with CE, 497 with PE
    }

    /** identifier -> the raw text of the replayed fields of every records.data leg (regex over the file, not the loader). */
    private static Map<String, String> tickFields(final Path file) throws IOException {
        final String t = Files.readString(file, StandardCharsets.UTF_8);
        final String records = t.substring(0, t.contains("\"filtered\"") ? t.indexOf("\"filtered\"") : t.length());
        final Matcher leg = Pattern.compile("\\{[^{}]*\"identifier\"\\s*:\\s*\"([^\"]+)\"[^{}]*}").matcher(records);
        final Map<String, String> out = new HashMap<>();
        while (leg.find()) {
            final StringBuilder fields = new StringBuilder();
            for (final String f : new String[] {"openInterest", "totalTradedVolume", "impliedVolatility", "lastPrice",
                "bidQty", "bidprice", "askQty", "askPrice"}) {
                final Matcher v = Pattern.compile("\"" + f + "\"\\s*:\\s*([-0-9.]+)").matcher(leg.group());
                fields.append(v.find() ? v.group(1) : "?").append(' ');
            }
            out.put(leg.group(1), fields.toString());
        }
        return out;
    }

    static Path resource(final String name) {
        try {
            return Path.of(ChainFileSourceTest.class.getResource("/chain/" + name).toURI());
        } catch (final java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
