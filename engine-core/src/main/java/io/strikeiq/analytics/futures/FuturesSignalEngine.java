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
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.BarBiasesEncoder;
import io.strikeiq.sbe.BarRejectEncoder;
import io.strikeiq.sbe.CompletedBarEncoder;
import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.IngestRunEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.RollEncoder;
import io.strikeiq.sbe.TriangleEventEncoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import java.util.Arrays;
import org.agrona.MutableDirectBuffer;
import org.agrona.collections.Int2IntHashMap;

/**
 * The futures signal chain (futures_signals.md) over 1-minute {@link EventType#BAR} events, keyed
 * by instrument id: validate (a rejected bar becomes a BarReject record and goes no further) →
 * roll check of its continuous series (Roll record) → 5m/15m/1h/4h/1d aggregation (CompletedBar
 * records; each completion updates that timeframe's {@link BiasEngine}) → 1m bias → engulfing /
 * sweep-engulfing against the previous accepted bar → HTF alignment → filters → triangle (a
 * {@link SignalType#TRIANGLE} signal plus a TriangleEvent record with the six biases and the filter
 * settings). HTF completions a bar triggers are applied before the 1m bar's own bias, so a
 * triangle sees every HTF bar available at its bar's close and never a forming one. Event-time
 * timers close buckets whose close time has passed though their last minute never came. Series
 * membership and symbols come from FUTURE instrument definitions (underlyingId = the continuous
 * series' id). Every accepted 1-minute bar also yields a BarBiases record (the six biases in force
 * after it). An {@link EventType#INGEST_FILE} input (a file feed finished a file) is echoed as an
 * IngestRun record with this engine's accepted / rejected-per-reason counts for the bars since the
 * previous one and the feed's status unchanged (OK, FAILED, INTERRUPTED: the bars of a FAILED or
 * INTERRUPTED file that reached the engine are counted like any), so a replay of the input journal
 * rebuilds it. Allocation-free per bar once an
 * instrument has been seen.
 */
public final class FuturesSignalEngine implements AnalyticsEngine {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

    private final FuturesConfig config;
    private final BarValidator validator;
    private final MultiTimeframeBars bars;
    private final BarCompletionListener onHtfBar = this::onHtfBar;
    private final Int2IntHashMap slotOf = new Int2IntHashMap(-1);
    private final Int2IntHashMap seriesInstrument = new Int2IntHashMap(-1);

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

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final CompletedBarEncoder completedBar = new CompletedBarEncoder();
    private final BarRejectEncoder barReject = new BarRejectEncoder();
    private final TriangleEventEncoder triangle = new TriangleEventEncoder();
    private final RollEncoder roll = new RollEncoder();
    private final BarBiasesEncoder barBiases = new BarBiasesEncoder();
    private final IngestRunEncoder ingestRun = new IngestRunEncoder();
    private final byte[] shaHex = new byte[IngestRunEncoder.sha256Length()];

    /** Validator counts when the current file began (index 0: accepted, then per reason code). */
    private final long[] countsAtFileStart = new long[BarRejectReason.COUNT];

    private long pendingTimerNanos = Long.MIN_VALUE;
    private long currentSequence;
    private long currentTime;
    private SignalSink currentSink;
    private long triangles;
    private long rolls;
    private long recordsDropped;

    public FuturesSignalEngine(final FuturesConfig config) {
        this.config = config;
        this.validator = new BarValidator(config.validation());
        this.bars = new MultiTimeframeBars(SessionCalendar.of(config.alignment()), 8);
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        if (event.type == EventType.INGEST_FILE) {
            // Echoed even when the chain is switched off (with zero engine counts): the ingest is a fact.
            writeIngestRun(event, sink.records());
            return;
        }
        if (!config.enabled()) {
            return;
        }
        currentSequence = event.sequence;
        currentTime = event.eventTimeNanos;
        currentSink = sink;
        if (pendingTimerNanos != Long.MIN_VALUE) {
            final long t = pendingTimerNanos;
            pendingTimerNanos = Long.MIN_VALUE;
            for (int s = 0; s < slots; s++) {
                bars.closeBefore(s, t, onHtfBar);
            }
        }
        if (event.type == EventType.BAR && event.timeframeSeconds == 60) {
            onMinuteBar(event, sink);
        } else if (event.type == EventType.INSTRUMENT_DEFINITION && event.instrument.kind == InstrumentSpec.KIND_FUTURE) {
            onDefinition(event.instrument);
        }
    }

    /**
     * Remembered and applied at the start of the next {@link #onEvent} (the event whose time crossed
     * the boundary, which the pipeline hands over next), so the records carry its provenance.
     */
    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        pendingTimerNanos = eventTimeNanos;
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
            writeReject(e, reason, sink.records());
            return;
        }
        final int s = slot(id);
        final int series = seriesOf[s];
        if (series != 0) {
            final int was = seriesInstrument.get(series);
            if (was != id) {
                if (was != -1) {
                    writeRoll(series, was, id, e.open, sink.records());
                }
                seriesInstrument.put(series, id);
            }
        }
        bars.onMinuteBar(s, openTime, e.open, e.high, e.low, e.close, e.volume, onHtfBar);
        final BiasEngine[] b = biases[s];
        b[Timeframe.M1].onBar(e.high, e.low, e.close);
        final boolean flipped = b[Timeframe.M1].changed();
        final byte bias1m = b[Timeframe.M1].bias();
        writeBiases(e, s, sink.records());
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
        for (int tf = Timeframe.FIRST_HTF; tf < Timeframe.COUNT; tf++) {
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
        writeTriangle(e, s, bias1m, htfBull, htfBear, sink.records());
    }

    private void onHtfBar(final AggregatedBar bar) {
        final BiasEngine engine = biases[bar.slot][bar.timeframe];
        final byte bias = engine.onBar(bar.high, bar.low, bar.close);
        if (!config.publishCompletedBars()) {
            return;
        }
        final OutputRecords out = currentSink.records();
        final int at = out.tryClaim(CompletedBarEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + CompletedBarEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            recordsDropped++;
            return;
        }
        completedBar.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(currentSequence)
            .eventTime(currentTime)
            .instrumentId(instrumentIds[bar.slot])
            .timeframeSeconds(Timeframe.seconds(bar.timeframe))
            .openTime(bar.openTime)
            .closeTime(bar.closeTime)
            .openPrice(bar.open)
            .highPrice(bar.high)
            .lowPrice(bar.low)
            .closePrice(bar.close)
            .volume(bar.volume)
            .minuteBars(bar.minuteBars)
            .bias(Direction.get(bias));
        out.commit(at);
    }

    private void writeReject(final MarketEvent e, final int reason, final OutputRecords out) {
        final int at = out.tryClaim(BarRejectEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + BarRejectEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            recordsDropped++;
            return;
        }
        barReject.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(e.sequence)
            .eventTime(e.eventTimeNanos)
            .instrumentId(e.instrumentId)
            .timeframeSeconds(e.timeframeSeconds)
            .openTime(e.barOpenTimeNanos)
            .reason((short) reason)
            .openPrice(e.open)
            .highPrice(e.high)
            .lowPrice(e.low)
            .closePrice(e.close)
            .reference(validator.reference());
        out.commit(at);
    }

    private void writeRoll(final int series, final int from, final int to, final double firstOpen,
                           final OutputRecords out) {
        rolls++;
        final int fromSlot = slotOf.get(from);
        final double lastClose = fromSlot >= 0 && hasPrev[fromSlot] ? prevClose[fromSlot] : Double.NaN;
        final int at = out.tryClaim(RollEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH + RollEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            recordsDropped++;
            return;
        }
        roll.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(currentSequence)
            .eventTime(currentTime)
            .seriesId(series)
            .fromInstrumentId(from)
            .toInstrumentId(to)
            .lastClose(lastClose)
            .firstOpen(firstOpen);
        out.commit(at);
    }

    private void writeTriangle(final MarketEvent e, final int s, final byte direction, final boolean htfBull,
                               final boolean htfBear, final OutputRecords out) {
        final int at = out.tryClaim(TriangleEventEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + TriangleEventEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            recordsDropped++;
            return;
        }
        final BiasEngine[] b = biases[s];
        final MutableDirectBuffer buffer = out.buffer();
        triangle.wrapAndApplyHeader(buffer, at, header)
            .inputSequence(e.sequence)
            .eventTime(e.eventTimeNanos)
            .instrumentId(e.instrumentId)
            .seriesId(seriesOf[s])
            .openTime(e.barOpenTimeNanos)
            .direction(Direction.get(direction))
            .bias1m(Direction.get(b[Timeframe.M1].bias()))
            .bias5m(Direction.get(b[Timeframe.M5].bias()))
            .bias15m(Direction.get(b[Timeframe.M15].bias()))
            .bias1h(Direction.get(b[Timeframe.H1].bias()))
            .bias4h(Direction.get(b[Timeframe.H4].bias()))
            .bias1d(Direction.get(b[Timeframe.D1].bias()))
            .htfBullish((short) (htfBull ? 1 : 0))
            .htfBearish((short) (htfBear ? 1 : 0))
            .htfAlignedOnly((short) (config.htfAlignedOnly() ? 1 : 0))
            .requireEngulfing((short) (config.requireEngulfing() ? 1 : 0))
            .requireSweepEngulfing((short) (config.requireSweepEngulfing() ? 1 : 0))
            .htfSwitches((short) config.htfSwitches())
            .engineVersion(FuturesConfig.ENGINE_VERSION)
            .closePrice(e.close)
            .putSymbol(symbols[s], 0);
        out.commit(at);
    }

    private void writeBiases(final MarketEvent e, final int s, final OutputRecords out) {
        final int at = out.tryClaim(BarBiasesEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + BarBiasesEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            recordsDropped++;
            return;
        }
        final BiasEngine[] b = biases[s];
        barBiases.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(e.sequence)
            .eventTime(e.eventTimeNanos)
            .instrumentId(e.instrumentId)
            .seriesId(seriesOf[s])
            .openTime(e.barOpenTimeNanos)
            .bias1m(Direction.get(b[Timeframe.M1].bias()))
            .bias5m(Direction.get(b[Timeframe.M5].bias()))
            .bias15m(Direction.get(b[Timeframe.M15].bias()))
            .bias1h(Direction.get(b[Timeframe.H1].bias()))
            .bias4h(Direction.get(b[Timeframe.H4].bias()))
            .bias1d(Direction.get(b[Timeframe.D1].bias()))
            .closePrice(e.close);
        out.commit(at);
    }

    /** The IngestRun record of the file that just ended: the feed's facts plus this engine's counts for its bars. */
    private void writeIngestRun(final MarketEvent e, final OutputRecords out) {
        final long accepted = validator.accepted() - countsAtFileStart[0];
        long rejectedTotal = 0;
        for (int r = 1; r < BarRejectReason.COUNT; r++) {
            rejectedTotal += validator.rejected(r) - countsAtFileStart[r];
        }
        final int at = out.tryClaim(IngestRunEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + IngestRunEncoder.BLOCK_LENGTH);
        if (at != OutputRecords.NO_ROOM) {
            final IngestFileInfo f = e.ingestFile;
            toHex(f.sha256, shaHex);
            ingestRun.wrapAndApplyHeader(out.buffer(), at, header)
                .runSequence(f.fileIndex)
                .status((short) (f.status & 0xFF))
                .recordsRead(f.recordsRead)
                .barsAccepted(accepted)
                .barsRejected(rejectedTotal)
                .rejectedOhlcIntegrity(rejectedSinceFileStart(BarRejectReason.OHLC_INTEGRITY))
                .rejectedNonFinite(rejectedSinceFileStart(BarRejectReason.NON_FINITE))
                .rejectedNonPositive(rejectedSinceFileStart(BarRejectReason.NON_POSITIVE))
                .rejectedNonMonotonic(rejectedSinceFileStart(BarRejectReason.NON_MONOTONIC))
                .rejectedDuplicate(rejectedSinceFileStart(BarRejectReason.DUPLICATE))
                .rejectedPriceFloor(rejectedSinceFileStart(BarRejectReason.PRICE_FLOOR))
                .rejectedDiscontinuity(rejectedSinceFileStart(BarRejectReason.DISCONTINUITY))
                .rejectedSmallRangeBigGap(rejectedSinceFileStart(BarRejectReason.SMALL_RANGE_BIG_GAP))
                .rejectedFlatDiscontinuity(rejectedSinceFileStart(BarRejectReason.FLAT_DISCONTINUITY))
                .minEventTime(f.minEventTime)
                .maxEventTime(f.maxEventTime)
                .putDataset(f.dataset, 0)
                .putSchema(f.schema, 0)
                .putSha256(shaHex, 0)
                .putFileName(f.fileName, 0)
                .putErrorMessage(f.errorMessage, 0)
                .inputSequence(e.sequence)
                .eventTime(e.eventTimeNanos)
                .ingestRunId(f.ingestRunId)
                .fileNameTruncated((short) (f.fileNameTruncated ? 1 : 0))
                .errorCode((short) (f.errorCode & 0xFF));
            out.commit(at);
        } else {
            recordsDropped++;
        }
        countsAtFileStart[0] = validator.accepted();
        for (int r = 1; r < BarRejectReason.COUNT; r++) {
            countsAtFileStart[r] = validator.rejected(r);
        }
    }

    private long rejectedSinceFileStart(final int reason) {
        return validator.rejected(reason) - countsAtFileStart[reason];
    }

    private static void toHex(final byte[] digest, final byte[] hex) {
        for (int i = 0; i < digest.length; i++) {
            final int b = digest[i] & 0xFF;
            hex[2 * i] = HEX[b >>> 4];
            hex[2 * i + 1] = HEX[b & 0xF];
        }
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
        return recordsDropped;
    }
}
