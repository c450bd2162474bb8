package io.strikeiq.analytics.futures;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.bars.AggregatedBar;
import io.strikeiq.bars.BarCompletionListener;
import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.bars.BarValidator;
import io.strikeiq.bars.MultiTimeframeBars;
import io.strikeiq.bars.SessionCalendar;
import io.strikeiq.bars.Timeframe;
import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import java.util.Arrays;
import org.agrona.collections.Int2IntHashMap;

/**
 * The futures signal chain (futures_signals.md) over 1-minute {@link EventType#BAR} events, keyed
 * by instrument id: validate (a rejected bar becomes a BarReject record and goes no further) →
 * roll check of its continuous series (Roll record) → 5m/15m/30m/1h/4h/1d aggregation (CompletedBar
 * records; each completion updates that timeframe's {@link BiasEngine}; 30m has its own bias for
 * its bar records but takes no part in the triangle) → 1m bias → engulfing /
 * sweep-engulfing against the previous accepted bar → HTF alignment → filters → triangle (a
 * {@link SignalType#TRIANGLE} signal plus a TriangleEvent record with the six biases and the filter
 * settings). HTF completions a bar triggers are applied before the 1m bar's own bias, so a
 * triangle sees every HTF bar available at its bar's close and never a forming one. Event-time
 * timers close buckets whose close time has passed though their last minute never came. Series
 * membership and symbols come from FUTURE instrument definitions (underlyingId = the continuous
 * series' id). Every accepted 1-minute bar also yields a BarBiases record (the six biases in force
 * after it). The records are laid out by {@link FuturesRecordWriter}; the IngestRun echo of a file
 * feed's {@link EventType#INGEST_FILE} input is {@link IngestRunEchoEngine}'s, which reads this
 * engine's {@link #validator()} counts. At that IngestFile input (the journaled end of a file, so a
 * replay meets it at the same place) every bucket still forming is written as a FormingBar record
 * and left open: no bar of a file's last session vanishes, and a bucket the next file continues
 * still completes once. Allocation-free per bar once an instrument has been seen.
 */
public final class FuturesSignalEngine implements AnalyticsEngine {
    private final FuturesConfig config;
    private final BarValidator validator;
    private final MultiTimeframeBars bars;
    private final BarCompletionListener onHtfBar = this::onHtfBar;
    private final BarCompletionListener onFormingBar = this::onFormingBar;
    private final Int2IntHashMap slotOf = new Int2IntHashMap(-1);
    private final Int2IntHashMap seriesInstrument = new Int2IntHashMap(-1);
    private final FuturesRecordWriter records;

    private int slots;
    private int[] instrumentIds = new int[0];
    private int[] seriesOf = new int[0];
    private BiasEngine[][] biases = new BiasEngine[0][];
    private byte[][] symbols = new byte[0][];
    private boolean[] hasPrev = new boolean[0];
    private double[] prevOpen = new double[0];
    private double[] prevHigh = new double[0];
    private double[] prevLow = new double[0];
    private double[] prevClose = new double[0];
    private long[] minuteBars = new long[0];

    private long sweptBefore = Long.MIN_VALUE;
    private long currentSequence;
    private long currentTime;
    private SignalSink currentSink;
    private long triangles;
    private long rolls;

    public FuturesSignalEngine(final FuturesConfig config) {
        this.config = config;
        this.validator = new BarValidator(config.validation());
        this.bars = new MultiTimeframeBars(SessionCalendar.of(config.alignment()), 8);
        this.records = new FuturesRecordWriter(config);
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        if (!config.enabled()) {
            return;
        }
        if (event.type == EventType.INGEST_FILE) {
            // The end of a file closes nothing (its event time does not sweep either: the buckets it
            // passes are stamped with the next bar or definition, as they always were); it reports
            // the forming buckets, which stay open.
            onEndOfFile(event, sink);
            return;
        }
        currentSequence = event.sequence;
        currentTime = event.eventTimeNanos;
        currentSink = sink;
        if (currentTime > sweptBefore) {
            // A bucket whose last minute never came closes on the first event strictly after its
            // close, whatever instrument that event is for: on event time, not on the analytics timer.
            sweptBefore = currentTime;
            for (int s = 0; s < slots; s++) {
                bars.closeBefore(s, currentTime, onHtfBar);
            }
        }
        if (event.type == EventType.BAR && event.timeframeSeconds == 60) {
            onMinuteBar(event, sink);
        } else if (event.type == EventType.INSTRUMENT_DEFINITION && event.instrument.kind == InstrumentSpec.KIND_FUTURE) {
            onDefinition(event.instrument);
        }
    }

    /** Nothing to do: buckets close on the event time of the events themselves ({@link #onEvent}). */
    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
    }

    /**
     * Nothing is rebuilt: its books are the bar and bias history of each series, which the market
     * state does not hold, so the failure is counted and the series carries on from where the
     * failed call left it (rebuilding it would mean re-reading the series' journaled bars).
     */
    @Override
    public void recover(final MarketEvent event) {
    }

    private void onDefinition(final InstrumentSpec spec) {
        final int s = slot(spec.instrumentId);
        seriesOf[s] = spec.underlyingId;
        System.arraycopy(spec.symbol, 0, symbols[s], 0, InstrumentSpec.SYMBOL_LENGTH);
    }

    private void onMinuteBar(final MarketEvent e, final SignalSink sink) {
        final int id = e.instrumentId;
        final long openTime = e.barOpenTimeNanos;
        final int reason = validator.validate(id, openTime, e.open, e.high, e.low, e.close);
        if (reason != BarRejectReason.ACCEPTED) {
            records.reject(sink.records(), e, reason, validator.reference());
            return;
        }
        final int s = slot(id);
        final int series = seriesOf[s];
        if (series != 0) {
            final int was = seriesInstrument.get(series);
            if (was != id) {
                if (was != -1) {
                    rolls++;
                    final int fromSlot = slotOf.get(was);
                    final double lastClose = fromSlot >= 0 && hasPrev[fromSlot] ? prevClose[fromSlot] : Double.NaN;
                    records.roll(sink.records(), currentSequence, currentTime, series, was, id, lastClose, e.open);
                }
                seriesInstrument.put(series, id);
            }
        }
        bars.onMinuteBar(s, openTime, e.open, e.high, e.low, e.close, e.volume, onHtfBar);
        final BiasEngine[] b = biases[s];
        b[Timeframe.M1].onBar(e.high, e.low, e.close);
        final boolean flipped = b[Timeframe.M1].changed();
        final byte bias1m = b[Timeframe.M1].bias();
        records.biases(sink.records(), e, seriesOf[s], b);
        int engulf = 0;
        int sweep = 0;
        if (hasPrev[s]) {
            engulf = CandlePatterns.engulfing(prevOpen[s], prevClose[s], e.open, e.close);
            sweep = CandlePatterns.sweepEngulfing(prevOpen[s], prevHigh[s], prevLow[s], prevClose[s], e.open, e.high,
                e.low, e.close);
        }
        hasPrev[s] = true;
        prevOpen[s] = e.open;
        prevHigh[s] = e.high;
        prevLow[s] = e.low;
        prevClose[s] = e.close;
        minuteBars[s]++;
        if (!flipped || bias1m == Bias.NEUTRAL || minuteBars[s] <= config.warmupBars()
            || openTime < config.windowStartNanos()) {
            return;
        }
        boolean htfBull = true;
        boolean htfBear = true;
        for (int tf = Timeframe.FIRST_HTF; tf < Timeframe.SIGNAL_COUNT; tf++) {
            if (config.switchedOn(tf)) {
                htfBull &= b[tf].bias() == Bias.BULLISH;
                htfBear &= b[tf].bias() == Bias.BEARISH;
            }
        }
        if (config.htfAlignedOnly() && !(bias1m > 0 ? htfBull : htfBear)) {
            return;
        }
        if (config.requireSweepEngulfing()) {
            if (sweep != bias1m) {
                return;
            }
        } else if (config.requireEngulfing() && engulf != bias1m) {
            return;
        }
        triangles++;
        final Signal sig = sink.next(EngineId.FUTURES, SignalType.TRIANGLE);
        sig.underlyingId = id;
        sig.direction = bias1m;
        sig.strength = 1;
        sig.confidence = 0;
        sig.value1 = e.close;
        sig.value2 = engulf;
        sig.value3 = sweep;
        records.triangle(sink.records(), e, seriesOf[s], b, bias1m, htfBull, htfBear, symbols[s]);
    }

    private void onHtfBar(final AggregatedBar bar) {
        final BiasEngine engine = biases[bar.slot][bar.timeframe];
        final byte bias = engine.onBar(bar.high, bar.low, bar.close);
        if (config.publishCompletedBars()) {
            records.completedBar(currentSink.records(), currentSequence, currentTime, instrumentIds[bar.slot], bar, bias);
        }
    }

    private void onEndOfFile(final MarketEvent event, final SignalSink sink) {
        if (!config.publishCompletedBars()) {
            return;
        }
        currentSequence = event.sequence;
        currentTime = event.eventTimeNanos;
        currentSink = sink;
        for (int s = 0; s < slots; s++) {
            bars.reportForming(s, onFormingBar);
        }
    }

    /** A forming bucket does not move its timeframe's bias: the record carries the bias in force. */
    private void onFormingBar(final AggregatedBar bar) {
        records.formingBar(currentSink.records(), currentSequence, currentTime, instrumentIds[bar.slot], bar,
            biases[bar.slot][bar.timeframe].bias());
    }

    /** Dense slot of an instrument id, created (allocating) the first time the id is seen. */
    private int slot(final int instrumentId) {
        int s = slotOf.get(instrumentId);
        if (s >= 0) {
            return s;
        }
        s = slots;
        if (s == instrumentIds.length) {
            final int cap = Math.max(8, s * 2);
            instrumentIds = Arrays.copyOf(instrumentIds, cap);
            seriesOf = Arrays.copyOf(seriesOf, cap);
            biases = Arrays.copyOf(biases, cap);
            symbols = Arrays.copyOf(symbols, cap);
            hasPrev = Arrays.copyOf(hasPrev, cap);
            prevOpen = Arrays.copyOf(prevOpen, cap);
            prevHigh = Arrays.copyOf(prevHigh, cap);
            prevLow = Arrays.copyOf(prevLow, cap);
            prevClose = Arrays.copyOf(prevClose, cap);
            minuteBars = Arrays.copyOf(minuteBars, cap);
        }
        instrumentIds[s] = instrumentId;
        final BiasEngine[] b = new BiasEngine[Timeframe.COUNT];
        for (int tf = 0; tf < Timeframe.COUNT; tf++) {
            b[tf] = new BiasEngine(config.maxZones(), config.maxZoneAgeBars());
        }
        biases[s] = b;
        symbols[s] = new byte[InstrumentSpec.SYMBOL_LENGTH];
        slotOf.put(instrumentId, s);
        slots++;
        return s;
    }

    /** Current bias of {@code instrumentId} on timeframe {@code tf} ({@link Timeframe} index); NEUTRAL if unseen. */
    public byte bias(final int instrumentId, final int tf) {
        final int s = slotOf.get(instrumentId);
        return s < 0 ? Bias.NEUTRAL : biases[s][tf].bias();
    }

    /** The bias engine of (instrument, timeframe), or null if the instrument has not been seen. */
    public BiasEngine biasEngine(final int instrumentId, final int tf) {
        final int s = slotOf.get(instrumentId);
        return s < 0 ? null : biases[s][tf];
    }

    public BarValidator validator() {
        return validator;
    }

    public MultiTimeframeBars bars() {
        return bars;
    }

    public FuturesConfig config() {
        return config;
    }

    public long triangles() {
        return triangles;
    }

    public long rolls() {
        return rolls;
    }

    /** Records refused by the output arena (never expected: one bar writes at most eight small records). */
    public long recordsDropped() {
        return records.dropped();
    }
}
