package io.strikeiq.state;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.EXPIRY_2;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.indexTrade;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static io.strikeiq.state.TestEvents.sessionOpen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketStateTest {
    private final InstrumentRegistry registry = new InstrumentRegistry();
    private final MarketState state = new MarketState(registry, 4);
    private final OptionLegFlyweight leg = new OptionLegFlyweight();

    @Test
    void strikesListedOutOfOrderMapToTheirSlotsAndKeepTheirData() {
        state.apply(indexDefinition(NIFTY, "NIFTY"));
        state.apply(optionDefinition(101, NIFTY, EXPIRY_1, 23_500, true));
        state.apply(optionTick(101, T0, 120.5, 1_000, 5_000));
        final long layoutBefore = state.chain(0).layoutVersion();
        // Below the base (re-lays the chain out), far above (grows it), then into the gap.
        state.apply(optionDefinition(102, NIFTY, EXPIRY_1, 23_300, false));
        state.apply(optionDefinition(103, NIFTY, EXPIRY_1, 27_000, true));
        state.apply(optionDefinition(104, NIFTY, EXPIRY_1, 23_450, false));
        state.apply(optionDefinition(105, NIFTY, EXPIRY_1, 23_500, false));
        state.apply(optionDefinition(201, NIFTY, EXPIRY_2, 23_500, true));

        assertEquals(2, state.chainCount());
        final ChainState chain = state.chain(0);
        assertNotEquals(layoutBefore, chain.layoutVersion());
        assertEquals(23_300.0, chain.baseStrike());
        assertEquals((27_000 - 23_300) / 50 + 1, chain.slotCount());
        assertEquals(5, chain.listedLegs());
        final int[] ids = {101, 102, 103, 104, 105};
        final double[] strikes = {23_500, 23_300, 27_000, 23_450, 23_500};
        for (int i = 0; i < ids.length; i++) {
            assertEquals(0, state.chainIndexOf(ids[i]));
            assertEquals(strikes[i], chain.strikeAt(state.slotOf(ids[i])), "id " + ids[i]);
            assertEquals(ids[i], chain.leg(state.slotOf(ids[i]), state.sideOf(ids[i]), leg).instrumentId());
        }
        assertEquals(ChainState.CALL, state.sideOf(101));
        assertEquals(ChainState.PUT, state.sideOf(105));
        assertEquals(state.slotOf(101), state.slotOf(105));
        assertEquals(4, state.slotOf(101));
        assertEquals(1, state.chainIndexOf(201));
        assertFalse(chain.isListed(chain.slotOf(23_350), leg));
        assertTrue(chain.isListed(chain.slotOf(23_450), leg));

        // The tick applied before the re-layout moved with its slot.
        chain.leg(state.slotOf(101), ChainState.CALL, leg);
        assertEquals(120.5, leg.ltp());
        assertEquals(5_000, leg.oi());
        assertEquals(1_000, leg.volume());
        assertEquals(5_000, chain.callOi());
        assertEquals(0, chain.putOi());

        // Ticks keep landing in the right legs after the re-layout.
        state.apply(optionTick(102, T0 + SECOND, 8.0, 300, 7_000));
        assertEquals(7_000, chain.leg(0, ChainState.PUT, leg).oi());
        assertEquals(7_000, chain.putOi());
        assertEquals(300, chain.putVolume());
    }

    @Test
    void rejectsDefinitionsTheChainCannotTakeBeforeRegistering() {
        state.apply(optionDefinition(101, NIFTY, EXPIRY_1, 23_500, true));
        final MarketEvent duplicateLeg = optionDefinition(102, NIFTY, EXPIRY_1, 23_500, true);
        assertThrows(IllegalArgumentException.class, () -> state.apply(duplicateLeg));
        assertFalse(registry.isRegistered(102));
        final MarketEvent offGrid = optionDefinition(103, NIFTY, EXPIRY_1, 23_520, false);
        assertThrows(IllegalArgumentException.class, () -> state.apply(offGrid));
        assertFalse(registry.isRegistered(103));
        // Re-applying the same definition (a replay) is a no-op.
        state.apply(optionDefinition(101, NIFTY, EXPIRY_1, 23_500, true));
        assertEquals(1, state.chain(0).listedLegs());
    }

    @Test
    void legFieldsAggregatesAndDayOpenOi() {
        state.apply(optionDefinition(11, NIFTY, EXPIRY_1, 23_500, true));
        state.apply(optionDefinition(12, NIFTY, EXPIRY_1, 23_500, false));
        state.apply(optionDefinition(13, NIFTY, EXPIRY_1, 23_550, true));
        final ChainState chain = state.chain(0);

        final MarketEvent t1 = optionTick(11, T0, 100, 1_000, 4_000);
        t1.vendorIv = 0.14;
        state.apply(t1);
        state.apply(optionTick(13, T0 + SECOND, 80, 500, 3_000));
        state.apply(optionTick(12, T0 + 2 * SECOND, 90, 700, 6_000));
        // Σ call OI = 4000 + 3000, Σ put OI = 6000, Σ call volume = 1000 + 500, Σ put volume = 700.
        assertEquals(7_000, chain.callOi());
        assertEquals(6_000, chain.putOi());
        assertEquals(1_500, chain.callVolume());
        assertEquals(700, chain.putVolume());

        chain.leg(state.slotOf(11), ChainState.CALL, leg);
        assertEquals(99.5, leg.bid());
        assertEquals(100.5, leg.ask());
        assertEquals(650, leg.bidQty());
        assertEquals(1_300, leg.askQty());
        assertEquals(0.14, leg.iv());
        assertEquals(OptionLegFlyweight.IV_VENDOR, leg.ivFlags());
        assertTrue(Double.isNaN(leg.delta()));
        assertEquals(T0, leg.lastTradeTimeNanos());
        assertEquals(4_000, leg.dayOpenOi(), "first OI seen stands in until a session open");

        // A quote-only update: OI unchanged, no trade; ltp missing keeps the last trade price.
        final long version = chain.oiVersion();
        final MarketEvent quote = optionTick(11, T0 + 3 * SECOND, Double.NaN, 1_000, 4_000);
        quote.bid = 99;
        quote.ask = 101;
        state.apply(quote);
        assertEquals(version, chain.oiVersion());
        assertEquals(100.0, leg.ltp());
        assertEquals(99.0, leg.bid());
        assertEquals(T0, leg.lastTradeTimeNanos());
        assertEquals(T0 + 3 * SECOND, leg.lastUpdateNanos());

        state.apply(optionTick(11, T0 + 4 * SECOND, 101, 1_200, 4_500));
        assertEquals(4_000, leg.dayOpenOi());
        state.apply(sessionOpen(0, T0 + 5 * SECOND));
        assertEquals(4_500, leg.dayOpenOi());
        assertEquals(7_500, chain.callOi());
        assertEquals(1_700, chain.callVolume());
        assertNotEquals(version, chain.oiVersion());
    }

    @Test
    void underlyingPriceVwapOhlcAndReturns() {
        state.apply(indexDefinition(NIFTY, "NIFTY"));
        state.apply(indexTrade(NIFTY, T0, 100, 10));
        state.apply(indexTrade(NIFTY, T0 + SECOND, 110, 30));
        state.apply(indexTrade(NIFTY, T0 + 2 * SECOND, 99, 0));
        final UnderlyingState u = state.underlying(state.underlyingIndexOf(NIFTY));
        assertEquals(99.0, u.last());
        assertEquals(100.0, u.open());
        assertEquals(110.0, u.high());
        assertEquals(99.0, u.low());
        assertEquals(40, u.cumulativeVolume());
        // VWAP = (100·10 + 110·30) / 40 = 107.5; the index print (size 0) does not weigh in.
        assertEquals(107.5, u.vwap(), 1e-12);
        assertEquals(2, u.returns().size());
        assertEquals(StrictMath.log(1.1), u.returns().get(0), 1e-15);
        assertEquals(StrictMath.log(99.0 / 110), u.returns().get(1), 1e-15);

        final MarketEvent quote = indexTrade(NIFTY, T0 + 3 * SECOND, Double.NaN, 0);
        quote.tickKind = MarketEvent.TICK_QUOTE;
        quote.bid = 98.5;
        quote.ask = 99.5;
        state.apply(quote);
        assertEquals(98.5, u.bid());
        assertEquals(99.5, u.ask());
        assertEquals(99.0, u.last());

        state.apply(sessionOpen(NIFTY, T0 + 86_400 * SECOND));
        assertTrue(Double.isNaN(u.open()));
        assertTrue(Double.isNaN(u.vwap()));
        state.apply(indexTrade(NIFTY, T0 + 86_401 * SECOND, 120, 5));
        assertEquals(2, u.returns().size(), "no overnight return across the open");
        assertEquals(120.0, u.open());
        for (int i = 0; i < 5; i++) {
            state.apply(indexTrade(NIFTY, T0 + (86_402 + i) * SECOND, 120 + i, 1));
        }
        assertEquals(4, u.returns().size(), "window of 4 keeps the newest");
        assertEquals(StrictMath.log(124.0 / 123), u.returns().get(3), 1e-15);
    }

    @Test
    void unknownIdsAndBarsAreCountedNotApplied() {
        state.apply(optionTick(999, T0, 1, 1, 1));
        state.apply(indexTrade(998, T0, 1, 1));
        final MarketEvent bar = new MarketEvent();
        bar.type = io.strikeiq.event.EventType.BAR;
        state.apply(bar);
        assertEquals(2, state.unknownInstrumentEvents());
        assertEquals(1, state.ignoredEvents());
    }

    @Test
    void reloadedRegistryRebuildsTheSameChains(@TempDir final Path dir) {
        final Path file = dir.resolve("instruments.cm");
        try (InstrumentRegistry persisted = new InstrumentRegistry(file, 1024)) {
            final MarketState first = new MarketState(persisted);
            first.apply(indexDefinition(NIFTY, "NIFTY"));
            first.apply(optionDefinition(21, NIFTY, EXPIRY_1, 23_600, false));
            first.apply(optionDefinition(22, NIFTY, EXPIRY_1, 23_400, true));
        }
        try (InstrumentRegistry reloaded = new InstrumentRegistry(file, 1024)) {
            final MarketState again = new MarketState(reloaded);
            assertEquals(1, again.chainCount());
            final ChainState chain = again.chain(0);
            assertEquals(23_400.0, chain.strikeAt(again.slotOf(22)));
            assertEquals(23_600.0, chain.strikeAt(again.slotOf(21)));
            again.apply(optionDefinition(21, NIFTY, EXPIRY_1, 23_600, false));
            assertEquals(2, chain.listedLegs());
        }
    }
}
