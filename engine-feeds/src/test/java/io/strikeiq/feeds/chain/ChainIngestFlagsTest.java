package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.MarketEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-file flag counts of a chain replay (missing OI, missing bid/ask, stale pre-open snapshots,
 * expiry-day legs) against counts taken from the files' own text and the folder READMEs.
 */
class ChainIngestFlagsTest {

    private static List<ChainIngestRecord> replay(final List<Path> files, final ContractTerms terms) {
        final ChainFileSource source = new ChainFileSource(files, terms, 0);
        final MarketEvent slot = new MarketEvent();
        while (true) {
            slot.clear();
            if (source.poll(slot) != EventSource.FILLED) {
                return source.records();
            }
        }
    }

    private static long sum(final List<ChainIngestRecord> records, final int flag) {
        return records.stream().mapToLong(r -> r.flagged(flag)).sum();
    }

    @Test
    void legacyCsvMissingOiAndStaleSnapshotsEqualTheFilesText() throws IOException {
        final List<Path> files = new java.util.ArrayList<>(ChainTestData.files("nse/nse_legacy_csv_2019/NIFTY", ".csv"));
        files.addAll(ChainTestData.files("nse/nse_legacy_csv_2019/BANKNIFTY", ".csv"));
        assertEquals(156, files.size()); // README
        final ContractTerms terms = new ContractTerms(null, Map.of("NIFTY", 75, "BANKNIFTY", 20), Map.of(
            "NIFTY", List.of(LocalDate.of(2019, 7, 25), LocalDate.of(2019, 8, 1)),
            "BANKNIFTY", List.of(LocalDate.of(2019, 7, 25), LocalDate.of(2019, 8, 1))));
        final List<ChainIngestRecord> records = replay(files, terms);
        // From the text: a "-" in CallOI (column 1) or PutOI (column 21) is a leg without OI; every row of a file
        // scraped before 09:15 IST (name ..._HHMM.csv) gives two stale legs; every row of a 25-Jul file two
        // expiry-day legs (25-Jul-2019 was the monthly expiry, README).
        long missingOi = 0;
        long stale = 0;
        long expiryDay = 0;
        for (final Path f : files) {
            final List<String> lines = Files.readAllLines(f);
            final String name = f.getFileName().toString();
            final int hhmm = Integer.parseInt(name.substring(name.length() - 8, name.length() - 4));
            for (final String line : lines.subList(1, lines.size())) {
                final String[] c = line.split(",", -1);
                missingOi += (c[1].equals("-") ? 1 : 0) + (c[21].equals("-") ? 1 : 0);
                stale += hhmm < 915 ? 2 : 0;
                expiryDay += name.contains("_2019-07-25_") ? 2 : 0;
            }
        }
        assertEquals(missingOi, sum(records, ChainIngestRecord.MISSING_OI));
        assertEquals(stale, sum(records, ChainIngestRecord.STALE_SNAPSHOT));
        assertEquals(expiryDay, sum(records, ChainIngestRecord.EXPIRY_DAY));
        assertTrue(stale > 0 && missingOi > 0);
        assertEquals(0, records.stream().mapToLong(r -> r.rejected(ChainIngestRecord.FRACTIONAL_CONTRACTS)).sum());
        assertTrue(records.get(0).summary().contains("missing-oi "), records.get(0).summary());
    }

    @Test
    void nseJsonExpiryDayLegsAndMissingQuotes() throws IOException {
        final Path nifty = ChainTestData.path("nse/nse_api_json/NIFTY_2022-03-24_1530.json");
        final Path bank = ChainTestData.path("nse/nse_api_json/BANKNIFTY_2022-03-28_1530.json");
        final List<ChainIngestRecord> r = replay(List.of(nifty, bank),
            new ContractTerms(null, Map.of("NIFTY", 50, "BANKNIFTY", 25), Map.of()));
        // README: NIFTY 2022-03-24 is its nearest expiry's last day, 100 strikes listed on both sides.
        assertEquals(200, r.get(0).flagged(ChainIngestRecord.EXPIRY_DAY));
        assertEquals(0, r.get(1).flagged(ChainIngestRecord.EXPIRY_DAY), "28-Mar is 3 days before the 31-Mar expiry");
        assertEquals(0, r.get(0).flagged(ChainIngestRecord.STALE_SNAPSHOT), "15:30 is in session");
        // Missing bid / ask = legs whose "bidprice" / "askPrice" is 0 (NSE's "none"), counted on the text.
        // Only records.data is replayed: the text before "filtered".
        final String all = Files.readString(bank);
        final String text = all.substring(0, all.indexOf("\"filtered\""));
        assertEquals(count(text, "bidprice"), r.get(1).flagged(ChainIngestRecord.MISSING_BID));
        assertEquals(count(text, "askPrice"), r.get(1).flagged(ChainIngestRecord.MISSING_ASK));
        assertTrue(r.get(1).flagged(ChainIngestRecord.MISSING_BID) > 0);
        assertEquals(58, r.get(0).rejected(ChainIngestRecord.FRACTIONAL_CONTRACTS));
    }

    /** Occurrences of {@code "field": 0} followed by a comma or a closing brace. */
    private static long count(final String text, final String field) {
        final java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":\\s*0\\s*[,}]").matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
