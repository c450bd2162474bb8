package io.strikeiq.feeds.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.testing.AllocationWindows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticMarketTest {
    private static final int INSTRUMENTS = 2 + 2 * 81 * 2;

    private static long hashEvents(final SyntheticConfig config, final int count) {
        final SyntheticMarket market = new SyntheticMarket(config);
        final MarketEvent slot = new MarketEvent();
        long h = 1125899906842597L;
        for (int i = 0; i < count; i++) {
            slot.clear();
            assertEquals(EventSource.FILLED, market.poll(slot));
            h = mix(h, slot.type);
            h = mix(h, slot.eventTimeNanos);
            h = mix(h, slot.instrumentId);
            h = mix(h, Double.doubleToRawLongBits(slot.ltp));
            h = mix(h, Double.doubleToRawLongBits(slot.bid));
            h = mix(h, Double.doubleToRawLongBits(slot.ask));
            h = mix(h, slot.bidQty);
            h = mix(h, slot.askQty);
            h = mix(h, slot.volume);
            h = mix(h, slot.openInterest);
            h = mix(h, slot.tickKind);
            h = mix(h, slot.size);
            h = mix(h, slot.sessionKind);
            h = mix(h, Double.doubleToRawLongBits(slot.instrument.strike));
            h = mix(h, slot.instrument.expiryNanos);
            h = mix(h, slot.instrument.symbolString().hashCode());
        }
        return h;
    }

    private static long mix(final long h, final long v) {
        return (h ^ v) * 0x100000001B3L + (h >>> 29);
    }

    @Test
    void sameSeedAndConfigGiveTheSameEvents() {
        final SyntheticConfig config = SyntheticConfig.defaults();
        final long first = hashEvents(config, 500_000);
        assertEquals(first, hashEvents(config, 500_000));
        assertNotEquals(first, hashEvents(config.withSeed(43), 500_000));
    }

    @Test
    void definitionsComeFirstThenTheOpen() {
        final SyntheticMarket market = new SyntheticMarket(SyntheticConfig.defaults());
        final long nearExpiry = Instant.parse("2026-11-24T10:00:00Z").getEpochSecond() * 1_000_000_000L;
        final long nextExpiry = Instant.parse("2026-12-01T10:00:00Z").getEpochSecond() * 1_000_000_000L;
        final long open = Instant.parse("2026-11-24T03:45:00Z").getEpochSecond() * 1_000_000_000L;
        assertEquals(open, market.sessionOpenNanos());
        assertEquals(nearExpiry, market.expiryNanos(0));
        assertEquals(nextExpiry, market.expiryNanos(1));
        assertEquals(INSTRUMENTS, market.instruments().size());
        assertEquals(1, market.underlyingId());
        assertEquals(2, market.futureId());
        assertEquals(3, market.firstOptionId());
        assertEquals(INSTRUMENTS - 2, market.optionCount());

        final MarketEvent slot = new MarketEvent();
        for (int i = 0; i < INSTRUMENTS; i++) {
            slot.clear();
            assertEquals(EventSource.FILLED, market.poll(slot));
            assertEquals(EventType.INSTRUMENT_DEFINITION, slot.type);
            assertEquals(open, slot.eventTimeNanos);
            final InstrumentSpec spec = slot.instrument;
            assertEquals(i + 1, slot.instrumentId);
            assertEquals(i + 1, spec.instrumentId);
            assertEquals(65, spec.lotSize);
            assertEquals(0.05, spec.tickSize);
            assertEquals(50.0, spec.strikeStep);
            assertEquals("NSE", spec.venueString());
            assertEquals(spec.symbolString(), market.instruments().get(i).symbolString());
            if (i == 0) {
                assertEquals(InstrumentSpec.KIND_INDEX, spec.kind);
                assertEquals("NIFTY", spec.symbolString());
                assertEquals(0L, spec.expiryNanos);
            } else if (i == 1) {
                assertEquals(InstrumentSpec.KIND_FUTURE, spec.kind);
                assertEquals("NIFTY26NOVFUT", spec.symbolString());
                assertEquals(nearExpiry, spec.expiryNanos); // 24 Nov 2026 is the last Tuesday of November
                assertEquals(1, spec.underlyingId);
            } else {
                final int leg = i - 2;
                final int expiry = leg / 162;
                final int strikeIndex = (leg / 2) % 81;
                assertEquals(InstrumentSpec.KIND_OPTION, spec.kind);
                assertEquals(1, spec.underlyingId);
                assertEquals(expiry == 0 ? nearExpiry : nextExpiry, spec.expiryNanos);
                assertEquals(22_000.0 + 50.0 * strikeIndex, spec.strike);
                assertEquals(leg % 2 == 0 ? InstrumentSpec.RIGHT_CALL : InstrumentSpec.RIGHT_PUT, spec.right);
            }
        }
        assertEquals("NIFTY26NOV24000CE", market.instruments().get(2 + 40 * 2).symbolString());
        assertEquals("NIFTY26D0124000PE", market.instruments().get(2 + 162 + 40 * 2 + 1).symbolString());
        slot.clear();
        assertEquals(EventSource.FILLED, market.poll(slot));
        assertEquals(EventType.SESSION, slot.type);
        assertEquals(MarketEvent.SESSION_OPEN, slot.sessionKind);
        assertEquals(open, slot.eventTimeNanos);
        slot.clear();
        assertEquals(EventSource.FILLED, market.poll(slot));
        assertTrue(slot.type == EventType.OPTION_TICK || slot.type == EventType.UNDERLYING_TICK);
        assertTrue(slot.eventTimeNanos >= open);
    }

    @Test
    void expiriesFollowTheTuesdayRule() {
        final SyntheticMarket market = new SyntheticMarket(
            SyntheticConfig.defaults().withSessionDate(LocalDate.of(2026, 11, 25)).withExpiries(3));
        assertEquals(Instant.parse("2026-12-01T10:00:00Z").getEpochSecond() * 1_000_000_000L, market.expiryNanos(0));
        assertEquals(Instant.parse("2026-12-15T10:00:00Z").getEpochSecond() * 1_000_000_000L, market.expiryNanos(2));
        final List<InstrumentSpec> all = market.instruments();
        assertEquals("NIFTY26DECFUT", all.get(1).symbolString());
        assertEquals(Instant.parse("2026-12-29T10:00:00Z").getEpochSecond() * 1_000_000_000L, all.get(1).expiryNanos);
        assertEquals("NIFTY26D0122050CE", all.get(2 + 2).symbolString());
        assertEquals(2 + 3 * 81 * 2, all.size());
    }

    @Test
    void ticksAreWellFormedAndFreeOfArbitrage() {
        final SyntheticMarket market = new SyntheticMarket(SyntheticConfig.defaults().withMaxEvents(600_000));
        final List<InstrumentSpec> specs = market.instruments();
        final long[] lastVolume = new long[specs.size() + 1];
        final MarketEvent slot = new MarketEvent();
        long lastTime = Long.MIN_VALUE;
        double spot = Double.NaN;
        int optionTicks = 0;
        int optionTrades = 0;
        int futureTrades = 0;
        int indexPrints = 0;
        int nearAtm = 0;
        while (true) {
            slot.clear();
            if (market.poll(slot) == EventSource.END) {
                break;
            }
            assertTrue(slot.eventTimeNanos >= lastTime, "event time went back");
            lastTime = slot.eventTimeNanos;
            final int id = slot.instrumentId;
            if (slot.type == EventType.UNDERLYING_TICK && id == market.underlyingId()) {
                assertEquals(0L, slot.size);
                assertEquals(MarketEvent.TICK_TRADE, slot.tickKind);
                assertTrue(slot.ltp > 20_000 && slot.ltp < 28_000);
                spot = slot.ltp;
                indexPrints++;
            } else if (slot.type == EventType.UNDERLYING_TICK) {
                assertEquals(market.futureId(), id);
                assertTrue(slot.bid < slot.ask && slot.bid > 0);
                assertTrue(slot.volume >= lastVolume[id] && slot.openInterest >= 0);
                if (slot.tickKind == MarketEvent.TICK_TRADE) {
                    assertTrue(slot.size > 0, "trade size in contracts");
                    assertEquals(lastVolume[id] + slot.size, slot.volume);
                    assertTrue(slot.ltp == slot.bid || slot.ltp == slot.ask);
                    futureTrades++;
                } else {
                    assertEquals(0L, slot.size);
                }
                lastVolume[id] = slot.volume;
            } else if (slot.type == EventType.OPTION_TICK) {
                optionTicks++;
                final InstrumentSpec spec = specs.get(id - 1);
                assertTrue(slot.bid < slot.ask, "crossed quote");
                assertTrue(slot.bid >= 0.05 - 1e-12, "bid below one tick");
                assertOnTick(slot.bid);
                assertOnTick(slot.ask);
                assertOnTick(slot.ltp);
                assertTrue(slot.openInterest >= 0, "OI in contracts");
                assertTrue(slot.bidQty > 0 && slot.askQty > 0);
                assertTrue(slot.volume >= lastVolume[id]);
                if (slot.volume > lastVolume[id]) {
                    optionTrades++;
                    assertTrue(slot.ltp >= slot.bid && slot.ltp <= slot.ask, "trade outside the spread");
                }
                lastVolume[id] = slot.volume;
                if (spot == spot) {
                    // European bounds on the forward F = S e^(r t), discounted to spot by S / F.
                    final boolean call = spec.right == InstrumentSpec.RIGHT_CALL;
                    final double years = Math.max(spec.expiryNanos - slot.eventTimeNanos, 0) / (365.0 * 86_400e9);
                    final double forward = spot * StrictMath.exp(0.065 * years);
                    final double lower = (call ? Math.max(forward - spec.strike, 0) : Math.max(spec.strike - forward, 0))
                        * spot / forward;
                    final double upper = call ? spot : spec.strike * spot / forward;
                    // The spot moves a little between index prints (well under a point here).
                    assertTrue(slot.ask >= lower - 1.0, () -> "ask below intrinsic value: " + spec.symbolString());
                    assertTrue(slot.bid <= upper + 1.0, () -> "bid above the upper bound: " + spec.symbolString());
                    if (Math.abs(spec.strike - spot) < 250) {
                        nearAtm++;
                    }
                }
            }
        }
        assertEquals(600_000, market.eventsEmitted());
        assertTrue(indexPrints > 10_000 && futureTrades > 10_000, indexPrints + " " + futureTrades);
        assertTrue(optionTicks > 500_000 && optionTrades > 150_000, optionTicks + " " + optionTrades);
        // 10 of 81 strikes per chain (within 250 points of spot) get well over a third of the activity.
        assertTrue(nearAtm > optionTicks / 3, "activity not concentrated at the money: " + nearAtm);
        assertTrue(lastTime - market.sessionOpenNanos() > 30_000_000_000L, "600k events should span > 30 s");
        slot.clear();
        assertEquals(EventSource.END, market.poll(slot));
    }

    private static void assertOnTick(final double price) {
        final double ticks = price * 20.0;
        assertEquals(Math.rint(ticks), ticks, 1e-6, () -> "not on the 0.05 tick: " + price);
    }

    @Test
    void putCallOiRatioWandersAcrossDemoThresholds() {
        final SyntheticMarket market = new SyntheticMarket(SyntheticConfig.defaults().withMaxEvents(2_000_000));
        final int first = market.firstOptionId();
        final boolean[] call = new boolean[market.optionCount()];
        for (int i = 0; i < call.length; i++) {
            call[i] = market.instruments().get(first - 1 + i).right == InstrumentSpec.RIGHT_CALL;
        }
        final long[] oi = new long[call.length];
        final MarketEvent slot = new MarketEvent();
        double callOi = 0;
        double putOi = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        long events = 0;
        while (true) {
            slot.clear();
            if (market.poll(slot) == EventSource.END) {
                break;
            }
            events++;
            if (slot.type != EventType.OPTION_TICK) {
                continue;
            }
            final int leg = slot.instrumentId - first;
            if (call[leg]) {
                callOi += slot.openInterest - oi[leg];
            } else {
                putOi += slot.openInterest - oi[leg];
            }
            oi[leg] = slot.openInterest;
            if (events > 100_000) { // every leg has been seen by then
                final double pcr = putOi / callOi;
                min = Math.min(min, pcr);
                max = Math.max(max, pcr);
            }
        }
        assertTrue(min < 0.7 && max > 1.3, "PCR range " + min + ".." + max);
        assertTrue(min > 0.5 && max < 1.7, "PCR range " + min + ".." + max);
    }

    @Test
    void pollAllocatesNothingAfterWarmUp() {
        final SyntheticMarket market = new SyntheticMarket(SyntheticConfig.defaults());
        final MarketEvent slot = new MarketEvent();
        pollMany(market, slot, 300_000);
        AllocationWindows.assertReachesZero("1M synthetic polls", 3, 1_000_000,
            () -> assertEquals(1_000_000, pollMany(market, slot, 1_000_000)));
    }

    private static long pollMany(final SyntheticMarket market, final MarketEvent slot, final int count) {
        long filled = 0;
        for (int i = 0; i < count; i++) {
            slot.clear();
            if (market.poll(slot) == EventSource.FILLED) {
                filled++;
            }
        }
        return filled;
    }

    @Test
    void endsAfterMaxEvents() {
        final SyntheticMarket market = new SyntheticMarket(SyntheticConfig.defaults().withMaxEvents(INSTRUMENTS + 5));
        final MarketEvent slot = new MarketEvent();
        assertEquals(INSTRUMENTS + 5, pollMany(market, slot, INSTRUMENTS + 50));
        assertEquals(EventSource.END, market.poll(slot));
    }

    @Test
    void rejectsNonsenseConfig() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticConfig.defaults().withStrikesEachSide(0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticConfig.defaults().withExpiries(0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticConfig.defaults().withStrikesEachSide(480));
    }
}
