package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four Groww BANKNIFTY days against their README, and against NSE's own chain of 28-Mar-2022. */
class GrowwChainLoaderTest {
    static final LocalDate EXPIRY = LocalDate.of(2022, 3, 31);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2022-03-28,33500,37500", "2022-03-29,34000,38000", "2022-03-30,34000,38000", "2022-03-31,34500,38500"})
    void seventySevenPollsOfFortyOneStrikes(final String day, final double low, final double high) {
        final List<ChainSnapshot> polls = GrowwChainLoader.load(
            ChainTestData.path("nse/groww_banknifty_2022/BANKNIFTY_groww_" + day + ".json"), "BANKNIFTY", EXPIRY);
        assertEquals(77, polls.size());
        // Polls land a second or two after each 5-minute mark: 03:40 UTC (09:10 IST) to 10:00 UTC (15:30 IST).
        assertEquals(Instant.parse(day + "T03:40:00Z"), polls.get(0).time().truncatedTo(ChronoUnit.MINUTES));
        assertEquals(Instant.parse(day + "T10:00:00Z"), polls.get(76).time().truncatedTo(ChronoUnit.MINUTES));
        for (final ChainSnapshot s : polls) {
            final ExpiryChain e = s.nearest();
            assertEquals(EXPIRY, e.expiryDate());
            assertEquals(41, e.strikes().size());
            assertEquals(41, e.callCount());
            assertEquals(41, e.putCount());
            assertEquals(low, e.strikes().get(0).strike());
            assertEquals(high, e.strikes().get(40).strike());
            assertEquals(QuantityUnit.SHARES, s.oiUnit());
            assertTrue(!s.hasUnderlyingValue());
            for (final StrikeRow r : e.strikes()) {
                assertEquals(r.call().openInterest() % 25, 0.0, "OI in shares, lot 25");
                assertTrue(!r.call().has(OptionQuote.VOLUME) && !r.call().has(OptionQuote.IV));
            }
        }
    }

    @Test
    void closingPollHasNsesLastPrices() {
        final List<ChainSnapshot> polls = GrowwChainLoader.load(
            ChainTestData.path("nse/groww_banknifty_2022/BANKNIFTY_groww_2022-03-28.json"), "BANKNIFTY", EXPIRY);
        final ExpiryChain groww = polls.get(polls.size() - 1).nearest();
        final ExpiryChain nse = NseOptionChainJsonLoader.load(
            ChainTestData.path("nse/nse_api_json/BANKNIFTY_2022-03-28_1530.json")).expiry(EXPIRY);
        for (final double k : new double[] {35000, 35500, 35700, 36000, 36500}) {
            final StrikeRow g = groww.row(k);
            final StrikeRow n = nse.row(k);
            assertNotNull(g);
            assertEquals(n.call().ltp(), g.call().ltp(), "call " + k);
            assertEquals(n.put().ltp(), g.put().ltp(), "put " + k);
        }
        assertEquals(529.0, groww.row(35700).call().ltp());
        assertEquals(326.0, groww.row(35700).put().ltp());
        assertEquals(367.9, groww.row(36000).call().ltp());
        assertEquals(464.45, groww.row(36000).put().ltp());
    }

    @Test
    void everyFileLoads() {
        int polls = 0;
        for (final Path f : ChainTestData.files("nse/groww_banknifty_2022", ".json")) {
            polls += GrowwChainLoader.load(f, "BANKNIFTY", EXPIRY).size();
        }
        assertEquals(4 * 77, polls);
    }
}
