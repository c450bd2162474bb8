package io.strikeiq.analytics;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.IvFlags;
import io.strikeiq.math.IvResult;
import io.strikeiq.math.QuotedImpliedVolatility;
import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of random ticks (quotes, one-sided and wide quotes, OI moves, ticks without OI,
 * session opens, window rolls) and after every 200 events each incremental aggregate is checked
 * against a from-scratch recompute over the legs: per-leg IV and greeks of the ticked leg, build-up
 * classes and their OI-weighted aggregates (day and window), GEX per contract, per chain and per
 * underlying, call and put walls, chain OI and volume sums, PCR totals and max pain. The forward
 * moves with spot, so legs are also re-solved without ticking (forward re-solve); the check runs
 * after such events too.
 */
class ChainIncrementalTest {
    private static final int EVENTS = 40_000;

    @ParameterizedTest
    @EnumSource(GexConvention.class)
    void everyIncrementalAggregateEqualsARecompute(final GexConvention convention) {
        final ChainAnalyticsConfig config = ChainAnalyticsConfig.builder().ivResolveForwardMove(0)
            .gexConvention(convention)
            .sampleNanos(30 * SECOND).windowNanos(20 * SECOND).flipNanos(5 * SECOND).snapshotNanos(10 * SECOND).build();
        final ChainHarness h = new ChainHarness(config, SECOND);
        final ChainMarket market = new ChainMarket(7, 15, 9_000);
        market.define(h);
        final QuotedImpliedVolatility quoted = new QuotedImpliedVolatility(config.rate(), config.maxSpreadRatio(),
            config.staleNanos());
        final IvResult iv = new IvResult();
        final OptionLegFlyweight leg = new OptionLegFlyweight();
        int solved = 0;
        int flagged = 0;
        long resolvedLegs = 0;
        int resolvingEvents = 0;
        long lastTime = 0;
        for (int i = 0; i < EVENTS; i++) {
            final MarketEvent e = market.next();
            h.run(e);
            lastTime = e.eventTimeNanos;
            if (e.type == EventType.OPTION_TICK) {
                final int c = h.state.chainIndexOf(e.instrumentId);
                final ChainState chain = h.state.chain(c);
                final int slot = h.state.slotOf(e.instrumentId);
                final int side = h.state.sideOf(e.instrumentId);
                chain.leg(slot, side, leg);
                assertEquals(h.greeks.forward(c), leg.greeksForward(), "leg solved at the chain's forward");
                quoted.solve(side == ChainState.CALL, leg.bid(), leg.ask(), leg.ltp(), e.eventTimeNanos,
                    leg.greeksForward(), chain.strikeAt(slot), chain.expiryNanos(), e.eventTimeNanos, iv);
                assertEquals(iv.vol(), leg.iv(), "IV of the ticked leg");
                assertEquals(iv.flags(), leg.ivFlags(), "IV flags of the ticked leg");
                if (iv.hasValue()) {
                    solved++;
                    assertTrue(leg.gamma() > 0 && leg.vega() > 0, "greeks stored with the IV");
                } else {
                    flagged++;
                    assertTrue(Double.isNaN(leg.gamma()));
                }
                if (IvFlags.has(leg.ivFlags(), IvFlags.WIDE_SPREAD)) {
                    flagged++;
                }
            }
            if (h.greeks.resolvedCount() > 0) {
                resolvedLegs += h.greeks.resolvedCount();
                // Every 25th event that re-solved legs after a forward move (once both chains have a
                // forward, which checkAll expects): the re-solves went through the incremental path.
                if (resolvingEvents++ % 25 == 0 && !Double.isNaN(h.greeks.forward(0)) && !Double.isNaN(h.greeks.forward(1))) {
                    checkAll(h, config, e.eventTimeNanos);
                }
            }
            if (i % 200 == 199) {
                checkAll(h, config, e.eventTimeNanos);
            }
        }
        assertTrue(resolvedLegs > EVENTS, "forward moves re-solved legs that did not tick: " + resolvedLegs);
        assertTrue(solved > EVENTS / 2, "most ticks solve: " + solved);
        assertTrue(flagged > 100, "the quote paths with flags are exercised: " + flagged);
        if (convention == GexConvention.CLASSIC) {
            // After 40,000 random events the flip the engine's solver finds on the final state equals
            // the slow reference; the market straddles its strikes, so a crossing must exist.
            final double reference = FlipReference.bruteForce(h, config.rate(), lastTime);
            assertFalse(Double.isNaN(reference), "the random market has a gamma flip");
            assertEquals(reference, h.gex.recomputeFlip(NIFTY, lastTime), Math.abs(reference) * 1e-6);
        }
    }

    static void checkAll(final ChainHarness h, final ChainAnalyticsConfig config, final long now) {
        final OptionLegFlyweight leg = new OptionLegFlyweight();
        long totalPut = 0;
        long totalCall = 0;
        long totalGex = 0;
        for (int c = 0; c < h.state.chainCount(); c++) {
            final ChainState chain = h.state.chain(c);
            final long[][] day = new long[2][BuildUp.COUNT];
            final long[][] window = new long[2][BuildUp.COUNT];
            final long[] oi = new long[2];
            final long[] vol = new long[2];
            final long[] gex = new long[2];
            long gross = 0;
            int callWall = -1;
            int putWall = -1;
            long callKey = 0;
            long putKey = 0;
            for (int s = 0; s < chain.slotCount(); s++) {
                for (int side = 0; side < 2; side++) {
                    chain.leg(s, side, leg);
                    oi[side] += leg.oi();
                    vol[side] += leg.volume();
                    final long minOi = config.buildUpMinLots() * chain.lotSize();
                    final double minPrice = config.buildUpMinTicks() * 0.05;
                    final byte d = leg.dayOpenOi() == OptionLegFlyweight.UNKNOWN_OI ? BuildUp.NEUTRAL
                        : BuildUp.classify(leg.oi() - leg.dayOpenOi(), leg.ltp() - leg.dayOpenPrice(), minOi, minPrice);
                    final byte w = leg.windowOi() == OptionLegFlyweight.UNKNOWN_OI ? BuildUp.NEUTRAL
                        : BuildUp.classify(leg.oi() - leg.windowOi(), leg.ltp() - leg.windowPrice(), minOi, minPrice);
                    assertEquals(d, leg.buildUp(), "day build-up of slot " + s + " side " + side);
                    assertEquals(w, leg.windowBuildUp(), "window build-up of slot " + s + " side " + side);
                    day[side][d] += leg.oi();
                    window[side][w] += leg.oi();
                    final long g = GammaExposureEngine.contractGexMilli(leg, side == 0, chain.lotSize(), config.gexConvention());
                    assertEquals(g / 1000.0, h.gex.contractGex(c, s, side), "GEX of slot " + s + " side " + side);
                    gex[side] += g;
                    gross += Math.abs(g);
                    if (side == 0 && g > callKey) {
                        callKey = g;
                        callWall = s;
                    }
                    if (side == 1 && Math.abs(g) > putKey) {
                        putKey = Math.abs(g);
                        putWall = s;
                    }
                }
            }
            for (int side = 0; side < 2; side++) {
                for (int b = 0; b < BuildUp.COUNT; b++) {
                    assertEquals(day[side][b], h.chain.buildUpOi(c, side, b), "day aggregate side " + side + " class " + b);
                    assertEquals(window[side][b], h.chain.windowBuildUpOi(c, side, b), "window aggregate");
                }
            }
            assertEquals(oi[0], chain.callOi());
            assertEquals(oi[1], chain.putOi());
            assertEquals(vol[0], chain.callVolume());
            assertEquals(vol[1], chain.putVolume());
            assertEquals(gex[0] / 1000.0, h.gex.chainCallGex(c));
            assertEquals(gex[1] / 1000.0, h.gex.chainPutGex(c));
            assertEquals((gex[0] + gex[1]) / 1000.0, h.gex.chainGex(c));
            assertEquals(gross / 1000.0, h.gex.chainGrossGex(c));
            assertEquals(callWall < 0 ? Double.NaN : chain.strikeAt(callWall), h.gex.callWall(c), "call wall");
            assertEquals(putWall < 0 ? Double.NaN : chain.strikeAt(putWall), h.gex.putWall(c), "put wall");
            assertEquals(bruteForceMaxPain(chain, leg), h.maxPain.chainMaxPain(c), "max pain");
            totalPut += oi[1];
            totalCall += oi[0];
            totalGex += gex[0] + gex[1];
            final double f = h.greeks.forward(c);
            final double spot = h.state.underlying(chain.underlyingIndex()).last();
            final double carry = spot * StrictMath.exp(ChainMarket.RATE * TimeToExpiry.years(chain.expiryNanos(), now));
            assertTrue(Math.abs(f - carry) < 25, "parity forward " + f + " near spot carried " + carry);
        }
        assertEquals(totalPut, h.pcr.totalPutOi(NIFTY));
        assertEquals(totalCall, h.pcr.totalCallOi(NIFTY));
        assertEquals(totalGex / 1000.0, h.gex.totalGex(NIFTY));
    }

    static double bruteForceMaxPain(final ChainState chain, final OptionLegFlyweight leg) {
        double best = Double.NaN;
        double bestPain = Double.POSITIVE_INFINITY;
        for (int j = 0; j < chain.slotCount(); j++) {
            if (!chain.isListed(j, leg)) {
                continue;
            }
            double pain = 0;
            for (int i = 0; i < chain.slotCount(); i++) {
                final double callOi = chain.leg(i, ChainState.CALL, leg).oi();
                final double putOi = chain.leg(i, ChainState.PUT, leg).oi();
                pain += callOi * Math.max(0, chain.strikeAt(j) - chain.strikeAt(i))
                    + putOi * Math.max(0, chain.strikeAt(i) - chain.strikeAt(j));
            }
            if (pain < bestPain) {
                bestPain = pain;
                best = chain.strikeAt(j);
            }
        }
        return best;
    }
}
