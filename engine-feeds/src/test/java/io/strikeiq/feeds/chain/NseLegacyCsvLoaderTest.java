package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** All 156 CSV snapshots of the 2019 NSE option-chain page against the per-day facts of their README. */
class NseLegacyCsvLoaderTest {

    /** The expiry each file shows: 25-Jul-2019 (monthly) on 24/25 Jul, the 1-Aug weekly on 26 Jul (see the IV test). */
    static LocalDate expiryOf(final Path file) {
        return file.getFileName().toString().contains("2019-07-26") ? LocalDate.of(2019, 8, 1) : LocalDate.of(2019, 7, 25);
    }

    static List<Path> allFiles() {
        return Stream.concat(ChainTestData.files("nse/nse_legacy_csv_2019/NIFTY", ".csv").stream(),
            ChainTestData.files("nse/nse_legacy_csv_2019/BANKNIFTY", ".csv").stream()).collect(Collectors.toList());
    }

    record Day(String symbol, String date, int snapshots, String firstTime, String lastTime, int minStrikes,
               int maxStrikes, double firstVal, double lastVal, long lastCallOi, long lastPutOi, double atm,
               double callIv, double callLtp, double putIv, double putLtp) {
    }

    static Stream<Arguments> days() {
        final double na = Double.NaN;
        return Stream.of(
            new Day("NIFTY", "2019-07-24", 22, "1032", "1545", 80, 80, 11262.45, 11271.3, 29_547_675, 18_815_325,
                11250, na, 46.00, 12.81, 19.30),
            // README says 80-80; NIFTY_2019-07-25_0916.csv has 71 rows (counted with wc too).
            new Day("NIFTY", "2019-07-25", 28, "0900", "1545", 71, 80, 11271.3, 11252.15, 29_394_600, 13_274_700,
                11250, na, 0.30, na, 0.10),
            new Day("NIFTY", "2019-07-26", 28, "0900", "1545", 40, 78, 11252.15, 11284.3, 10_360_800, 9_252_975,
                11300, 9.92, 64.00, 10.63, 55.75),
            new Day("BANKNIFTY", "2019-07-24", 22, "1032", "1545", 64, 64, 28999.3, 28952.25, 8_187_920, 4_345_120,
                29000, 17.08, 81.00, na, 113.95),
            new Day("BANKNIFTY", "2019-07-25", 28, "0900", "1545", 29, 64, 28952.25, 29043.05, 8_645_640, 4_730_940,
                29000, na, 31.80, na, 0.05),
            new Day("BANKNIFTY", "2019-07-26", 28, "0900", "1545", 53, 60, 29043.05, 29325.3, 3_246_220, 3_635_320,
                29300, 12.27, 244.00, 13.52, 150.00)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void matchesTheReadmeFactsOfTheDay(final Day d) {
        final List<Path> files = ChainTestData.files("nse/nse_legacy_csv_2019/" + d.symbol(), ".csv").stream()
            .filter(p -> p.getFileName().toString().startsWith(d.symbol() + "_" + d.date() + "_"))
            .collect(Collectors.toList());
        assertEquals(d.snapshots(), files.size());
        int minStrikes = Integer.MAX_VALUE;
        int maxStrikes = 0;
        ChainSnapshot first = null;
        ChainSnapshot last = null;
        for (final Path f : files) {
            final ChainSnapshot s = NseLegacyCsvLoader.load(f, expiryOf(f));
            assertEquals(d.symbol(), s.underlying());
            assertEquals(QuantityUnit.SHARES, s.oiUnit());
            assertEquals(1, s.expiries().size());
            final int n = s.nearest().strikes().size();
            minStrikes = Math.min(minStrikes, n);
            maxStrikes = Math.max(maxStrikes, n);
            if (first == null) {
                first = s;
            }
            last = s;
        }
        assertEquals(d.minStrikes(), minStrikes);
        assertEquals(d.maxStrikes(), maxStrikes);
        final String hhmm = d.firstTime().substring(0, 2) + ":" + d.firstTime().substring(2);
        assertEquals(Instant.parse(d.date() + "T" + hhmm + ":00+05:30"), first.time());
        assertTrue(last.file().endsWith("_" + d.lastTime() + ".csv"));
        assertEquals(d.firstVal(), first.underlyingValue());
        assertEquals(d.lastVal(), last.underlyingValue());
        assertEquals((double) d.lastCallOi(), last.nearest().callOi());
        assertEquals((double) d.lastPutOi(), last.nearest().putOi());
        final StrikeRow atm = last.nearest().row(d.atm());
        assertIv(d.callIv(), atm.call());
        assertEquals(d.callLtp(), atm.call().ltp());
        assertIv(d.putIv(), atm.put());
        assertEquals(d.putLtp(), atm.put().ltp());
    }

    private static void assertIv(final double percent, final OptionQuote q) {
        if (Double.isNaN(percent)) {
            assertTrue(!q.has(OptionQuote.IV) && Double.isNaN(q.impliedVol()), "'-' loads as absent");
        } else {
            assertEquals(percent / 100.0, q.impliedVol(), 1e-15);
        }
    }

    @Test
    void everyFileLoadsAndDashesAreAbsentNeverZero() {
        final List<Path> files = allFiles();
        assertEquals(156, files.size());
        int absentOi = 0;
        for (final Path f : files) {
            final ChainSnapshot s = NseLegacyCsvLoader.load(f, expiryOf(f));
            for (final StrikeRow r : s.nearest().strikes()) {
                for (final OptionQuote q : new OptionQuote[] {r.call(), r.put()}) {
                    if (!q.has(OptionQuote.OI)) {
                        absentOi++;
                        assertTrue(Double.isNaN(q.openInterest()));
                    }
                }
            }
        }
        assertTrue(absentOi > 0, "the 2019 page shows '-' for untraded strikes");
        // First row of NIFTY 26-Jul 15:45: the call side is all '-', the put side is quoted.
        final ChainSnapshot s = NseLegacyCsvLoader.load(
            ChainTestData.path("nse/nse_legacy_csv_2019/NIFTY/NIFTY_2019-07-26_1545.csv"), LocalDate.of(2019, 8, 1));
        final StrikeRow row = s.nearest().strikes().get(0);
        assertEquals(9750.0, row.strike());
        assertEquals(OptionQuote.OI | OptionQuote.CHANGE_IN_OI | OptionQuote.VOLUME | OptionQuote.IV | OptionQuote.LTP,
            row.call().missing());
        assertEquals(1402.65, row.call().bid());
        assertEquals(4875.0, row.call().bidQty());
        assertEquals(2850.0, row.put().openInterest());
        assertEquals(0.3466, row.put().impliedVol(), 1e-15);
        assertEquals(178.0, row.put().volume());
    }
}
