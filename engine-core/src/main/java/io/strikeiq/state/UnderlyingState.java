package io.strikeiq.state;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.DeterministicMath;

/**
 * Running state of one underlying (index, future or stock): last price and quote, day OHLC,
 * session VWAP and cumulative volume, and a ring of recent log returns between consecutive
 * prices for realised volatility. Day fields reset on session open; the first price after an
 * open does not produce a return, so overnight gaps stay out of intraday volatility.
 */
public final class UnderlyingState {
    private final int instrumentId;
    private final ReturnRing returns;
    private double last = Double.NaN;
    private double bid = Double.NaN;
    private double ask = Double.NaN;
    private long bidQty;
    private long askQty;
    private double open = Double.NaN;
    private double high = Double.NaN;
    private double low = Double.NaN;
    private long cumulativeVolume;
    private double priceVolume;
    private long lastTradeNanos;
    private long lastUpdateNanos;
    private boolean linkReturns;

    UnderlyingState(final int instrumentId, final int returnWindow) {
        this.instrumentId = instrumentId;
        this.returns = new ReturnRing(returnWindow);
    }

    /**
     * Trades ({@link MarketEvent#TICK_TRADE}, index prints included with size 0) move the price,
     * OHLC and returns, and with a size also volume and VWAP; quotes set bid/ask. NaN fields are
     * "not in this tick" and leave the previous value. Allocation-free.
     */
    void onTick(final MarketEvent e) {
        lastUpdateNanos = e.eventTimeNanos;
        if (e.tickKind == MarketEvent.TICK_QUOTE || !Double.isNaN(e.bid) || !Double.isNaN(e.ask)) {
            if (!Double.isNaN(e.bid)) {
                bid = e.bid;
                bidQty = e.bidQty;
            }
            if (!Double.isNaN(e.ask)) {
                ask = e.ask;
                askQty = e.askQty;
            }
        }
        if (e.tickKind != MarketEvent.TICK_TRADE || !(e.ltp > 0)) {
            return;
        }
        final double p = e.ltp;
        if (linkReturns && last > 0) {
            returns.add(DeterministicMath.log(p / last));
        }
        linkReturns = true;
        last = p;
        lastTradeNanos = e.eventTimeNanos;
        if (Double.isNaN(open)) {
            open = p;
            high = p;
            low = p;
        } else {
            high = Math.max(high, p);
            low = Math.min(low, p);
        }
        if (e.size > 0) {
            cumulativeVolume += e.size;
            priceVolume += p * e.size;
        }
    }

    void onSessionOpen() {
        open = Double.NaN;
        high = Double.NaN;
        low = Double.NaN;
        cumulativeVolume = 0;
        priceVolume = 0;
        linkReturns = false;
    }

    public int instrumentId() {
        return instrumentId;
    }

    public double last() {
        return last;
    }

    public double bid() {
        return bid;
    }

    public double ask() {
        return ask;
    }

    public long bidQty() {
        return bidQty;
    }

    public long askQty() {
        return askQty;
    }

    public double open() {
        return open;
    }

    public double high() {
        return high;
    }

    public double low() {
        return low;
    }

    /** Traded size since the session open. */
    public long cumulativeVolume() {
        return cumulativeVolume;
    }

    /** Σ price·size / Σ size since the session open; NaN before any sized trade. */
    public double vwap() {
        return cumulativeVolume == 0 ? Double.NaN : priceVolume / cumulativeVolume;
    }

    public long lastTradeNanos() {
        return lastTradeNanos;
    }

    public long lastUpdateNanos() {
        return lastUpdateNanos;
    }

    /** Recent log returns between consecutive trade prices. */
    public ReturnRing returns() {
        return returns;
    }
}
