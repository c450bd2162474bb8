package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeiq.event.InstrumentSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Upstox master subset against its README: counts, lots, expiries, strikes, and the 15:30 IST expiry instant. */
class UpstoxInstrumentMasterTest {
    private static UpstoxInstrumentMaster loaded;

    /**
     * The master, parsed once. Located inside each test, so a missing ../shared skips every test with the
     * marker; a skip in a static initialiser or {@code @BeforeAll} leaves no test in the Surefire report.
     */
    private static UpstoxInstrumentMaster master() {
        final Path file = ChainTestData.path("upstox/instruments.json");
        if (loaded == null) {
            loaded = UpstoxInstrumentMaster.load(file);
        }
        return loaded;
    }

    @Test
    void countsAndTermsPerUnderlying() {
        final UpstoxInstrumentMaster master = master();
        assertEquals(2550, master.instruments().size());
        assertEquals(0, master.skipped());
        assertEquals("2026-02-25T08:16:25.449916+00:00", master.timestamp());
        assertEquals(List.of("BANKNIFTY", "NIFTY"), master.underlyings());

        final UnderlyingTerms nifty = master.terms("NIFTY");
        assertEquals(791, nifty.calls());
        assertEquals(817, nifty.puts());
        assertEquals(65, nifty.lotSize());
        assertEquals(0.05, nifty.tickSize());
        assertEquals(50.0, nifty.strikeStep());
        assertEquals("NSE_INDEX|Nifty 50", nifty.underlyingKey());
        assertEquals(18, nifty.expiries().size());
        assertEquals(LocalDate.of(2026, 2, 24), nifty.expiries().get(0));
        assertEquals(LocalDate.of(2030, 12, 31), nifty.expiries().get(17));
        assertEquals(122, nifty.strikes().size());
        assertEquals(12_000.0, nifty.strikes().get(0));
        assertEquals(34_500.0, nifty.strikes().get(121));

        final UnderlyingTerms bank = master.terms("BANKNIFTY");
        assertEquals(471, bank.calls());
        assertEquals(471, bank.puts());
        assertEquals(30, bank.lotSize());
        assertEquals(100.0, bank.strikeStep());
        assertEquals("NSE_INDEX|Nifty Bank", bank.underlyingKey());
        assertEquals(6, bank.expiries().size());
        assertEquals(LocalDate.of(2026, 2, 24), bank.expiries().get(0));
        assertEquals(LocalDate.of(2026, 12, 29), bank.expiries().get(5));
        assertEquals(146, bank.strikes().size());
        assertEquals(46_500.0, bank.strikes().get(0));
        assertEquals(69_000.0, bank.strikes().get(145));
    }

    @Test
    void expiryIsTheNse1530InstantNotTheMastersEndOfDay() {
        final UpstoxInstrumentMaster master = master();
        final UpstoxInstrument first = master.byKey("NSE_FO|50973");
        assertEquals("NIFTY 27000 CE 30 JUN 26", first.tradingSymbol());
        assertEquals("50973", first.exchangeToken());
        assertEquals(InstrumentSpec.RIGHT_CALL, first.right());
        assertEquals(27_000.0, first.strike());
        assertEquals(LocalDate.of(2026, 6, 30), first.expiryDate());
        // master: 1782844199000 ms = 2026-06-30T23:59:59+05:30; NSE expiry: 15:30 IST = 10:00 UTC
        assertEquals(Instant.ofEpochMilli(1_782_844_199_000L), Instant.parse("2026-06-30T18:29:59Z"));
        assertEquals(Instant.parse("2026-06-30T10:00:00Z").getEpochSecond() * 1_000_000_000L, first.expiryNanos());
        assertEquals(1_782_844_199_000L * 1_000_000L - (8L * 3600 + 29 * 60 + 59) * 1_000_000_000L, first.expiryNanos());
        assertEquals(65, first.lotSize());
        for (final UpstoxInstrument i : master.instruments()) {
            assertEquals(ExpiryChain.expiryInstant(i.expiryDate()), i.expiryNanos(), i.instrumentKey());
        }
    }
}
