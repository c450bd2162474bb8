package io.strikeiq.analytics;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.Black76;
import io.strikeiq.math.TimeToExpiry;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.EXPIRY_2;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.optionDefinition;

/**
 * A seeded random NIFTY-like market for the chain engine tests: an index and two expiries of
 * {@code strikes} strikes (step 50 around 24,000, lot 65). Events are written into one reused
 * {@link MarketEvent}, with arithmetic-only randomness (an LCG), so driving it allocates nothing.
 * Ticks carry Black-76 prices at a noisy vol with spreads, occasionally one-sided, wide or
 * without OI; OI moves in lots; a session open every {@code openEvery} events.
 */
final class ChainMarket {
    static final double RATE = 0.065;
    final int strikes;
    final MarketEvent event = new MarketEvent();
    private final int openEvery;
    private long seed;
    private long time = T0;
    private double spot = 24_000;
    private final long[] oi;
    private final long[] volume;
    int count;

    ChainMarket(final long seed, final int strikes, final int openEvery) {
        this.seed = seed;
        this.strikes = strikes;
        this.openEvery = openEvery;
        oi = new long[2 * strikes * 2];
        volume = new long[oi.length];
        for (int i = 0; i < oi.length; i++) {
            oi[i] = 65L * (50 + nextInt(400));
        }
    }

    static int optionId(final int expiry, final int k, final int side) {
        return 100 + expiry * 1000 + 2 * k + side;
    }

    double strike(final int k) {
        return 24_000 + 50 * (k - strikes / 2);
    }

    void define(final ChainHarness h) {
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        for (int e = 0; e < 2; e++) {
            for (int k = 0; k < strikes; k++) {
                for (int side = 0; side < 2; side++) {
                    h.apply(optionDefinition(optionId(e, k, side), NIFTY, e == 0 ? EXPIRY_1 : EXPIRY_2, strike(k), side == 0));
                }
            }
        }
    }

    private int nextInt(final int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    private double nextDouble() {
        return nextInt(1 << 30) / (double) (1 << 30);
    }

    /** Fills {@link #event} with the next event and returns it. */
    MarketEvent next() {
        count++;
        time += 1 + nextInt(200_000_000);
        final MarketEvent e = event;
        e.eventTimeNanos = time;
        e.vendorIv = Double.NaN;
        if (openEvery > 0 && count % openEvery == 0) {
            e.type = EventType.SESSION;
            e.instrumentId = NIFTY;
            e.sessionKind = MarketEvent.SESSION_OPEN;
            return e;
        }
        if (nextInt(10) == 0) {
            spot += (nextDouble() - 0.5) * 4;
            e.type = EventType.UNDERLYING_TICK;
            e.instrumentId = NIFTY;
            e.tickKind = MarketEvent.TICK_TRADE;
            e.ltp = Math.round(spot * 20) / 20.0;
            e.size = 0;
            e.bid = Double.NaN;
            e.ask = Double.NaN;
            return e;
        }
        final int expiry = nextInt(2);
        final int k = nextInt(strikes);
        final int side = nextInt(2);
        final int leg = (expiry * strikes + k) * 2 + side;
        final long expiryNs = expiry == 0 ? EXPIRY_1 : EXPIRY_2;
        final double t = TimeToExpiry.years(expiryNs, time);
        final double f = spot * StrictMath.exp(RATE * t);
        final double vol = 0.13 + 0.004 * nextDouble();
        final double price = Math.max(0.05, Black76.price(side == 0, f, strike(k), t, vol)
            * StrictMath.exp(-RATE * t));
        final double half = price * (nextInt(20) == 0 ? 0.4 : 0.01) + 0.05;
        e.type = EventType.OPTION_TICK;
        e.instrumentId = optionId(expiry, k, side);
        e.ltp = Math.round(price * 20) / 20.0;
        final boolean oneSided = nextInt(20) == 0;
        e.bid = oneSided ? Double.NaN : Math.max(0.05, price - half);
        e.ask = price + half;
        e.bidQty = 650;
        e.askQty = 650;
        volume[leg] += nextInt(5) * 65L;
        e.volume = volume[leg];
        final int r = nextInt(10);
        if (r == 0) {
            e.openInterest = -1;
        } else {
            if (r < 8) {
                oi[leg] = Math.max(0, oi[leg] + 65L * (nextInt(11) - 5));
            }
            e.openInterest = oi[leg];
        }
        return e;
    }
}
