package io.strikeiq.analytics;

import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.Black76;
import io.strikeiq.math.IvResult;
import io.strikeiq.math.QuotedImpliedVolatility;
import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;
import org.junit.jupiter.api.Test;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.indexTrade;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chain of 21 strikes (23,500 … 24,500, step 50) whose legs tick in strike order, as a replayed
 * snapshot does: the five lowest strikes tick before any strike near the money has two-sided
 * quotes, so no forward exists for them. Prices are Black-76 at σ = 13 % on F = spot · e^{rt}, so
 * every leg's IV, once solved at the parity forward, is 13 %. The forward forms at the tick of
 * slot 5 (23,750, the first strike of the ±5 window around spot); that same event re-solves the
 * priced legs in strike order (up to {@link LegDerivation#RESOLVES_PER_EVENT}). Then the
 * same-expiry future trades 100 points above the parity forward: it becomes the forward, and
 * every leg is re-solved at it, 16 on that event and the rest over the next two. After every event each leg's IV equals a fresh solve at the forward its greeks
 * were computed at, and every GEX aggregate equals a recompute bit for bit.
 */
class ForwardResolveTest {
    private static final int STRIKES = 21;
    private static final double SIGMA = 0.13;
    private static final long TIME = T0 + SECOND;
    /** The same-expiry future: listed from the start, without a price until the second test's move. */
    private static final int FUTURE = 90;

    private final ChainAnalyticsConfig config = ChainAnalyticsConfig.defaults();
    private final ChainHarness h = new ChainHarness(config, SECOND);
    private final QuotedImpliedVolatility quoted = new QuotedImpliedVolatility(config.rate(), config.maxSpreadRatio(),
        config.staleNanos());
    private final IvResult iv = new IvResult();
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    /** Forward of the current phase and the event time its re-solves run at (legs at an older forward were solved at TIME). */
    private double phaseForward = Double.NaN;
    private long phaseTime = TIME;

    private static int id(final int slot, final int side) {
        return 100 + 2 * slot + side;
    }

    private static double strike(final int slot) {
        return 23_500 + 50 * slot;
    }

    /** A tick of the leg priced at σ 13 % on the forward of {@code spot}, two-sided ±0.5 around that price. */
    private MarketEvent tick(final int slot, final int side, final double spot, final long time) {
        final double t = TimeToExpiry.years(EXPIRY_1, time);
        final double f = spot * StrictMath.exp(config.rate() * t);
        final double price = Black76.price(side == ChainState.CALL, f, strike(slot), t, SIGMA)
            * StrictMath.exp(-config.rate() * t);
        return optionTick(id(slot, side), time, price, 65 * (slot + 1), 65L * (100 + 10 * slot + side));
    }

    private ChainState chain() {
        return h.state.chain(0);
    }

    @Test
    void legsThatTickedBeforeTheForwardGetTheirIvWhenItForms() {
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        final MarketEvent future = indexDefinition(FUTURE, "NIFTY FUT");
        future.instrument.kind = InstrumentSpec.KIND_FUTURE;
        future.instrument.underlyingId = NIFTY;
        future.instrument.expiryNanos = EXPIRY_1;
        future.instrument.lotSize = 65;
        h.apply(future);
        for (int s = 0; s < STRIKES; s++) {
            h.apply(optionDefinition(id(s, 0), NIFTY, EXPIRY_1, strike(s), true));
            h.apply(optionDefinition(id(s, 1), NIFTY, EXPIRY_1, strike(s), false));
        }
        h.apply(indexTrade(NIFTY, TIME, 24_000, 0));
        for (int s = 0; s < 5; s++) {
            h.apply(tick(s, 0, 24_000, TIME));
            h.apply(tick(s, 1, 24_000, TIME));
        }
        assertTrue(Double.isNaN(h.greeks.forward(0)), "no two-sided strike in the window around spot yet");
        for (int s = 0; s < 5; s++) {
            assertTrue(Double.isNaN(chain().leg(s, ChainState.CALL, leg).iv()), "slot " + s + " ticked without a forward");
        }

        h.apply(tick(5, 0, 24_000, TIME));
        assertTrue(Double.isNaN(h.greeks.forward(0)), "the call alone gives no parity forward");
        h.apply(tick(5, 1, 24_000, TIME));
        final double forward = h.greeks.forward(0);
        final double carried = 24_000 * StrictMath.exp(config.rate() * TimeToExpiry.years(EXPIRY_1, TIME));
        assertEquals(carried, forward, 1e-6, "parity forward of slot 5 = spot carried at r");
        // The forming event itself re-solved 16 priced legs in strike order: slots 0-5 (12 legs); the
        // rest of the chain has no price yet and is passed over.
        assertEquals(12, h.greeks.resolvedCount());
        for (int s = 0; s < 6; s++) {
            for (int side = 0; side < 2; side++) {
                chain().leg(s, side, leg);
                assertEquals(SIGMA, leg.iv(), 1e-7, "slot " + s + " side " + side + " solved at the new forward");
                assertEquals(forward, leg.greeksForward());
            }
        }
        checkEveryLeg(TIME);

        for (int s = 6; s < STRIKES; s++) {
            h.apply(tick(s, 0, 24_000, TIME));
            checkEveryLeg(TIME);
            h.apply(tick(s, 1, 24_000, TIME));
            checkEveryLeg(TIME);
        }
        for (int s = 0; s < STRIKES; s++) {
            for (int side = 0; side < 2; side++) {
                assertEquals(SIGMA, chain().leg(s, side, leg).iv(), 1e-7, "slot " + s + " side " + side);
            }
        }
    }

    @Test
    void aForwardMoveResolvesEveryPricedLegThroughTheIncrementalPath() {
        legsThatTickedBeforeTheForwardGetTheirIvWhenItForms();
        final double before = h.greeks.forward(0);
        final long later = TIME + SECOND;
        h.apply(indexTrade(NIFTY, later, 24_100, 0));
        assertEquals(before, h.greeks.forward(0), "an index print does not move a parity forward");
        assertEquals(0, h.greeks.resolvedCount());
        // The same-expiry future trades: it is the forward from now on, 100 points above the old one.
        final double moved = Math.round(before) + 100;
        h.apply(indexTrade(FUTURE, later, moved, 1));
        assertEquals(moved, h.greeks.forward(0));
        assertEquals(LegDerivation.RESOLVES_PER_EVENT, h.greeks.resolvedCount(), "the moving event re-solves 16 legs");
        phaseForward = moved;
        phaseTime = later;
        checkEveryLeg(later);
        int events = 0;
        while (!allAt(moved)) {
            h.apply(indexTrade(NIFTY, later, 24_100, 0));
            events++;
            assertTrue(h.greeks.resolvedCount() <= LegDerivation.RESOLVES_PER_EVENT);
            checkEveryLeg(later);
        }
        // 42 priced legs, 16 on the moving event: the other 26 take two more events (16 + 10).
        assertEquals(2, events, "events after the move until every leg is solved at the new forward");
        assertEquals(10, h.greeks.resolvedCount());
        h.apply(indexTrade(NIFTY, later, 24_100, 0));
        assertEquals(0, h.greeks.resolvedCount(), "nothing pending once the pass is done");
        // The legs kept their quotes (priced on the old forward), so at a forward 100 points higher the
        // calls are worth less vol than 13 % and the puts more.
        assertTrue(chain().leg(10, ChainState.CALL, leg).iv() < SIGMA - 0.01, "ATM call re-solved: " + leg.iv());
        assertTrue(chain().leg(10, ChainState.PUT, leg).iv() > SIGMA + 0.01, "ATM put re-solved: " + leg.iv());
    }

    private boolean allAt(final double forward) {
        for (int s = 0; s < STRIKES; s++) {
            for (int side = 0; side < 2; side++) {
                if (chain().leg(s, side, leg).greeksForward() != forward) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every leg's IV equals a fresh solve at its own greeks forward; every aggregate equals a recompute. */
    private void checkEveryLeg(final long now) {
        for (int s = 0; s < STRIKES; s++) {
            for (int side = 0; side < 2; side++) {
                chain().leg(s, side, leg);
                if (leg.greeksForward() == leg.greeksForward() && leg.ltp() > 0) {
                    quoted.solve(side == ChainState.CALL, leg.bid(), leg.ask(), leg.ltp(), leg.lastUpdateNanos(),
                        leg.greeksForward(), strike(s), EXPIRY_1, solvedAt(leg), iv);
                    assertEquals(iv.vol(), leg.iv(), "slot " + s + " side " + side);
                }
            }
        }
        ChainIncrementalTest.checkAll(h, config, now);
    }

    /** Event time of the event that last solved the leg: every event of a phase has the same time. */
    private long solvedAt(final OptionLegFlyweight l) {
        return l.greeksForward() == phaseForward ? phaseTime : TIME;
    }
}
