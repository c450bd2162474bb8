package io.strikeiq.persistence;

import io.strikeiq.journal.InputJournalWriter;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.sbe.BarBiasesEncoder;
import io.strikeiq.sbe.BarEncoder;
import io.strikeiq.sbe.BarRejectEncoder;
import io.strikeiq.sbe.CompletedBarEncoder;
import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.IngestFileEncoder;
import io.strikeiq.sbe.InstrumentDefinitionEncoder;
import io.strikeiq.sbe.InstrumentKind;
import io.strikeiq.sbe.OptionRight;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.TriangleEventEncoder;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Hand-made records appended to a journal's input and records queues (the engine's own encoders),
 * for the storage tests: instrument definitions, vendor bars, the engine's verdicts on them, IngestFile, CompletedBar and
 * TriangleEvent records. Each append returns the record's Chronicle index.
 */
final class CraftedRecords implements AutoCloseable {
    static final long MINUTE = 60_000_000_000L;

    private final UnsafeBuffer buf = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final InputJournalWriter in;
    private final OutputJournalWriter out;
    /** The bytes of the last record appended (SBE header and message). */
    private byte[] last;

    CraftedRecords(final Path journal) {
        in = InputJournalWriter.open(journal);
        out = OutputJournalWriter.openRecords(journal);
    }

    /** An InstrumentDefinition of a future: the drain stores a record's instrument only when the journal defines it. */
    long definition(final long seq, final int id, final String venue, final String symbol) {
        return definition(seq, id, venue, symbol, 0);
    }

    /** The same, defined with {@code underlying} (e.g. a contract under its continuous series). */
    long definition(final long seq, final int id, final String venue, final String symbol, final int underlying) {
        final InstrumentDefinitionEncoder e = new InstrumentDefinitionEncoder().wrapAndApplyHeader(buf, 0, header)
            .sequence(seq).eventTime(0).instrumentId(id).kind(InstrumentKind.FUTURE).right(OptionRight.NONE)
            .underlyingId(underlying).expiry(0).strike(Double.NaN).lotSize(1).tickSize(0.25).strikeStep(Double.NaN)
            .venue(venue).symbol(symbol);
        return in.appendEncoded(buf, 0, keep(e.encodedLength()));
    }

    long bar(final long seq, final int id, final long open, final double o, final double h, final double l,
             final double c, final long volume) {
        final BarEncoder e = new BarEncoder().wrapAndApplyHeader(buf, 0, header).sequence(seq).eventTime(open + MINUTE)
            .instrumentId(id).timeframeSeconds(60).openTime(open).openPrice(o).highPrice(h).lowPrice(l).closePrice(c)
            .volume(volume);
        return in.appendEncoded(buf, 0, keep(e.encodedLength()));
    }

    long ingestFile(final long seq, final long runId, final long eventTime) {
        final IngestFileEncoder e = new IngestFileEncoder().wrapAndApplyHeader(buf, 0, header).sequence(seq)
            .eventTime(eventTime).ingestRunId(runId).fileIndex(0).status((short) 0).errorCode((short) 0)
            .fileNameTruncated((short) 0).recordsRead(0).barsRead(0).minEventTime(Long.MIN_VALUE)
            .maxEventTime(Long.MIN_VALUE);
        return in.appendEncoded(buf, 0, keep(e.encodedLength()));
    }

    /** The engine's "accepted" verdict: the BarBiases record after the bar of {@code seq}. */
    long accepted(final long seq, final int id, final long open, final double close) {
        final BarBiasesEncoder e = new BarBiasesEncoder().wrapAndApplyHeader(buf, 0, header).inputSequence(seq)
            .eventTime(open + MINUTE).instrumentId(id).seriesId(0).openTime(open).bias1m(Direction.BULLISH)
            .bias5m(Direction.NEUTRAL).bias15m(Direction.NEUTRAL).bias1h(Direction.NEUTRAL).bias4h(Direction.NEUTRAL)
            .bias1d(Direction.NEUTRAL).closePrice(close);
        return out.appendEncoded(buf, 0, keep(e.encodedLength()));
    }

    long rejected(final long seq, final int id, final long open, final int reason, final double o, final double h,
                  final double l, final double c) {
        final BarRejectEncoder e = new BarRejectEncoder().wrapAndApplyHeader(buf, 0, header).inputSequence(seq)
            .eventTime(open + MINUTE).instrumentId(id).timeframeSeconds(60).openTime(open).reason((short) reason)
            .openPrice(o).highPrice(h).lowPrice(l).closePrice(c).reference(Double.NaN);
        return out.appendEncoded(buf, 0, keep(e.encodedLength()));
    }

    long completedBar(final long seq, final int id, final long open, final double o, final double h, final double l,
                      final double c) {
        final CompletedBarEncoder e = new CompletedBarEncoder().wrapAndApplyHeader(buf, 0, header).inputSequence(seq)
            .eventTime(open + 5 * MINUTE).instrumentId(id).timeframeSeconds(300).openTime(open)
            .closeTime(open + 5 * MINUTE).openPrice(o).highPrice(h).lowPrice(l).closePrice(c).volume(5).minuteBars(5)
            .bias(Direction.NEUTRAL);
        return out.appendEncoded(buf, 0, keep(e.encodedLength()));
    }

    long triangle(final long seq, final int id, final long open, final int htfSwitches, final int engineVersion) {
        final TriangleEventEncoder e = new TriangleEventEncoder().wrapAndApplyHeader(buf, 0, header).inputSequence(seq)
            .eventTime(open + MINUTE).instrumentId(id).seriesId(0).openTime(open).direction(Direction.BULLISH)
            .bias1m(Direction.BULLISH).bias5m(Direction.BULLISH).bias15m(Direction.BULLISH).bias1h(Direction.BULLISH)
            .bias4h(Direction.BULLISH).bias1d(Direction.BULLISH).htfBullish((short) 1).htfBearish((short) 0)
            .htfAlignedOnly((short) 1).requireEngulfing((short) 0).requireSweepEngulfing((short) 0)
            .htfSwitches((short) htfSwitches).engineVersion(engineVersion).closePrice(100).symbol("NQH5");
        return out.appendEncoded(buf, 0, keep(e.encodedLength()));
    }

    /** SBE header and message of the last record appended. */
    byte[] last() {
        return last.clone();
    }

    private int keep(final int messageLength) {
        final int length = MessageHeaderEncoder.ENCODED_LENGTH + messageLength;
        last = new byte[length];
        buf.getBytes(0, last);
        return length;
    }

    @Override
    public void close() {
        in.close();
        out.close();
    }
}
