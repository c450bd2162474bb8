package io.strikeiq.analytics;

import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.ForwardEstimator;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import io.strikeiq.state.ChainState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.indexTrade;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.sessionOpen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A five-strike chain whose every metric was worked out independently (Python with math.erf, the
 * numbers below): r = 0, F = 24,010 by put-call parity, σ = 13 % on every leg, t = (281,700 s −
 * 10 s) / (365 × 86,400 s) = 0.008932331303906646, lot 65, spot 24,005.
 *
 * <pre>
 * strike  call mid            put mid             call OI put OI  Γ (per point of F)
 * 23900   180.5228165678509   70.5228165678509    1000    7000    0.0012582156329205123
 * 23950   149.96793622805671  89.96793622805671   2000    9000    0.0013229247305950743
 * 24000   122.72924014081582  112.729240140814    5000    6000    0.0013512753561894066
 * 24050   98.86347097430371   138.8634709743037   8000    2000    0.0013410951999333804
 * 24100   78.33154873796047   168.33154873795866  6000    1000    0.001293481320607945
 * </pre>
 * GEX per strike = Γ·F²·(callOI − putOI)·65·0.01 (CLASSIC): −2,828,811,468.16, −3,470,011,003.49,
 * −506,339,179.10, +3,015,147,310.37, +2,423,415,283.42; total −1,366,599,056.96 (short gamma);
 * call wall 24050 (call GEX 4,020,196,413.83), put wall 23950 (put GEX −4,461,442,718.77). Flip:
 * the only zero of total GEX within ±10 % at spot 24,145.594223 (bisection on the exact curve).
 */
class ChainHandWorkedTest {
    private static final double[] STRIKES = {23_900, 23_950, 24_000, 24_050, 24_100};
    private static final double[] CALL_MID = {180.5228165678509, 149.96793622805671, 122.72924014081582,
        98.86347097430371, 78.33154873796047};
    private static final double[] PUT_MID = {70.5228165678509, 89.96793622805671, 112.729240140814,
        138.8634709743037, 168.33154873795866};
    private static final double[] GAMMA = {0.0012582156329205123, 0.0013229247305950743, 0.0013512753561894066,
        0.0013410951999333804, 0.001293481320607945};
    private static final double[] STRIKE_GEX = {-2828811468.161563, -3470011003.485943, -506339179.10134315,
        3015147310.3717494, 2423415283.4196506};
    private static final long[] CALL_OI = {1000, 2000, 5000, 8000, 6000};
    private static final long[] PUT_OI = {7000, 9000, 6000, 2000, 1000};
    private static final long TICK_TIME = T0 + 10 * SECOND;

    private static ChainAnalyticsConfig config() {
        // r = 0 so that D = 1; a fine flip grid (0.001 % steps) so interpolation error is negligible;
        // the flip is recomputed on demand in the tests (hourly schedule).
        return ChainAnalyticsConfig.builder().rate(0).flipRange(0.10).flipStep(0.00001)
            .sampleNanos(60 * SECOND).windowNanos(300 * SECOND).flipNanos(3_600 * SECOND).snapshotNanos(0).build();
    }

    /** Lists the chain, opens the session, prints spot 24,005 and ticks every leg twice (the second pass sees the forward). */
    static ChainHarness chain(final ChainAnalyticsConfig config, final long[] callOi, final long[] putOi) {
        final ChainHarness h = new ChainHarness(config, SECOND);
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        for (int k = 0; k < STRIKES.length; k++) {
            h.apply(optionDefinition(10 + 2 * k, NIFTY, EXPIRY_1, STRIKES[k], true));
            h.apply(optionDefinition(11 + 2 * k, NIFTY, EXPIRY_1, STRIKES[k], false));
        }
        h.apply(sessionOpen(NIFTY, T0));
        h.apply(indexTrade(NIFTY, T0 + SECOND, 24_005, 0));
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < STRIKES.length; k++) {
                h.apply(tick(10 + 2 * k, TICK_TIME - (1 - pass) * 5 * SECOND, CALL_MID[k], 1_000, callOi[k]));
                h.apply(tick(11 + 2 * k, TICK_TIME - (1 - pass) * 5 * SECOND, PUT_MID[k], 1_500, putOi[k]));
            }
        }
        return h;
    }

    static MarketEvent tick(final int id, final long time, final double mid, final long volume, final long oi) {
        final MarketEvent e = new MarketEvent();
        e.type = EventType.OPTION_TICK;
        e.instrumentId = id;
        e.eventTimeNanos = time;
        e.ltp = mid;
        e.bid = mid - 0.5;
        e.ask = mid + 0.5;
        e.bidQty = 65;
        e.askQty = 65;
        e.volume = volume;
        e.openInterest = oi;
        return e;
    }

    @Test
    void everyChainMetricMatchesTheHandWorkedValues() {
        final ChainHarness h = chain(config(), CALL_OI, PUT_OI);
        final ChainState chain = h.state.chain(0);
        assertEquals(24_010, h.greeks.forward(0), 1e-9, "parity forward K + C − P");
        assertEquals(ForwardEstimator.SOURCE_PARITY, h.greeks.forwardSource(0));
        final io.strikeiq.state.OptionLegFlyweight leg = new io.strikeiq.state.OptionLegFlyweight();
        for (int k = 0; k < STRIKES.length; k++) {
            for (int side = 0; side < 2; side++) {
                chain.leg(k, side, leg);
                assertEquals(0.13, leg.iv(), 1e-10, "IV of " + STRIKES[k]);
                assertEquals(GAMMA[k], leg.gamma(), GAMMA[k] * 1e-8, "gamma of " + STRIKES[k]);
            }
            assertEquals(STRIKE_GEX[k], h.gex.strikeGex(0, k), Math.abs(STRIKE_GEX[k]) * 1e-8, "GEX at " + STRIKES[k]);
        }
        assertEquals(-1366599056.957448, h.gex.chainGex(0), 1366599056.957448 * 1e-8, "total GEX");
        assertEquals(h.gex.chainGex(0), h.gex.totalGex(NIFTY));
        assertEquals(24_050, h.gex.callWall(0));
        assertEquals(23_950, h.gex.putWall(0));
        assertEquals(24_050, h.gex.totalWall(NIFTY, ChainState.CALL));
        assertEquals(23_950, h.gex.totalWall(NIFTY, ChainState.PUT));
        assertEquals(24_145.594223, h.gex.recomputeFlip(NIFTY, TICK_TIME), 0.01, "gamma flip");

        assertEquals(25_000.0 / 22_000.0, h.pcr.totalPcr(NIFTY), 1e-15, "PCR(OI)");
        assertEquals(1.5, h.chain.pcrVolume(0), 1e-15, "PCR(volume) 7,500 / 5,000");
        assertEquals(24_000, h.maxPain.chainMaxPain(0), "max pain");
        assertEquals(24_000, h.chain.atmStrike(0), "ATM: strike nearest F = 24,010");
        final double straddle = CALL_MID[2] + PUT_MID[2];
        assertEquals(235.45848028162982, straddle, 1e-12);
        assertEquals(straddle, h.chain.atmStraddle(0), 1e-9);
        assertEquals(295.1034420877896, h.chain.expectedMoveStraddle(0), 1e-9, "straddle / sqrt(2/pi)");
        assertEquals(0.13, h.chain.atmIv(0), 1e-10);
        assertEquals(294.99722034610096, h.chain.expectedMoveIv(0), 1e-6, "F sigma sqrt(t)");
        assertEquals(23_950, h.chain.supportWall(0), "max put OI at or below 24,005");
        assertEquals(24_050, h.chain.resistanceWall(0), "max call OI at or above 24,005");
        // First complete straddle of the session is the reference: the forward is 24,010 from the first
        // parity estimate on (every strike's C − P gives it), so the ATM is 24,000 as soon as it exists, and
        // both passes tick the same mids: the reference is the 24,000 straddle above. The ATM call mid +8
        // then moves it by 8 / 235.458.
        assertEquals(straddle, h.chain.openStraddle(0), 1e-9, "reference straddle = the first complete ATM straddle");
        h.apply(tick(14, TICK_TIME + SECOND, CALL_MID[2] + 8, 1_000, CALL_OI[2]));
        assertEquals(8 / straddle, h.chain.straddleChange(0), 1e-12);
    }

    /**
     * Call OI only at 24,100 and put OI only at 23,900, equal OI and vol: the two gammas are equal where
     * d1(24,100) = −d1(23,900), i.e. F* = √(24,100 · 23,900) · e^{−σ²t/2} = 23,997.980273; in spot terms
     * S* = 24,005 · F* / 24,010 = 23,992.982776.
     */
    @Test
    void twoLegFlipIsTheClosedFormCrossing() {
        final ChainHarness h = chain(config(), new long[] {0, 0, 0, 0, 5_000}, new long[] {5_000, 0, 0, 0, 0});
        assertEquals(23_992.98277612672, h.gex.recomputeFlip(NIFTY, TICK_TIME), 0.01);
    }

    @Test
    void stickyAtmFollowsTheSameExpiryFuture() {
        final ChainHarness h = new ChainHarness(config(), SECOND);
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        final MarketEvent future = new MarketEvent();
        future.type = EventType.INSTRUMENT_DEFINITION;
        future.instrumentId = 2;
        future.instrument.instrumentId = 2;
        future.instrument.kind = InstrumentSpec.KIND_FUTURE;
        future.instrument.underlyingId = NIFTY;
        future.instrument.expiryNanos = EXPIRY_1;
        future.instrument.lotSize = 65;
        future.instrument.tickSize = 0.05;
        future.instrument.venue("NSE").symbol("NIFTYFUT");
        h.apply(future);
        for (int k = 0; k < STRIKES.length; k++) {
            h.apply(optionDefinition(10 + 2 * k, NIFTY, EXPIRY_1, STRIKES[k], true));
            h.apply(optionDefinition(11 + 2 * k, NIFTY, EXPIRY_1, STRIKES[k], false));
        }
        final double[] path = {24_020, 24_025, 24_026, 24_025, 24_024, 23_975, 23_974};
        final double[] atm = {24_000, 24_000, 24_050, 24_050, 24_000, 24_000, 23_950};
        for (int i = 0; i < path.length; i++) {
            h.apply(indexTrade(2, T0 + (i + 1) * SECOND, path[i], 1));
            h.apply(tick(14, T0 + (i + 1) * SECOND, CALL_MID[2], 10, 100));
            assertEquals(ForwardEstimator.SOURCE_FUTURE, h.greeks.forwardSource(0));
            assertEquals(path[i], h.greeks.forward(0));
            assertEquals(atm[i], h.chain.atmStrike(0), "F = " + path[i]);
        }
    }

    @Test
    void gammaRegimeChangesWithHysteresisAndDebounce() {
        final ChainHarness h = chain(config().toBuilder().debounceNanos(60 * SECOND).build(), CALL_OI, PUT_OI);
        h.apply(indexTrade(NIFTY, TICK_TIME + SECOND, 24_005, 0));
        assertEquals(-1, h.gex.regime(NIFTY), "short gamma, first reading silent");
        assertTrue(h.signals.stream().noneMatch(s -> s.signalType == SignalType.GAMMA_REGIME_CHANGE));
        // 30,000 more call OI at 24050 adds Γ·F²·30,000·0.65 = +15.08e9: long gamma.
        // The tick crosses the 2 s timer boundary; the timer runs after the tick is in the books, so
        // the regime changes on this very event.
        final List<Signal> up = h.apply(tick(16, TICK_TIME + 2 * SECOND, CALL_MID[3], 1_000, 38_000));
        up.removeIf(s -> s.signalType != SignalType.GAMMA_REGIME_CHANGE);
        assertEquals(1, up.size(), up.toString());
        assertEquals(EngineId.GAMMA_EXPOSURE, up.get(0).engine);
        assertEquals(SignalType.GAMMA_REGIME_CHANGE, up.get(0).signalType);
        assertEquals(1.0, up.get(0).value2);
        assertEquals(h.gex.totalGex(NIFTY), up.get(0).value1);
        assertEquals(GexConvention.CLASSIC.ordinal(), up.get(0).value4);
        assertTrue(h.apply(indexTrade(NIFTY, TICK_TIME + 3 * SECOND, 24_005, 0)).isEmpty(), "still long: nothing new");
        // Back to short within 60 s: held back by the debounce, then released after the window.
        h.apply(tick(16, TICK_TIME + 4 * SECOND, CALL_MID[3], 1_000, 8_000));
        assertTrue(h.apply(indexTrade(NIFTY, TICK_TIME + 20 * SECOND, 24_005, 0)).isEmpty());
        assertEquals(1, h.gex.regime(NIFTY));
        final List<Signal> down = h.apply(indexTrade(NIFTY, TICK_TIME + 64 * SECOND, 24_005, 0));
        assertEquals(1, down.size());
        assertEquals(-1.0, down.get(0).value2);
    }

    @Test
    void spotCrossingTheFlipSignalsOnceBeyondTheBand() {
        final ChainHarness h = chain(config(), CALL_OI, PUT_OI);
        final double flip = h.gex.recomputeFlip(NIFTY, TICK_TIME);
        assertTrue(h.apply(indexTrade(NIFTY, TICK_TIME + 100_000_000L, 24_005, 0)).isEmpty(), "first side silent");
        assertEquals(-1, h.gex.flipSide(NIFTY));
        // Inside the 0.1 % band above the flip: no change.
        assertTrue(h.apply(indexTrade(NIFTY, TICK_TIME + 200_000_000L, flip * 1.0005, 0)).isEmpty());
        final List<Signal> cross = h.apply(indexTrade(NIFTY, TICK_TIME + 300_000_000L, flip * 1.002, 0));
        assertEquals(1, cross.size());
        assertEquals(SignalType.GAMMA_FLIP_CROSS, cross.get(0).signalType);
        assertEquals(1, cross.get(0).direction);
        assertEquals(flip, cross.get(0).value2);
    }
}
