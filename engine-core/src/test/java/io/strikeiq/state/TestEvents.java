package io.strikeiq.state;

import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;

/** Builds NIFTY-like input events for tests (strike step 50, lot 65). */
public final class TestEvents {
    public static final int NIFTY = 1;
    /** 2025-01-30 15:30 IST = 10:00 UTC. */
    public static final long EXPIRY_1 = 1_738_231_200_000_000_000L;
    /** One week later. */
    public static final long EXPIRY_2 = EXPIRY_1 + 7L * 86_400_000_000_000L;
    /** 2025-01-27 09:15 IST. */
    public static final long T0 = 1_737_949_500_000_000_000L;
    public static final long SECOND = 1_000_000_000L;

    private TestEvents() {
    }

    public static MarketEvent indexDefinition(final int id, final String symbol) {
        final MarketEvent e = new MarketEvent();
        e.type = EventType.INSTRUMENT_DEFINITION;
        e.instrumentId = id;
        final InstrumentSpec s = e.instrument;
        s.instrumentId = id;
        s.kind = InstrumentSpec.KIND_INDEX;
        s.tickSize = 0.05;
        s.strikeStep = 50;
        s.venue("NSE").symbol(symbol);
        return e;
    }

    public static MarketEvent optionDefinition(final int id, final int underlying, final long expiry,
                                               final double strike, final boolean call) {
        final MarketEvent e = new MarketEvent();
        e.type = EventType.INSTRUMENT_DEFINITION;
        e.instrumentId = id;
        final InstrumentSpec s = e.instrument;
        s.instrumentId = id;
        s.kind = InstrumentSpec.KIND_OPTION;
        s.right = call ? InstrumentSpec.RIGHT_CALL : InstrumentSpec.RIGHT_PUT;
        s.underlyingId = underlying;
        s.expiryNanos = expiry;
        s.strike = strike;
        s.lotSize = 65;
        s.tickSize = 0.05;
        s.strikeStep = 50;
        s.venue("NSE").symbol("NIFTY" + (int) strike + (call ? "CE" : "PE") + expiry % 1000);
        return e;
    }

    public static MarketEvent optionTick(final int id, final long time, final double ltp, final long volume, final long oi) {
        final MarketEvent e = new MarketEvent();
        fillOptionTick(e, id, time, ltp, volume, oi);
        return e;
    }

    /** Overwrites {@code e} in place (no allocation) with an option tick. */
    public static void fillOptionTick(final MarketEvent e, final int id, final long time, final double ltp,
                                      final long volume, final long oi) {
        e.type = EventType.OPTION_TICK;
        e.instrumentId = id;
        e.eventTimeNanos = time;
        e.ltp = ltp;
        e.bid = ltp - 0.5;
        e.ask = ltp + 0.5;
        e.bidQty = 650;
        e.askQty = 1300;
        e.volume = volume;
        e.openInterest = oi;
    }

    public static MarketEvent indexTrade(final int id, final long time, final double price, final long size) {
        final MarketEvent e = new MarketEvent();
        e.type = EventType.UNDERLYING_TICK;
        e.instrumentId = id;
        e.eventTimeNanos = time;
        e.tickKind = MarketEvent.TICK_TRADE;
        e.ltp = price;
        e.size = size;
        return e;
    }

    public static MarketEvent sessionOpen(final int id, final long time) {
        final MarketEvent e = new MarketEvent();
        e.type = EventType.SESSION;
        e.instrumentId = id;
        e.eventTimeNanos = time;
        e.sessionKind = MarketEvent.SESSION_OPEN;
        return e;
    }
}
