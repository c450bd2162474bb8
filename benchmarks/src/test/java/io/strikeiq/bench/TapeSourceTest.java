package io.strikeiq.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class TapeSourceTest {
    private static final int EVENTS = 5_000;

    @Test
    void firstLapReplaysTheSourceFieldForField() {
        final EventTape tape = EventTape.record(new SyntheticMarket(SyntheticConfig.defaults()), EVENTS);
        assertEquals(EVENTS, tape.size());
        final SyntheticMarket market = new SyntheticMarket(SyntheticConfig.defaults());
        final TapeSource source = new TapeSource(tape);
        final MarketEvent expected = new MarketEvent();
        final MarketEvent actual = new MarketEvent();
        for (int i = 0; i < EVENTS; i++) {
            expected.clear();
            actual.clear();
            assertEquals(EventSource.FILLED, market.poll(expected));
            assertEquals(EventSource.FILLED, source.poll(actual));
            assertSameInput(expected, actual, 0, i);
        }
        assertEquals(0, source.laps());
    }

    @Test
    void laterLapsRepeatOnlyTheTicksLaterInEventTime() {
        final EventTape tape = EventTape.record(new SyntheticMarket(SyntheticConfig.defaults()), EVENTS);
        assertTrue(tape.prefixLength() > 100, "definitions and the session open come first");
        final TapeSource source = new TapeSource(tape);
        final MarketEvent e = new MarketEvent();
        long lastTime = Long.MIN_VALUE;
        for (int i = 0; i < EVENTS; i++) {
            e.clear();
            source.poll(e);
            lastTime = e.eventTimeNanos;
        }
        final MarketEvent firstTick = new MarketEvent();
        tape.copyTo(tape.prefixLength(), 0, firstTick);
        for (int i = 0; i < 2 * (EVENTS - tape.prefixLength()); i++) {
            e.clear();
            source.poll(e);
            assertTrue(e.type == EventType.OPTION_TICK || e.type == EventType.UNDERLYING_TICK, "only ticks repeat");
            assertTrue(e.eventTimeNanos >= lastTime, "event time never goes backwards");
            lastTime = e.eventTimeNanos;
            if (i == 0) {
                assertEquals(firstTick.eventTimeNanos + tape.spanNanos() + 1_000_000_000L, e.eventTimeNanos);
                assertEquals(firstTick.instrumentId, e.instrumentId);
                assertEquals(firstTick.bid, e.bid);
            }
        }
        assertEquals(2, source.laps());
    }

    @Test
    void replayDoesNotAllocate() {
        final EventTape tape = EventTape.record(new SyntheticMarket(SyntheticConfig.defaults()), EVENTS);
        final TapeSource source = new TapeSource(tape);
        final MarketEvent e = new MarketEvent();
        for (int i = 0; i < 50_000; i++) {
            e.clear();
            source.poll(e);
        }
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long id = Thread.currentThread().getId();
        final long before = threads.getThreadAllocatedBytes(id);
        long checksum = 0;
        for (int i = 0; i < 100_000; i++) {
            e.clear();
            source.poll(e);
            checksum += e.instrumentId;
        }
        final long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(checksum > 0);
        assertEquals(0, allocated, "bytes allocated replaying 100,000 events");
    }

    private static void assertSameInput(final MarketEvent x, final MarketEvent y, final long shift, final int i) {
        final String at = "event " + i;
        assertEquals(x.type, y.type, at);
        assertEquals(x.eventTimeNanos + shift, y.eventTimeNanos, at);
        assertEquals(x.instrumentId, y.instrumentId, at);
        assertEquals(x.ltp, y.ltp, at);
        assertEquals(x.bid, y.bid, at);
        assertEquals(x.ask, y.ask, at);
        assertEquals(x.bidQty, y.bidQty, at);
        assertEquals(x.askQty, y.askQty, at);
        assertEquals(x.volume, y.volume, at);
        assertEquals(x.openInterest, y.openInterest, at);
        assertEquals(x.vendorIv, y.vendorIv, at);
        assertEquals(x.tickKind, y.tickKind, at);
        assertEquals(x.size, y.size, at);
        assertEquals(x.sessionKind, y.sessionKind, at);
        assertEquals(x.instrument.instrumentId, y.instrument.instrumentId, at);
        assertEquals(x.instrument.strike, y.instrument.strike, at);
        assertEquals(x.instrument.expiryNanos, y.instrument.expiryNanos, at);
    }
}
