package io.strikeiq.analytics.futures;

import io.strikeiq.EngineVersion;
import io.strikeiq.bars.AggregatedBar;
import io.strikeiq.bars.Timeframe;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.BarBiasesEncoder;
import io.strikeiq.sbe.BarRejectEncoder;
import io.strikeiq.sbe.CompletedBarEncoder;
import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.FormingBarEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.RollEncoder;
import io.strikeiq.sbe.TriangleEventEncoder;
import io.strikeiq.signal.OutputRecords;

/**
 * Encodes the futures chain's output records into the record arena: CompletedBar, FormingBar, BarReject, Roll,
 * TriangleEvent (with the six biases and the filter settings of {@link FuturesConfig}) and
 * BarBiases. What goes into each record is {@link FuturesSignalEngine}'s decision; this class only
 * lays it out, and counts the records the arena refused. Allocation-free.
 */
final class FuturesRecordWriter {
    private final FuturesConfig config;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final CompletedBarEncoder completedBar = new CompletedBarEncoder();
    private final FormingBarEncoder formingBar = new FormingBarEncoder();
    private final BarRejectEncoder barReject = new BarRejectEncoder();
    private final TriangleEventEncoder triangle = new TriangleEventEncoder();
    private final RollEncoder roll = new RollEncoder();
    private final BarBiasesEncoder barBiases = new BarBiasesEncoder();
    private long dropped;

    FuturesRecordWriter(final FuturesConfig config) {
        this.config = config;
    }

    /** A higher-timeframe bucket completed (stamped with the input that completed it) and the bias after it. */
    void completedBar(final OutputRecords out, final long inputSequence, final long eventTime, final int instrumentId,
                      final AggregatedBar bar, final byte bias) {
        final int at = out.tryClaim(CompletedBarEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + CompletedBarEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            dropped++;
            return;
        }
        completedBar.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(inputSequence)
            .eventTime(eventTime)
            .instrumentId(instrumentId)
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

    /** A bucket still forming at the end of an input file (stamped with that file's IngestFile input) and the bias in force. */
    void formingBar(final OutputRecords out, final long inputSequence, final long eventTime, final int instrumentId,
                    final AggregatedBar bar, final byte bias) {
        final int at = out.tryClaim(FormingBarEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + FormingBarEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            dropped++;
            return;
        }
        formingBar.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(inputSequence)
            .eventTime(eventTime)
            .instrumentId(instrumentId)
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

    /** The 1-minute bar of {@code e} failed validation for {@code reason} ({@code reference}: the validator's). */
    void reject(final OutputRecords out, final MarketEvent e, final int reason, final double reference) {
        final int at = out.tryClaim(BarRejectEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + BarRejectEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            dropped++;
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
            .reference(reference);
        out.commit(at);
    }

    /** Continuous series {@code series} moved from contract {@code from} to {@code to}. */
    void roll(final OutputRecords out, final long inputSequence, final long eventTime, final int series, final int from,
              final int to, final double lastClose, final double firstOpen) {
        final int at = out.tryClaim(RollEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH + RollEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            dropped++;
            return;
        }
        roll.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(inputSequence)
            .eventTime(eventTime)
            .seriesId(series)
            .fromInstrumentId(from)
            .toInstrumentId(to)
            .lastClose(lastClose)
            .firstOpen(firstOpen);
        out.commit(at);
    }

    /** A triangle on the 1-minute bar of {@code e}, with its instrument's biases {@code b} (by {@link Timeframe}). */
    void triangle(final OutputRecords out, final MarketEvent e, final int seriesId, final BiasEngine[] b,
                  final byte direction, final boolean htfBull, final boolean htfBear, final byte[] symbol) {
        final int at = out.tryClaim(TriangleEventEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + TriangleEventEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            dropped++;
            return;
        }
        triangle.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(e.sequence)
            .eventTime(e.eventTimeNanos)
            .instrumentId(e.instrumentId)
            .seriesId(seriesId)
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
            .engineVersion(EngineVersion.CURRENT)
            .closePrice(e.close)
            .putSymbol(symbol, 0);
        out.commit(at);
    }

    /** The six biases {@code b} in force after the accepted 1-minute bar of {@code e}. */
    void biases(final OutputRecords out, final MarketEvent e, final int seriesId, final BiasEngine[] b) {
        final int at = out.tryClaim(BarBiasesEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + BarBiasesEncoder.BLOCK_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            dropped++;
            return;
        }
        barBiases.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(e.sequence)
            .eventTime(e.eventTimeNanos)
            .instrumentId(e.instrumentId)
            .seriesId(seriesId)
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

    /** Records the arena refused (never expected: one bar writes at most eight small records). */
    long dropped() {
        return dropped;
    }
}
