package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every NSE API JSON snapshot against the facts its folder README lists (read from the files independently). */
class NseOptionChainJsonLoaderTest {

    /** One README entry. Counts are contracts; -1 where the README gives no filtered totals. */
    record Expected(String file, String timestamp, double underlyingValue, String underlying, int expiries,
                    int rows, int calls, int puts, int strikes, double minStrike, double maxStrike,
                    long allCallOi, long allPutOi, String nearest, int nearestStrikes, long callOi, long putOi,
                    String pcr, long callVol, long putVol, boolean filtered,
                    double atm, double atmCallLtp, double atmCallIv, long atmCallOi, long atmCallChg,
                    double atmPutLtp, double atmPutIv, long atmPutOi, long atmPutChg) {
    }

    static Stream<Arguments> expected() {
        return Stream.of(
            new Expected("BANKNIFTY_2020-04-20_1530_fetchA.json", "2020-04-20T10:00:00Z", 20513.65, "BANKNIFTY", 5,
                828, 689, 634, 207, 13900, 34500, 212_786, 207_931, "2020-04-23", 201, 156_387, 146_917, "0.9394",
                3_469_757, 3_460_825, false, 20500, 509, 68.33, 6187, 2222, 569, 83.44, 7246, 3244),
            new Expected("BANKNIFTY_2020-04-20_1530_fetchB.json", "2020-04-20T10:00:00Z", 20522.65, "BANKNIFTY", 5,
                828, 689, 634, 207, 13900, 34500, 202_493, 198_024, "2020-04-23", 201, 147_318, 137_591, "0.9340",
                3_469_757, 3_460_825, false, 20500, 509, 68.33, 5826, 1861, 569, 83.44, 6801, 2799),
            new Expected("BANKNIFTY_2020-05-14_1530.json", "2020-05-14T10:00:00Z", 19068.5, "BANKNIFTY", 5,
                634, 602, 592, 194, 13900, 33200, 592_651, 343_480, "2020-05-14", 144, 425_247, 222_047, "0.5222",
                19_162_186, 14_526_889, false, 19100, 0.05, Double.NaN, 45470, 44150, 31.75, Double.NaN, 7962, 5324),
            new Expected("BANKNIFTY_2022-03-28_1530.json", "2022-03-28T10:00:00Z", 35710.5, "BANKNIFTY", 10,
                802, 772, 762, 152, 25500, 48000, 1_201_206, 958_105, "2022-03-31", 151, 1_011_453, 786_204, "0.7773",
                16_305_487, 13_321_396, true, 35700, 529, 39.42, 17566, 3794, 326, 26.77, 11645, 7611),
            new Expected("BANKNIFTY_2022-04-27_1530.json", "2022-04-27T10:00:00Z", 36028.85, "BANKNIFTY", 10,
                833, 792, 774, 151, 25500, 46500, 1_903_793, 1_355_382, "2022-04-28", 145, 1_565_745, 1_077_301, "0.6880",
                27_375_931, 25_277_419, true, 36000, 258.75, 29.57, 117129, 90366, 143.1, Double.NaN, 124979, 47829),
            new Expected("BANKNIFTY_2023-05-03_1530.json", "2023-05-03T10:00:00Z", 43312.7, "BANKNIFTY", 10,
                638, 592, 578, 109, 31500, 51000, 2_287_820, 2_483_680, "2023-05-04", 106, 1_774_855, 1_932_048, "1.0886",
                51_477_280, 50_182_768, true, 43300, 157.05, 16.39, 94152, 18696, 137.9, 16.06, 81647, 14279),
            new Expected("NIFTY_2020-04-20_1530_fetchA.json", "2020-04-20T10:00:00Z", 9266.55, "NIFTY", 5,
                640, 638, 582, 153, 6100, 13700, 351_349, 426_807, "2020-04-23", 151, 133_011, 151_387, "1.1382",
                2_076_773, 1_878_174, false, 9250, 146.5, 40.9, 1176, 652, 153, 51.18, 1280, 992),
            new Expected("NIFTY_2020-04-20_1530_fetchB.json", "2020-04-20T10:00:00Z", 9261.85, "NIFTY", 5,
                640, 638, 582, 153, 6100, 13700, 345_275, 418_596, "2020-04-23", 151, 128_770, 146_274, "1.1359",
                2_076_773, 1_878_174, false, 9250, 146.5, 40.9, 963, 439, 153, 51.18, 1110, 822),
            new Expected("NIFTY_2020-05-14_1530.json", "2020-05-14T10:00:00Z", 9142.75, "NIFTY", 5,
                531, 529, 497, 142, 6100, 13150, 689_995, 469_948, "2020-05-14", 108, 336_758, 145_149, "0.4310",
                6_392_695, 5_353_679, false, 9150, 0.05, Double.NaN, 34362, 33890, 7, Double.NaN, 9762, 7566),
            new Expected("NIFTY_2022-03-24_1530.json", "2022-03-24T10:00:00Z", 17222.75, "NIFTY", 21,
                1121, 900, 995, 153, 7500, 23000, 2_983_080, 2_729_818, "2022-03-24", 100, 1_268_612, 939_175, "0.7403",
                41_849_367, 37_201_905, true, 17200, 22.5, Double.NaN, 38380, 3193, 0.05, 1.35, 118200, 69246)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void matchesTheReadmeFacts(final Expected x) {
        final ChainSnapshot s = NseOptionChainJsonLoader.load(ChainTestData.path("nse/nse_api_json/" + x.file()));
        assertEquals(x.file(), s.file());
        assertEquals(NseOptionChainJsonLoader.FORMAT, s.format());
        assertEquals(Instant.parse(x.timestamp()), s.time(), "15:30 IST is 10:00 UTC");
        assertEquals(x.underlyingValue(), s.underlyingValue());
        assertEquals(x.underlying(), s.underlying());
        assertEquals(QuantityUnit.CONTRACTS, s.oiUnit());
        assertEquals(QuantityUnit.CONTRACTS, s.volumeUnit());
        assertEquals(x.expiries(), s.expiries().size());

        int rows = 0;
        int calls = 0;
        int puts = 0;
        final TreeSet<Double> strikes = new TreeSet<>();
        for (final ExpiryChain e : s.expiries()) {
            rows += e.strikes().size();
            calls += e.callCount();
            puts += e.putCount();
            e.strikes().forEach(r -> strikes.add(r.strike()));
            assertEquals(0, e.legsMissingOi(), "NSE reports OI on every leg");
        }
        assertEquals(x.rows(), rows);
        assertEquals(x.calls(), calls);
        assertEquals(x.puts(), puts);
        assertEquals(x.strikes(), strikes.size());
        assertEquals(x.minStrike(), strikes.first());
        assertEquals(x.maxStrike(), strikes.last());
        assertEquals((double) x.allCallOi(), s.callOi());
        assertEquals((double) x.allPutOi(), s.putOi());

        final ExpiryChain near = s.nearest();
        assertEquals(LocalDate.parse(x.nearest()), near.expiryDate());
        assertEquals(Instant.parse(x.nearest() + "T10:00:00Z").getEpochSecond() * 1_000_000_000L, near.expiryNanos());
        assertEquals(x.nearestStrikes(), near.strikes().size());
        assertEquals((double) x.callOi(), near.callOi());
        assertEquals((double) x.putOi(), near.putOi());
        assertEquals(x.pcr(), String.format("%.4f", near.pcrOi()));
        assertEquals((double) x.callVol(), near.callVolume());
        assertEquals((double) x.putVol(), near.putVolume());

        if (x.filtered()) {
            final ExchangeTotals nse = s.exchangeTotals();
            assertNotNull(nse);
            // Our sums over records.data equal NSE's own filtered totals exactly.
            assertEquals(near.expiryDate(), nse.expiry());
            assertEquals(nse.callOi(), near.callOi());
            assertEquals(nse.putOi(), near.putOi());
            assertEquals(nse.callVolume(), near.callVolume());
            assertEquals(nse.putVolume(), near.putVolume());
            assertEquals(nse.pcrOi(), near.pcrOi());
        } else {
            assertNull(s.exchangeTotals());
        }

        final StrikeRow atm = near.row(x.atm());
        assertNotNull(atm);
        assertLeg(atm.call(), x.atmCallLtp(), x.atmCallIv(), x.atmCallOi(), x.atmCallChg());
        assertLeg(atm.put(), x.atmPutLtp(), x.atmPutIv(), x.atmPutOi(), x.atmPutChg());
    }

    private static void assertLeg(final OptionQuote q, final double ltp, final double ivPercent, final long oi,
                                  final long chg) {
        assertEquals(ltp, q.ltp());
        if (Double.isNaN(ivPercent)) {
            assertTrue(Double.isNaN(q.impliedVol()), "NSE's IV 0 loads as absent");
            assertTrue(!q.has(OptionQuote.IV));
        } else {
            assertEquals(ivPercent / 100.0, q.impliedVol(), 1e-15);
        }
        assertEquals((double) oi, q.openInterest());
        assertEquals((double) chg, q.changeInOi());
    }

    @Test
    void quotesKeepBidAskAndMarkMissingSides() {
        final ChainSnapshot s = NseOptionChainJsonLoader.load(
            ChainTestData.path("nse/nse_api_json/BANKNIFTY_2020-04-20_1530_fetchA.json"));
        final OptionQuote call = s.nearest().row(20500).call();
        assertEquals(502, call.bid());
        assertEquals(100.0, call.bidQty());
        assertEquals(510, call.ask());
        assertEquals(40.0, call.askQty());
        assertTrue(call.has(OptionQuote.ALL));

        // README: NIFTY 2020-05-14 ATM call quoted "bid 0/0 ask 0.05/28800": the zero bid is absent, not 0.
        final OptionQuote expiring = NseOptionChainJsonLoader.load(
            ChainTestData.path("nse/nse_api_json/NIFTY_2020-05-14_1530.json")).nearest().row(9150).call();
        assertTrue(Double.isNaN(expiring.bid()));
        assertTrue(Double.isNaN(expiring.bidQty()));
        assertTrue(!expiring.has(OptionQuote.BID));
        assertEquals(0.05, expiring.ask());
        assertEquals(28800.0, expiring.askQty());
    }

    @Test
    void fractionalOpenInterestIsKeptExactly() {
        final ChainSnapshot s = NseOptionChainJsonLoader.load(ChainTestData.path("nse/nse_api_json/NIFTY_2022-03-24_1530.json"));
        final OptionQuote q = s.expiry(LocalDate.of(2023, 6, 29)).row(8500).call();
        assertEquals(319.5, q.openInterest());
    }

    @Test
    void twoFetchesOfOneDayDifferOnlyInOiAndUnderlying() {
        final ChainSnapshot a = NseOptionChainJsonLoader.load(
            ChainTestData.path("nse/nse_api_json/NIFTY_2020-04-20_1530_fetchA.json"));
        final ChainSnapshot b = NseOptionChainJsonLoader.load(
            ChainTestData.path("nse/nse_api_json/NIFTY_2020-04-20_1530_fetchB.json"));
        int sameLtp = 0;
        int tradedOnlyInB = 0;
        for (int e = 0; e < a.expiries().size(); e++) {
            final ExpiryChain ea = a.expiries().get(e);
            final ExpiryChain eb = b.expiries().get(e);
            assertEquals(ea.strikes().size(), eb.strikes().size());
            for (int i = 0; i < ea.strikes().size(); i++) {
                final StrikeRow ra = ea.strikes().get(i);
                final StrikeRow rb = eb.strikes().get(i);
                assertEquals(ra.strike(), rb.strike());
                for (int side = 0; side < 2; side++) {
                    final OptionQuote qa = side == 0 ? ra.call() : ra.put();
                    final OptionQuote qb = side == 0 ? rb.call() : rb.put();
                    if (qa == null) {
                        continue;
                    }
                    if (qa.has(OptionQuote.LTP)) {
                        assertEquals(qa.ltp(), qb.ltp());
                        assertEquals(qa.impliedVol(), qb.impliedVol());
                        assertEquals(qa.volume(), qb.volume());
                        sameLtp++;
                    } else if (qb.has(OptionQuote.LTP)) {
                        tradedOnlyInB++; // fetchA shows lastPrice 0 ("none"), the later fetchB a price
                    }
                }
            }
        }
        assertEquals(328, sameLtp);
        assertEquals(49, tradedOnlyInB);
        assertTrue(a.callOi() != b.callOi(), "NSE revised OI after hours");
    }
}
