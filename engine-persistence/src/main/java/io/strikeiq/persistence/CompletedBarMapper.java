package io.strikeiq.persistence;

import io.strikeiq.sbe.CompletedBarDecoder;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;

/**
 * CompletedBar (output template 30, the futures chain's 5m … 1d bars, 30m included) → {@code bars} with source
 * {@code aggregated}, by binary COPY. The source is part of the bars key, so a vendor's bar and
 * the engine's aggregate of the same instrument, timeframe and open time are both kept.
 */
public final class CompletedBarMapper extends CopyMapper {
    static final String COLUMNS = "instrument_id, timeframe_seconds, open_time, close_time, open_price, high_price, "
        + "low_price, close_price, volume, source, input_sequence, ingest_run_id";
    private static final byte[] SOURCE_AGGREGATED = "aggregated".getBytes(StandardCharsets.US_ASCII);

    private final JournalInstruments instruments;
    private final CompletedBarDecoder decoder = new CompletedBarDecoder();

    CompletedBarMapper(final JournalInstruments instruments) {
        super("bars", COLUMNS);
        this.instruments = instruments;
    }

    @Override
    public int templateId() {
        return CompletedBarDecoder.TEMPLATE_ID;
    }

    @Override
    protected void encode(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final CompletedBarDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        rows.startRow(12);
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
    }
}
