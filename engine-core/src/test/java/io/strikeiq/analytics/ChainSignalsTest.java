package io.strikeiq.analytics;

import io.strikeiq.math.Black76;
import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static io.strikeiq.analytics.ChainHandWorkedTest.chain;
import static io.strikeiq.analytics.ChainHandWorkedTest.tick;
import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexTrade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PCR z-score, IV regime and OI-wall build-up signals on the hand-worked chain, sampled every 60 s of event time. */
class ChainSignalsTest {
    private static final long[] CALL_OI = {1000, 2000, 5000, 8000, 6000};
    private static final long[] PUT_OI = {7000, 9000, 6000, 2000, 1000};
    private static final long MINUTE = 60 * SECOND;

    private static ChainAnalyticsConfig config() {
        return ChainAnalyticsConfig.builder().rate(0).sampleNanos(MINUTE).windowNanos(3_600 * SECOND)
            .flipNanos(3_600 * SECOND).snapshotNanos(0)
            .pcrZWindow(10).pcrZMinSamples(3).ivHistory(5).ivMinSamples(3).debounceNanos(0).build();
    }

    private static List<Signal> ofType(final ChainHarness h, final int type) {
        return h.signals.stream().filter(s -> s.signalType == type).collect(Collectors.toList());
    }

    /**
     * Total call OI 22,000; put OI at 23,900 set so that the minute samples of PCR are 1.00, 1.02, 0.98,
     * 1.00, 1.02, 0.98, 1.30. With all seven in the window: mean 7.30 / 7 = 1.042857, population
     * sd = √(0.0787429 / 7) = 0.106061, z = (1.30 − 1.042857) / 0.106061 = 2.4245 > 2: one
     * PCR_Z_EXTREME, bullish (contrarian, like PCR_HIGH), at the seventh sample only.
     */
    @Test
    void pcrZScoreExtremeFiresOnceOnTheSpike() {
        final ChainHarness h = chain(config(), CALL_OI, PUT_OI);
        final long[] putAt23900 = {4000, 4440, 3560, 4000, 4440, 3560, 10600};
        for (int i = 0; i < putAt23900.length; i++) {
            final long boundary = T0 + (i + 1) * MINUTE;
            h.apply(tick(11, boundary - 5 * SECOND, 70.5228165678509, 1_500, putAt23900[i]));
            h.apply(indexTrade(NIFTY, boundary + SECOND, 24_005, 0));
            assertEquals(i < putAt23900.length - 1 ? 0 : 1, ofType(h, SignalType.PCR_Z_EXTREME).size(), "sample " + i);
        }
        final double[] samples = {1.00, 1.02, 0.98, 1.00, 1.02, 0.98, 1.30};
        double mean = 0;
        for (final double v : samples) {
            mean += v / samples.length;
        }
        double var = 0;
        for (final double v : samples) {
            var += (v - mean) * (v - mean) / samples.length;
        }
        final double z = (1.30 - mean) / Math.sqrt(var);
        assertEquals(2.4245, z, 1e-4);
        final Signal s = ofType(h, SignalType.PCR_Z_EXTREME).get(0);
        assertEquals(EngineId.CHAIN_METRICS, s.engine);
        assertEquals(z, s.value1, 1e-9);
        assertEquals(1.30, s.value2, 1e-12);
        assertEquals(1, s.direction);
        assertEquals(0, s.expiryNanos, "across expiries");
        assertEquals(z, h.chain.totalPcrZ(NIFTY), 1e-9);
    }

    /**
     * ATM (24,000) re-priced at σ = 13.0 %, 13.1 %, 13.2 %, 13.3 %: the fourth sample is above all three
     * before it (percentile 100, EXTREME, first regime: silent); then 12.5 % is below all four held
     * (percentile 0, LOW): IV_REGIME_CHANGE from EXTREME (4) to LOW (1).
     */
    @Test
    void ivRegimeChangeFollowsTheAtmIvPercentile() {
        final ChainHarness h = chain(config(), CALL_OI, PUT_OI);
        final double[] vols = {0.130, 0.131, 0.132, 0.133, 0.125};
        for (int i = 0; i < vols.length; i++) {
            final long boundary = T0 + (i + 1) * MINUTE;
            final long at = boundary - 5 * SECOND;
            final double t = TimeToExpiry.years(EXPIRY_1, at);
            h.apply(tick(14, at, Black76.price(true, 24_010, 24_000, t, vols[i]), 1_000, 5_000));
            h.apply(tick(15, at, Black76.price(false, 24_010, 24_000, t, vols[i]), 1_500, 6_000));
            assertEquals(vols[i], h.chain.atmIv(0), 1e-9);
            h.apply(indexTrade(NIFTY, boundary + SECOND, 24_005, 0));
        }
        assertEquals(IvRegime.LOW, h.chain.ivRegime(0));
        assertEquals(0.0, h.chain.ivPercentile(0));
        final List<Signal> changes = ofType(h, SignalType.IV_REGIME_CHANGE);
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(IvRegime.LOW, changes.get(0).value1);
        assertEquals(IvRegime.EXTREME, changes.get(0).value2);
        assertEquals(0.125, changes.get(0).value3, 1e-9);
    }

    /**
     * The resistance wall (24,050, most call OI at or above spot) first read NEUTRAL; its call then
     * gains 10 lots of OI and 2 points of price: LONG_BUILDUP at the resistance, i.e. calls bought
     * into it — bullish (+1) OI_WALL_BUILDUP_SHIFT.
     */
    @Test
    void buildUpShiftAtTheResistanceWall() {
        final ChainHarness h = chain(config(), CALL_OI, PUT_OI);
        h.apply(indexTrade(NIFTY, T0 + MINUTE + SECOND, 24_005, 0));
        assertTrue(ofType(h, SignalType.OI_WALL_BUILDUP_SHIFT).isEmpty(), "first reading silent");
        h.apply(tick(16, T0 + 90 * SECOND, 98.86347097430371 + 2, 1_000, 8_000 + 650));
        assertEquals(8_650, h.chain.buildUpOi(0, 0, BuildUp.LONG_BUILDUP), "OI-weighted: the one call in that class");
        h.apply(indexTrade(NIFTY, T0 + 2 * MINUTE + SECOND, 24_005, 0));
        final List<Signal> shifts = ofType(h, SignalType.OI_WALL_BUILDUP_SHIFT);
        assertEquals(1, shifts.size());
        assertEquals(24_050, shifts.get(0).value1);
        assertEquals(BuildUp.LONG_BUILDUP, shifts.get(0).value2);
        assertEquals(BuildUp.NEUTRAL, shifts.get(0).value3);
        assertEquals(1, shifts.get(0).value4, "resistance side");
        assertEquals(1, shifts.get(0).direction);
    }
}
