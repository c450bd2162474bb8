package io.strikeiq.feeds.dbn;

import io.strikeiq.bars.TradeBarBuilder;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;

/**
 * The next 1-minute bar of a {@link DbnEventSource}, held back while its instrument's definitions
 * go out first or until the pace releases its close time. Filled from a vendor OHLCV record or from
 * a minute a {@link TradeBarBuilder} closed; emitted as a {@link EventType#BAR} event with open time
 * = the minute's start and event time = its close (open + 60 s). Allocation-free.
 */
final class HeldBar {
    static final long MINUTE_NANOS = 60_000_000_000L;

    private boolean held;
    private int instrumentId;
    private long openTime;
    private double open;
    private double high;
    private double low;
    private double close;
    private long volume;

    /** Holds a bar of {@code instrumentId} (internal id) opening at {@code openTime}. */
    void hold(final int instrumentId, final long openTime, final double open, final double high, final double low,
              final double close, final long volume) {
        this.instrumentId = instrumentId;
        this.openTime = openTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        held = true;
    }

    /** Holds the minute {@code trades} hands out next ({@link TradeBarBuilder#take()}). */
    void holdNextOf(final TradeBarBuilder trades) {
        trades.take();
        hold(trades.id(), trades.openTime(), trades.open(), trades.high(), trades.low(), trades.close(), trades.volume());
    }

    boolean held() {
        return held;
    }

    long openTime() {
        return openTime;
    }

    /** Event time of the held bar: the close of its minute. */
    long closeTime() {
        return openTime + MINUTE_NANOS;
    }

    /** Forgets the held bar (the run stopped before it went out: it is neither journaled nor counted). */
    void drop() {
        held = false;
    }

    /** Releases the held bar into {@code slot}. */
    void emit(final MarketEvent slot) {
        held = false;
        slot.type = EventType.BAR;
        slot.instrumentId = instrumentId;
        slot.timeframeSeconds = 60;
        slot.barOpenTimeNanos = openTime;
        slot.eventTimeNanos = openTime + MINUTE_NANOS;
        slot.open = open;
        slot.high = high;
        slot.low = low;
        slot.close = close;
        slot.volume = volume;
    }
}
