package io.strikeiq.analytics;

import io.strikeiq.analytics.gex.FlipSolver;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.Black76;
import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.EXPIRY_2;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.indexTrade;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 8, the flip part: two harnesses (real composition root and stages) fed the same
 * events, one computing the flip on the firing timer ({@code flipTermsPerEvent} 0), one spreading
 * it at {@value #BUDGET} terms per event. Two expiries of 21 strikes with put OI heavy low and call
 * OI heavy high, so total GEX changes sign inside the grid. On the firing event the synchronous
 * flip equals a brute-force evaluation written here (Black-76 gamma at every grid forward, summed
 * per contract, zero crossing interpolated) and the amortised job has exactly (legs with IV and OI)
 * × 201 terms; its flip stays NaN for ceil(terms / budget) − 1 further events, while events,
 * options ticks and spot moves keep coming, and on the event ceil(terms / budget) after the firing
 * it equals the synchronous flip bit for bit.
 */
class GexFlipAmortisedTest {
    private static final int BUDGET = 1000;
    private static final int STRIKES = 21;
    private static final double SIGMA = 0.13;
    private static final long TIME = T0 + SECOND;

    private final ChainAnalyticsConfig base = ChainAnalyticsConfig.builder()
        .sampleNanos(60 * SECOND).windowNanos(300 * SECOND).flipNanos(5 * SECOND).snapshotNanos(0).build();
    private final ChainHarness sync = new ChainHarness(base.toBuilder().flipTermsPerEvent(0).build(), SECOND);
    private final ChainHarness amortised = new ChainHarness(base.toBuilder().flipTermsPerEvent(BUDGET).build(), SECOND);
    private final OptionLegFlyweight leg = new OptionLegFlyweight();

    private static int id(final int e, final int slot, final int side) {
        return 100 + 100 * e + 2 * slot + side;
    }

    private static double strike(final int slot) {
        return 23_500 + 50 * slot;
    }

    private void both(final MarketEvent e) {
        final MarketEvent copy = new MarketEvent();
        copy.copyInputFrom(e);
        sync.apply(e);
        amortised.apply(copy);
    }

    private MarketEvent tick(final int e, final int slot, final int side, final double spot, final long time) {
        final long expiry = e == 0 ? EXPIRY_1 : EXPIRY_2;
        final double t = TimeToExpiry.years(expiry, time);
        final double f = spot * StrictMath.exp(base.rate() * t);
        final double price = Black76.price(side == ChainState.CALL, f, strike(slot), t, SIGMA)
            * StrictMath.exp(-base.rate() * t);
        final long oi = 65L * (side == ChainState.CALL ? 50 + 40 * slot : 50 + 40 * (STRIKES - 1 - slot));
        return optionTick(id(e, slot, side), time, Math.max(0.05, Math.round(price * 20) / 20.0), 65 * (slot + 1), oi);
    }

    @Test
    void theAmortisedFlipLandsAfterCeilTermsOverBudgetEventsWithTheSynchronousBits() {
        both(indexDefinition(NIFTY, "NIFTY"));
        for (int e = 0; e < 2; e++) {
            final MarketEvent f = indexDefinition(90 + e, "NIFTY FUT " + e);
            f.instrument.kind = InstrumentSpec.KIND_FUTURE;
            f.instrument.underlyingId = NIFTY;
            f.instrument.expiryNanos = e == 0 ? EXPIRY_1 : EXPIRY_2;
            f.instrument.lotSize = 65;
            both(f);
            for (int s = 0; s < STRIKES; s++) {
                both(optionDefinition(id(e, s, 0), NIFTY, e == 0 ? EXPIRY_1 : EXPIRY_2, strike(s), true));
                both(optionDefinition(id(e, s, 1), NIFTY, e == 0 ? EXPIRY_1 : EXPIRY_2, strike(s), false));
            }
        }
        both(indexTrade(NIFTY, TIME, 24_000, 0));
        both(indexTrade(90, TIME, 24_020, 1));
        both(indexTrade(91, TIME, 24_060, 1));
        for (int e = 0; e < 2; e++) {
            for (int s = 0; s < STRIKES; s++) {
                both(tick(e, s, 0, 24_000, TIME));
                both(tick(e, s, 1, 24_000, TIME));
            }
        }
        final FlipSolver solver = amortised.gex.flipSolver();
        // Index prints a second apart until the flip schedule fires (a 5 s boundary after it armed).
        long time = TIME;
        int guard = 0;
        while (!solver.active()) {
            time += SECOND;
            both(indexTrade(NIFTY, time, 24_000, 0));
            assertTrue(++guard < 20, "the flip schedule fires within 20 s");
            assertTrue(Double.isNaN(amortised.gex.gammaFlip(NIFTY)), "nothing lands before the first job");
        }
        final long firedAt = time;
        final double expected = FlipReference.bruteForce(sync, base.rate(), firedAt);
        assertTrue(Double.isFinite(expected), "the market has a flip inside the grid");
        final double syncFlip = sync.gex.gammaFlip(NIFTY);
        assertEquals(expected, syncFlip, 1e-6 * expected, "synchronous flip on the firing event = brute force");
        assertTrue(Double.isNaN(amortised.gex.gammaFlip(NIFTY)), "the amortised flip has not landed on the firing event");

        final long terms = countTerms(amortised, firedAt) * (2L * 100 + 1);
        assertEquals(terms, solver.jobTerms(), "terms = legs with IV and OI x grid points");
        final long events = (terms + BUDGET - 1) / BUDGET;
        assertTrue(events > 10, "the job spans many events: " + events);

        // Following events change state (spot prints, option ticks) at the same event time: the job's inputs stay those of the firing.
        for (long n = 1; n <= events; n++) {
            if (n % 3 == 0) {
                both(tick((int) (n % 2), (int) (n % STRIKES), (int) (n / 3 % 2), 24_000 + n, firedAt));
            } else {
                both(indexTrade(NIFTY, firedAt, 24_000 + n, 0));
            }
            assertEquals(Math.min(terms, n * BUDGET), solver.termsDone(), "terms done after event " + n);
            if (n < events) {
                assertTrue(solver.active(), "still running after event " + n);
                assertTrue(Double.isNaN(amortised.gex.gammaFlip(NIFTY)), "not landed after event " + n);
            }
        }
        assertFalse(solver.active(), "the job completed on event " + events);
        assertEquals(Double.doubleToRawLongBits(syncFlip), Double.doubleToRawLongBits(amortised.gex.gammaFlip(NIFTY)),
            "the amortised flip has the synchronous flip's bits");
        for (int k = 0; k < solver.gridPoints(); k++) {
            assertEquals(sync.gex.gridGex(k), amortised.gex.gridGex(k), "grid point " + k);
        }
    }

    /** Legs that enter the flip: listed, IV > 0, OI > 0, in a chain with a forward and time left. */
    private long countTerms(final ChainHarness h, final long now) {
        long n = 0;
        for (int c = 0; c < h.state.chainCount(); c++) {
            final ChainState chain = h.state.chain(c);
            if (!(h.greeks.forward(c) > 0) || !(TimeToExpiry.years(chain.expiryNanos(), now) > 0)) {
                continue;
            }
            for (int s = 0; s < chain.slotCount(); s++) {
                for (int side = 0; side < 2; side++) {
                    chain.leg(s, side, leg);
                    if (leg.isListed() && leg.iv() > 0 && leg.oi() > 0) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

}
