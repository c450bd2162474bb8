package io.strikeiq.persistence;

import io.strikeiq.sbe.FormingBarDecoder;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;

/**
 * FormingBar (output template 36, a higher-timeframe bucket still forming when an input file
 * ended) → {@code bars} with source {@code aggregated} and {@code incomplete = true}, by binary
 * COPY. Incomplete rows are unique per bar key and input sequence (V8), so the complete bar a later
 * file closes, and the snapshot of every other file end, are kept beside it.
 */
public final class FormingBarMapper extends CopyMapper {
    static final String COLUMNS = CompletedBarMapper.COLUMNS + ", incomplete";
    private static final byte[] SOURCE_AGGREGATED = "aggregated".getBytes(StandardCharsets.US_ASCII);

    private final JournalInstruments instruments;
    private final FormingBarDecoder decoder = new FormingBarDecoder();

    FormingBarMapper(final JournalInstruments instruments) {
        super("bars", COLUMNS);
        this.instruments = instruments;
    }

    @Override
    public int templateId() {
        return FormingBarDecoder.TEMPLATE_ID;
    }

    @Override
    protected void encode(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final FormingBarDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        rows.startRow(13);
        rows.int8(instruments.stable(d.instrumentId()));
        rows.int4(d.timeframeSeconds());
        rows.timestamptz(d.openTime());
        rows.timestamptz(d.closeTime());
        rows.float8(d.openPrice());
        rows.float8(d.highPrice());
        rows.float8(d.lowPrice());
        rows.float8(d.closePrice());
        rows.int8(d.volume());
        rows.text(SOURCE_AGGREGATED);
        rows.int8(d.inputSequence());
        rows.nullField();
        rows.bool(true);
    }
}
