package io.strikeiq.analytics.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.bars.SessionAlignment;
import io.strikeiq.bars.Timeframe;
import io.strikeiq.sbe.BarRejectDecoder;
import io.strikeiq.sbe.CompletedBarDecoder;
import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.RollDecoder;
import io.strikeiq.sbe.TriangleEventDecoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole chain on hand-made 1-minute bars: filters and their priority, HTF alignment, warm-up, rejects, rolls, buckets closed by later events. */
class FuturesSignalEngineTest {
    static final long T0 = FuturesHarness.t("2024-01-02T00:00:00Z");
    static final long M = FuturesHarness.MIN;
    static final int NQ = 7;

    enum Third { ENGULFING, SWEEP, PLAIN }

    private static FuturesConfig config(final int switches, final boolean aligned, final boolean engulf, final boolean sweep) {
        return FuturesConfig.builder().alignment(SessionAlignment.UTC).htfSwitches(switches).htfAlignedOnly(aligned)
            .requireEngulfing(engulf).requireSweepEngulfing(sweep).build();
    }

    /** Three bars whose third flips the 1m bias BULLISH (close 101.5 above the ATH 101), with or without (sweep-)engulfing. */
    private static FuturesHarness bullishFlip(final FuturesConfig c, final Third third) {
        final FuturesHarness h = new FuturesHarness(c);
        h.define(NQ, 0, "NQH4");
        h.bar(NQ, T0, 100, 101, 99, 100.5);
        h.bar(NQ, T0 + M, 100.5, 100.8, 99.5, 99.8); // red
        switch (third) {
            case ENGULFING: h.bar(NQ, T0 + 2 * M, 99.8, 102, 99.6, 101.5); break;
            case SWEEP: h.bar(NQ, T0 + 2 * M, 99.8, 102, 99.4, 101.5); break;
            default: h.bar(NQ, T0 + 2 * M, 100, 102, 99.6, 101.5); break;
        }
        assertEquals(Bias.BULLISH, h.engine.bias(NQ, Timeframe.M1));
        return h;
    }

    private static int triangles(final FuturesConfig c, final Third third) {
        return bullishFlip(c, third).triangles().size();
    }

    @Test
    void aFlipWithNoFiltersIsATriangleCarryingEveryBiasAndTheSettings() {
        final FuturesHarness h = bullishFlip(config(0, false, false, false), Third.PLAIN);
        assertEquals(1, h.signals.size());
        assertEquals(EngineId.FUTURES, h.signals.get(0).engine);
        assertEquals(SignalType.TRIANGLE, h.signals.get(0).signalType);
        assertEquals(1, h.signals.get(0).direction);
        final TriangleEventDecoder t = h.triangles().get(0);
        assertEquals(NQ, t.instrumentId());
        assertEquals(T0 + 2 * M, t.openTime());
        assertEquals(T0 + 3 * M, t.eventTime());
        assertEquals(Direction.BULLISH, t.direction());
        assertEquals(Direction.BULLISH, t.bias1m());
        assertEquals(Direction.NEUTRAL, t.bias5m());
        assertEquals(Direction.NEUTRAL, t.bias1d());
        assertEquals(1, t.htfBullish(), "no timeframe switched on → aligned");
        assertEquals(1, t.htfBearish());
        assertEquals(0, t.htfAlignedOnly());
        assertEquals(0, t.requireEngulfing());
        assertEquals(0, t.requireSweepEngulfing());
        assertEquals(0, t.htfSwitches());
        assertEquals(io.strikeiq.EngineVersion.CURRENT, t.engineVersion(), "triangles carry the output version");
        assertEquals("NQH4", t.symbol().trim());
        assertEquals(101.5, t.closePrice());
    }

    @Test
    void requireEngulfingNeedsTheMatchingEngulfing() {
        final FuturesConfig c = config(0, false, true, false);
        assertEquals(1, triangles(c, Third.ENGULFING));
        assertEquals(1, triangles(c, Third.SWEEP), "a sweep-engulfing is an engulfing");
        assertEquals(0, triangles(c, Third.PLAIN));
    }

    @Test
    void requireSweepEngulfingTakesPriorityOverRequireEngulfing() {
        for (final boolean engulf : new boolean[] {false, true}) {
            final FuturesConfig c = config(0, false, engulf, true);
            assertEquals(1, triangles(c, Third.SWEEP));
            assertEquals(0, triangles(c, Third.ENGULFING), "engulfing without the sweep is not enough");
            assertEquals(0, triangles(c, Third.PLAIN));
        }
        final TriangleEventDecoder t = bullishFlip(config(0, false, true, true), Third.SWEEP).triangles().get(0);
        assertEquals(1, t.requireEngulfing());
        assertEquals(1, t.requireSweepEngulfing());
    }

    @Test
    void htfAlignmentVetoesOnlyThroughSwitchedOnTimeframes() {
        assertEquals(0, triangles(config(FuturesConfig.ALL_HTF, true, false, false), Third.PLAIN), "HTFs neutral");
        assertEquals(0, triangles(config(FuturesConfig.SWITCH_1D, true, false, false), Third.PLAIN));
        assertEquals(1, triangles(config(0, true, false, false), Third.PLAIN), "none switched on → aligned");
        assertEquals(1, triangles(config(FuturesConfig.ALL_HTF, false, false, false), Third.PLAIN), "alignment off");
    }

    @Test
    void bearishMirror() {
        final FuturesHarness h = new FuturesHarness(config(0, false, true, false));
        h.bar(NQ, T0, 100, 101, 99, 99.5);
        h.bar(NQ, T0 + M, 99.5, 100.5, 99.2, 100.2);      // green
        h.bar(NQ, T0 + 2 * M, 100.2, 100.4, 98, 98.5);    // red engulfing, close below the ATL 99
        assertEquals(1, h.triangles().size());
        assertEquals(Direction.BEARISH, h.triangles().get(0).direction());
        assertEquals(-1, h.signals.get(0).direction);
    }

    @Test
    void warmUpCountAndWindowStartHoldTrianglesBack() {
        final FuturesConfig c = config(0, false, false, false);
        assertEquals(1, triangles(c.toBuilder().warmupBars(2).windowStartNanos(Long.MIN_VALUE)
            .build(), Third.PLAIN), "third bar is past a warm-up of 2");
        assertEquals(0, triangles(c.toBuilder().warmupBars(3).windowStartNanos(Long.MIN_VALUE).build(), Third.PLAIN));
        assertEquals(1, triangles(c.toBuilder().warmupBars(0).windowStartNanos(T0 + 2 * M)
            .build(), Third.PLAIN), "bar opens at the window start");
        assertEquals(0, triangles(c.toBuilder().warmupBars(0).windowStartNanos(T0 + 3 * M)
            .build(), Third.PLAIN), "bar before the window");
    }

    /** Minutes 0-8 inside [99, 101]; the bar at {@code flipMinute} closes 103 (above every ATH). */
    private static FuturesHarness htfScenario(final int flipMinute) {
        final FuturesHarness h = new FuturesHarness(config(FuturesConfig.SWITCH_5M, true, false, false));
        for (int i = 0; i < 10; i++) {
            if (i == flipMinute) {
                h.bar(NQ, T0 + i * M, 100, 103.5, 99.5, 103);
            } else if (i < flipMinute) {
                h.doji(NQ, T0 + i * M, 100, 1);
            }
        }
        return h;
    }

    @Test
    void theHtfBarCompletingAtTheSameCloseCountsButAFormingOneNever() {
        final FuturesHarness h = htfScenario(9);
        final List<CompletedBarDecoder> bars = h.completedBars();
        assertEquals(2, bars.stream().filter(b -> b.timeframeSeconds() == 300).count());
        assertEquals(Bias.BULLISH, h.engine.bias(NQ, Timeframe.M5), "5m bar [5,10) closed 103 above the 5m ATH 101");
        assertEquals(1, h.triangles().size());
        assertEquals(Direction.BULLISH, h.triangles().get(0).bias5m());
        assertEquals(1, h.triangles().get(0).htfBullish());

        final FuturesHarness early = htfScenario(8);
        assertEquals(Bias.BULLISH, early.engine.bias(NQ, Timeframe.M1));
        assertEquals(Bias.NEUTRAL, early.engine.bias(NQ, Timeframe.M5), "bucket [5,10) still forming: bias carried");
        assertTrue(early.engine.bars().isForming(0, Timeframe.M5));
        assertEquals(0, early.triangles().size());
    }

    @Test
    void htfBiasIsUpdatedOnlyWhenItsBarCompletes() {
        final FuturesHarness h = new FuturesHarness(config(0, false, false, false));
        for (int i = 0; i < 14; i++) {
            h.doji(NQ, T0 + i * M, 100 + i, 1);
            assertEquals((i + 1) / 5, h.engine.biasEngine(NQ, Timeframe.M5).bars(), "after minute " + i);
        }
        final CompletedBarDecoder b = h.completedBars().get(1);
        assertEquals(300, b.timeframeSeconds());
        assertEquals(T0 + 5 * M, b.openTime());
        assertEquals(T0 + 10 * M, b.closeTime());
        assertEquals(105, b.openPrice());
        assertEquals(110, b.highPrice());
        assertEquals(104, b.lowPrice());
        assertEquals(109, b.closePrice());
        assertEquals(50, b.volume());
        assertEquals(5, b.minuteBars());
    }

    @Test
    void theFirstEventAfterItsCloseClosesABucketWhoseLastMinuteNeverCame() {
        final FuturesHarness h = new FuturesHarness(config(0, false, false, false));
        for (int i = 0; i < 4; i++) {
            h.doji(NQ, T0 + i * M, 100, 1);
        }
        assertTrue(h.engine.bars().isForming(0, Timeframe.M5));
        h.doji(8, T0 + 4 * M, 50, 1); // another instrument's bar closing at T0+5m: not yet past NQ's close
        assertTrue(h.engine.bars().isForming(0, Timeframe.M5), "an event at the close instant itself does not close it");
        h.doji(8, T0 + 5 * M, 50, 1);
        assertFalse(h.engine.bars().isForming(0, Timeframe.M5));
        final CompletedBarDecoder b = h.completedBars().stream()
            .filter(x -> x.instrumentId() == NQ && x.timeframeSeconds() == 300).findFirst().orElseThrow();
        assertEquals(4, b.minuteBars());
        assertEquals(T0 + 5 * M, b.closeTime());
        assertEquals(T0 + 6 * M, b.eventTime(), "published at the first event strictly after the close");
    }

    @Test
    void rejectedBarsAreRecordedAndNeverReachTheEngines() {
        final FuturesHarness h = new FuturesHarness(config(0, false, false, false));
        h.bar(NQ, T0, Double.NaN, 101, 99, 100);
        assertNull(h.engine.biasEngine(NQ, Timeframe.M1), "nothing reached the chain");
        h.bar(NQ, T0 + M, 100, 101, 99, 100.5);
        h.bar(NQ, T0 + M, 100, 101, 99, 100.5);
        h.bar(NQ, T0 + 2 * M, 100, 99.5, 99, 100);
        assertEquals(1, h.engine.biasEngine(NQ, Timeframe.M1).bars());
        final List<BarRejectDecoder> r = h.rejects();
        assertEquals(3, r.size());
        assertEquals(BarRejectReason.NON_FINITE, r.get(0).reason());
        assertEquals(BarRejectReason.DUPLICATE, r.get(1).reason());
        assertEquals(100.5, r.get(1).reference(), "previous good close");
        assertEquals(BarRejectReason.OHLC_INTEGRITY, r.get(2).reason());
        assertEquals(T0 + 2 * M, r.get(2).openTime());
    }

    @Test
    void aContinuousSeriesChangingContractIsARollAndTheNewContractStartsFresh() {
        final FuturesHarness h = new FuturesHarness(config(0, false, false, false));
        h.define(50, 0, "NQ.v.0");
        h.define(51, 50, "NQ.v.0@51");
        h.define(52, 50, "NQ.v.0@52");
        h.bar(51, T0, 100, 101, 99, 100.5);
        h.bar(51, T0 + M, 100.5, 102, 100, 101.75);
        assertEquals(0, h.rolls().size());
        h.bar(52, T0 + 2 * M, 180, 181, 179, 180.5); // the basis gap is real: no reject, no adjustment
        final List<RollDecoder> rolls = h.rolls();
        assertEquals(1, rolls.size());
        assertEquals(50, rolls.get(0).seriesId());
        assertEquals(51, rolls.get(0).fromInstrumentId());
        assertEquals(52, rolls.get(0).toInstrumentId());
        assertEquals(101.75, rolls.get(0).lastClose());
        assertEquals(180, rolls.get(0).firstOpen());
        assertEquals(1, h.engine.biasEngine(52, Timeframe.M1).bars());
        assertEquals(2, h.engine.biasEngine(51, Timeframe.M1).bars());
        h.bar(52, T0 + 3 * M, 180.5, 181, 180, 180.75);
        assertEquals(1, h.engine.rolls());
    }

    @Test
    void everyAcceptedMinuteBarCarriesTheSixBiasesInForceAfterIt() {
        final FuturesHarness h = bullishFlip(config(0, false, false, false), Third.PLAIN);
        final List<io.strikeiq.sbe.BarBiasesDecoder> b = h.barBiases();
        assertEquals(3, b.size(), "one per accepted 1m bar");
        final io.strikeiq.sbe.BarBiasesDecoder last = b.get(2);
        final TriangleEventDecoder t = h.triangles().get(0);
        assertEquals(t.openTime(), last.openTime());
        assertEquals(t.inputSequence(), last.inputSequence());
        assertEquals(Bias.BULLISH, last.bias1mRaw(), "the flip of this bar");
        assertEquals(t.bias5mRaw(), last.bias5mRaw());
        assertEquals(t.bias1dRaw(), last.bias1dRaw());
        assertEquals(Bias.NEUTRAL, b.get(0).bias1mRaw());
        h.bar(NQ, T0, 100, 99, 101, 100); // OHLC_INTEGRITY: rejected, no biases record
        assertEquals(3, h.barBiases().size());
    }
}
