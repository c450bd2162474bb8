package io.strikeiq.journal;

import io.strikeiq.testing.AllocationWindows;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputJournalTest {
    @TempDir
    Path dir;

    private static MarketEvent optionTick() {
        final MarketEvent e = new MarketEvent();
        e.clear();
        e.type = EventType.OPTION_TICK;
        e.sequence = 11;
        e.eventTimeNanos = 1_795_000_000_123_456_789L;
        e.instrumentId = 1001;
        e.ltp = 123.45;
        e.bid = 123.4;
        e.ask = 123.5;
        e.bidQty = 750;
        e.askQty = 1_125;
        e.volume = 9_876_543L;
        e.openInterest = 4_321_000L;
        e.vendorIv = 0.1425;
        return e;
    }

    private static MarketEvent underlyingTick() {
        final MarketEvent e = new MarketEvent();
        e.clear();
        e.type = EventType.UNDERLYING_TICK;
        e.sequence = 12;
        e.eventTimeNanos = 1_795_000_000_223_456_789L;
        e.instrumentId = 1;
        e.tickKind = MarketEvent.TICK_QUOTE;
        e.ltp = 24_310.55;
        e.size = 75;
        e.bid = 24_310.5;
        e.ask = 24_310.6;
        e.bidQty = 150;
        e.askQty = 225;
        e.volume = 12_345_678L;
        return e;
    }

    private static MarketEvent bar() {
        final MarketEvent e = new MarketEvent();
        e.clear();
        e.type = EventType.BAR;
        e.sequence = 13;
        e.eventTimeNanos = 1_795_000_060_000_000_000L;
        e.instrumentId = 2;
        e.timeframeSeconds = 60;
        e.barOpenTimeNanos = 1_795_000_000_000_000_000L;
        e.open = 21_000.25;
        e.high = 21_010.5;
        e.low = 20_990.75;
        e.close = 21_005.0;
        e.volume = 4_200;
        return e;
    }

    private static MarketEvent definition() {
        final MarketEvent e = new MarketEvent();
        e.clear();
        e.type = EventType.INSTRUMENT_DEFINITION;
        e.sequence = 14;
        e.eventTimeNanos = 1_794_990_000_000_000_000L;
        e.instrumentId = 1002;
        final InstrumentSpec s = e.instrument;
        s.instrumentId = 1002;
        s.kind = InstrumentSpec.KIND_OPTION;
        s.right = InstrumentSpec.RIGHT_PUT;
        s.underlyingId = 1;
        s.expiryNanos = 1_795_500_000_000_000_000L;
        s.strike = 24_300.0;
        s.lotSize = 75;
        s.tickSize = 0.05;
        s.strikeStep = 50.0;
        s.venue("NSE").symbol("NIFTY25NOV24300PE");
        return e;
    }

    private static MarketEvent session() {
        final MarketEvent e = new MarketEvent();
        e.clear();
        e.type = EventType.SESSION;
        e.sequence = 15;
        e.eventTimeNanos = 1_795_010_000_000_000_000L;
        e.sessionKind = MarketEvent.SESSION_CLOSE;
        e.instrumentId = 1;
        return e;
    }

    private static void assertSameInput(final MarketEvent expected, final MarketEvent actual) {
        assertEquals(expected.type, actual.type, "type");
        assertEquals(expected.sequence, actual.sequence, "sequence");
        assertEquals(expected.eventTimeNanos, actual.eventTimeNanos, "eventTime");
        assertEquals(expected.instrumentId, actual.instrumentId, "instrumentId");
        assertEquals(expected.ltp, actual.ltp, "ltp/price");
        assertEquals(expected.bid, actual.bid, "bid");
        assertEquals(expected.ask, actual.ask, "ask");
        assertEquals(expected.bidQty, actual.bidQty, "bidQty");
        assertEquals(expected.askQty, actual.askQty, "askQty");
        assertEquals(expected.volume, actual.volume, "volume");
        assertEquals(expected.openInterest, actual.openInterest, "openInterest");
        assertEquals(expected.vendorIv, actual.vendorIv, "vendorIv");
        assertEquals(expected.tickKind, actual.tickKind, "tickKind");
        assertEquals(expected.size, actual.size, "size");
        assertEquals(expected.timeframeSeconds, actual.timeframeSeconds, "timeframeSeconds");
        assertEquals(expected.barOpenTimeNanos, actual.barOpenTimeNanos, "barOpenTime");
        assertEquals(expected.open, actual.open, "open");
        assertEquals(expected.high, actual.high, "high");
        assertEquals(expected.low, actual.low, "low");
        assertEquals(expected.close, actual.close, "close");
        assertEquals(expected.sessionKind, actual.sessionKind, "sessionKind");
        final InstrumentSpec a = expected.instrument;
        final InstrumentSpec b = actual.instrument;
        assertEquals(a.instrumentId, b.instrumentId, "spec.instrumentId");
        assertEquals(a.kind, b.kind, "spec.kind");
        assertEquals(a.right, b.right, "spec.right");
        assertEquals(a.underlyingId, b.underlyingId, "spec.underlyingId");
        assertEquals(a.expiryNanos, b.expiryNanos, "spec.expiry");
        assertEquals(a.strike, b.strike, "spec.strike");
        assertEquals(a.lotSize, b.lotSize, "spec.lotSize");
        assertEquals(a.tickSize, b.tickSize, "spec.tickSize");
        assertEquals(a.strikeStep, b.strikeStep, "spec.strikeStep");
        assertArrayEquals(a.venue, b.venue, "spec.venue");
        assertArrayEquals(a.symbol, b.symbol, "spec.symbol");
    }

    @Test
    void everyInputMessageTypeRoundTripsWithAllFields() {
        final MarketEvent[] events = {optionTick(), underlyingTick(), bar(), definition(), session()};
        final long[] indices = new long[events.length];
        try (InputJournalWriter writer = InputJournalWriter.open(dir)) {
            for (int i = 0; i < events.length; i++) {
                indices[i] = writer.append(events[i]);
            }
        }
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            final MarketEvent slot = new MarketEvent();
            for (int i = 0; i < events.length; i++) {
                slot.clear();
                assertEquals(EventSource.FILLED, reader.poll(slot), "record " + i);
                assertSameInput(events[i], slot);
                assertEquals(indices[i], reader.lastIndex());
                assertEquals(i + 1, reader.recordsRead());
            }
            slot.clear();
            assertEquals(EventSource.END, reader.poll(slot));
            assertEquals(EventType.NONE, slot.type);
        }
        final MarketEvent def = new MarketEvent();
        def.copyInputFrom(definition());
        assertEquals("NIFTY25NOV24300PE", def.instrument.symbolString());
    }

    @Test
    void nanFieldsSurviveTheJournal() {
        final MarketEvent e = optionTick();
        e.ltp = Double.NaN;
        e.vendorIv = Double.NaN;
        try (InputJournalWriter writer = InputJournalWriter.open(dir)) {
            writer.append(e);
        }
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            final MarketEvent slot = new MarketEvent();
            assertEquals(EventSource.FILLED, reader.poll(slot));
            assertTrue(Double.isNaN(slot.ltp));
            assertTrue(Double.isNaN(slot.vendorIv));
            assertEquals(e.bid, slot.bid);
        }
    }

    @Test
    void unjournalableEventIsRejectedAndNothingIsAppended() {
        try (InputJournalWriter writer = InputJournalWriter.open(dir)) {
            final MarketEvent none = new MarketEvent();
            assertThrows(IllegalArgumentException.class, () -> writer.append(none));
            final MarketEvent badKind = underlyingTick();
            badKind.tickKind = 9;
            assertThrows(IllegalArgumentException.class, () -> writer.append(badKind));
            writer.append(session());
        }
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            final MarketEvent slot = new MarketEvent();
            assertEquals(EventSource.FILLED, reader.poll(slot));
            assertEquals(EventType.SESSION, slot.type);
            slot.clear();
            assertEquals(EventSource.END, reader.poll(slot));
        }
    }

    @Test
    void appendAndReadAllocateNothingAfterWarmUp() {
        final MarketEvent[] events = {optionTick(), underlyingTick(), bar(), definition(), session()};
        final int batch = 20_000;
        final int warmUps = 8;
        final int windows = 4;
        try (ChronicleQueue queue = JournalLayout.openInputForWriting(dir);
             InputJournalWriter writer = new InputJournalWriter(queue)) {
            final long[] sequence = {0};
            final Runnable append = () -> {
                for (int i = 0; i < batch; i++) {
                    final MarketEvent e = events[i % events.length];
                    e.sequence = sequence[0]++;
                    writer.append(e);
                }
            };
            AllocationWindows.assertReachesZeroAfter(warmUps, "20,000 input appends", windows, batch, append);
        }
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            final MarketEvent slot = new MarketEvent();
            final long[] filled = {0};
            final Runnable read = () -> {
                for (int i = 0; i < batch; i++) {
                    slot.clear();
                    if (reader.poll(slot) == EventSource.FILLED) {
                        assertEquals(filled[0]++, slot.sequence);
                    }
                }
            };
            AllocationWindows.assertReachesZeroAfter(warmUps, "20,000 input reads", windows, batch, read);
            assertTrue(filled[0] >= (long) batch * (warmUps + 1));
        }
    }
}
