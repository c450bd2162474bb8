package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Upstox REST option-chain response (our fixture; values by hand in its README). */
class UpstoxOptionChainLoaderTest {
    private static final Path FIXTURE = ChainFileSourceTest.resource("NIFTY_2026-02-27_1530.json");

    private static String fixture() throws IOException {
        return Files.readString(FIXTURE, StandardCharsets.UTF_8);
    }

    @Test
    void loadsTheResponseWithQuantitiesPercentIvAndTheFileNamesTime() throws IOException {
        final UpstoxOptionChainLoader.Response r = UpstoxOptionChainLoader.parse(fixture(), "NIFTY_2026-02-27_1530.json",
            k -> k.equals("NSE_INDEX|Nifty 50") ? "NIFTY" : null);
        final ChainSnapshot s = r.snapshot();
        assertEquals("NIFTY", s.underlying());
        assertEquals("NSE_INDEX|Nifty 50", r.underlyingKey());
        assertEquals(Instant.parse("2026-02-27T10:00:00Z"), s.time()); // 15:30 IST
        assertEquals(25040.5, s.underlyingValue());
        assertEquals(QuantityUnit.SHARES, s.oiUnit());
        assertEquals(QuantityUnit.SHARES, s.volumeUnit());
        final ExpiryChain e = s.expiry(LocalDate.of(2026, 3, 3));
        assertEquals(3, e.strikes().size());
        assertEquals(650 + 1300 + 1950, e.callOi());
        assertEquals(3250 + 1950 + 650, e.putOi());
        final OptionQuote c = e.row(25000).call();
        assertEquals(0.135, c.impliedVol(), 1e-12);
        assertEquals(160.0, c.ltp());
        assertEquals(65, c.changeInOi()); // oi 650 - prev_oi 585
        assertTrue(!e.row(25100).call().has(OptionQuote.BID), "bid_price 0 is no bid");
        assertEquals("NSE_FO|60001", r.instrumentKey(LocalDate.of(2026, 3, 3), 25000, true));
        assertEquals("NSE_FO|60006", r.instrumentKey(LocalDate.of(2026, 3, 3), 25100, false));
    }

    @Test
    void aNameWithoutTheFetchTimeIsRejectedSayingWhatIsMissing() throws IOException {
        final ChainFormatException e = assertThrows(ChainFormatException.class,
            () -> UpstoxOptionChainLoader.parse(fixture(), "chain.json", k -> "NIFTY"));
        assertEquals("(file name)", e.field());
        assertTrue(e.problem().contains("carries no time of its own"), e.problem());
    }

    @Test
    void badValuesNameTheJsonPath() throws IOException {
        final String negative = fixture().replaceFirst("\"oi\": 650", "\"oi\": -650");
        final ChainFormatException e = assertThrows(ChainFormatException.class,
            () -> UpstoxOptionChainLoader.parse(negative, "N_2026-02-27_1530.json", k -> "NIFTY"));
        assertEquals("data[0]{strike 25000, expiry 2026-03-03}.call_options.market_data.oi", e.field());
        final ChainFormatException unknown = assertThrows(ChainFormatException.class,
            () -> UpstoxOptionChainLoader.parse(fixture(), "N_2026-02-27_1530.json", k -> null));
        assertTrue(unknown.problem().contains("--instruments"), unknown.problem());
        final ChainFormatException failed = assertThrows(ChainFormatException.class,
            () -> UpstoxOptionChainLoader.parse("{\"status\":\"error\",\"data\":[]}", "N_2026-02-27_1530.json", k -> "NIFTY"));
        assertEquals("status", failed.field());
    }
}
