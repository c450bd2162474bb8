package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots replayed as engine events into the real chain state: its OI totals equal the file's. */
class ChainSnapshotEventsTest {

    private static MarketState replay(final List<MarketEvent> events) {
        final MarketState state = new MarketState(new InstrumentRegistry());
        try (ChainSnapshotSource source = new ChainSnapshotSource(events)) {
            final MarketEvent slot = new MarketEvent();
            long sequence = 0;
            while (true) {
                slot.clear();
                if (source.poll(slot) != EventSource.FILLED) {
                    break;
                }
                slot.sequence = sequence++;
                state.apply(slot);
            }
            assertEquals(events.size(), sequence);
        }
        return state;
    }

    @Test
    void nseJsonSnapshotReplaysIntoChainState() {
        final ChainSnapshot s = NseOptionChainJsonLoader.load(
            ChainTestData.path("nse/nse_api_json/BANKNIFTY_2022-03-28_1530.json"));
        // BANKNIFTY's lot in March 2022 was 25; the 2026 master's is 30, so the terms are given here.
        final List<MarketEvent> events = ChainSnapshotEvents.toEvents(s, new ReplayTerms(1, "NSE", 25, 0.05, Double.NaN));
        assertEquals(1 + 772 + 762 + 1 + 1 + 772 + 762, events.size());
        final MarketEvent index = events.get(0);
        assertEquals(EventType.INSTRUMENT_DEFINITION, index.type);
        assertEquals("BANKNIFTY", index.instrument.symbolString());
        assertEquals(100.0, index.instrument.strikeStep, "GCD of the listed strikes");
        final MarketEvent firstOption = events.get(1);
        assertEquals("BANKNIFTY 27000 CE 31 MAR 22", firstOption.instrument.symbolString());
        assertEquals(ExpiryChain.expiryInstant(LocalDate.of(2022, 3, 31)), firstOption.instrument.expiryNanos);
        assertEquals(EventType.SESSION, events.get(1 + 772 + 762).type);
        final MarketEvent print = events.get(2 + 772 + 762);
        assertEquals(EventType.UNDERLYING_TICK, print.type);
        assertEquals(35710.5, print.ltp);

        final MarketState state = replay(events);
        assertEquals(0, state.unknownInstrumentEvents());
        assertEquals(10, state.chainCount());
        final ChainState near = state.chain(state.chainIndex(1, ExpiryChain.expiryInstant(LocalDate.of(2022, 3, 31))));
        assertEquals((long) s.exchangeTotals().callOi(), near.callOi());
        assertEquals((long) s.exchangeTotals().putOi(), near.putOi());
        assertEquals((long) s.exchangeTotals().callVolume(), near.callVolume());
        assertEquals((long) s.exchangeTotals().putVolume(), near.putVolume());
        assertEquals(25, near.lotSize());
        long callOi = 0;
        for (int c = 0; c < state.chainCount(); c++) {
            callOi += state.chain(c).callOi();
        }
        assertEquals(1_201_206L, callOi);
    }

    @Test
    void optionTickCarriesEngineConventions() {
        final ChainSnapshot s = NseOptionChainJsonLoader.load(
            ChainTestData.path("nse/nse_api_json/NIFTY_2020-05-14_1530.json"));
        final List<MarketEvent> events = ChainSnapshotEvents.toEvents(s, new ReplayTerms(100, "NSE", 75, 0.05, 50));
        MarketEvent atmCall = null;
        for (final MarketEvent e : events) {
            if (e.type == EventType.INSTRUMENT_DEFINITION && e.instrument.symbolString().equals("NIFTY 9150 CE 14 MAY 20")) {
                final int id = e.instrumentId;
                for (final MarketEvent t : events) {
                    if (t.type == EventType.OPTION_TICK && t.instrumentId == id) {
                        atmCall = t;
                    }
                }
            }
        }
        // README: CE lastPrice 0.05 IV 0 OI 34362 bid 0/0 ask 0.05/28800
        assertEquals(0.05, atmCall.ltp);
        assertTrue(Double.isNaN(atmCall.vendorIv), "IV 0 = not computed -> NaN");
        assertTrue(Double.isNaN(atmCall.bid));
        assertEquals(0, atmCall.bidQty);
        assertEquals(0.05, atmCall.ask);
        assertEquals(28800, atmCall.askQty);
        assertEquals(34362, atmCall.openInterest);
        assertEquals(InstrumentSpec.RIGHT_CALL, events.get(1).instrument.right);
    }

    @Test
    void sharesBecomeContractsAndAbsentOiIsNegative() {
        final ChainSnapshot s = NseLegacyCsvLoader.load(
            ChainTestData.path("nse/nse_legacy_csv_2019/NIFTY/NIFTY_2019-07-26_1545.csv"), LocalDate.of(2019, 8, 1));
        final List<MarketEvent> events = ChainSnapshotEvents.toEvents(s, new ReplayTerms(1, "NSE", 75, 0.05, Double.NaN));
        final MarketEvent firstCallTick = events.stream().filter(e -> e.type == EventType.OPTION_TICK).findFirst().get();
        assertEquals(-1, firstCallTick.openInterest, "'-' in the file: absent, which the chain state skips");
        assertEquals(-1, firstCallTick.volume);
        final MarketState state = replay(events);
        final ChainState chain = state.chain(0);
        assertEquals(10_360_800L / 75, chain.callOi());
        long callVolume = 0;
        for (final StrikeRow r : s.nearest().strikes()) {
            callVolume += r.call().has(OptionQuote.VOLUME) ? (long) r.call().volume() : 0;
        }
        assertEquals(callVolume, chain.callVolume(), "volume is already in contracts");
        assertEquals(9_252_975L / 75, chain.putOi());
        assertEquals(50.0, chain.strikeStep());

        final ChainFormatException wrongLot = assertThrows(ChainFormatException.class,
            () -> ChainSnapshotEvents.toEvents(s, new ReplayTerms(1, "NSE", 100, 0.05, Double.NaN)));
        assertTrue(wrongLot.getMessage().startsWith("NIFTY_2019-07-26_1545.csv: expiry 2019-08-01 strike "), wrongLot.getMessage());
        assertTrue(wrongLot.getMessage().contains("openInterest: ")); assertTrue(wrongLot.getMessage().contains("not a whole number of lots of 100"), wrongLot.getMessage());
    }

    @Test
    void fractionalContractsAreRejectedUnlessTheExpiryIsLeftOut() {
        final ChainSnapshot s = NseOptionChainJsonLoader.load(ChainTestData.path("nse/nse_api_json/NIFTY_2022-03-24_1530.json"));
        final ChainFormatException e = assertThrows(ChainFormatException.class,
            () -> ChainSnapshotEvents.toEvents(s, new ReplayTerms(1, "NSE", 50, 0.05, Double.NaN)));
        assertTrue(e.getMessage().contains("openInterest"), e.getMessage());
        final ChainSnapshot near = s.restrictTo(LocalDate.of(2022, 3, 24));
        final MarketState state = replay(ChainSnapshotEvents.toEvents(near, new ReplayTerms(1, "NSE", 50, 0.05, Double.NaN)));
        assertEquals(1_268_612L, state.chain(0).callOi());
        assertEquals(939_175L, state.chain(0).putOi());
    }

    @Test
    void masterTermsDriveTheDefinitions() {
        final UpstoxInstrumentMaster master = UpstoxInstrumentMaster.load(ChainTestData.path("upstox/instruments.json"));
        final ReplayTerms terms = ReplayTerms.of(master.terms("NIFTY"), 7, "NSE");
        assertEquals(new ReplayTerms(7, "NSE", 65, 0.05, 50.0), terms);
        final ChainSnapshot s = NseOptionChainJsonLoader.load(
            ChainTestData.path("nse/nse_api_json/NIFTY_2020-04-20_1530_fetchA.json"));
        final List<MarketEvent> events = ChainSnapshotEvents.toEvents(s, terms);
        assertEquals(65, events.get(3).instrument.lotSize);
        assertEquals(50.0, events.get(3).instrument.strikeStep);
        assertEquals(7, events.get(3).instrument.underlyingId);
    }
}
