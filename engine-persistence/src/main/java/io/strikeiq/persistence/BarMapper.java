package io.strikeiq.persistence;

import io.strikeiq.sbe.BarDecoder;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;

/**
 * Bar (input template 3, the bars fed to the engine) → {@code bars} with source {@code input},
 * by binary COPY. {@code close_time} is the record's event time (the instant the bar became
 * available = open_time + timeframe).
 */
public final class BarMapper extends CopyMapper {
    static final String COLUMNS = "instrument_id, timeframe_seconds, open_time, close_time, open_price, high_price, "
        + "low_price, close_price, volume, source, input_sequence, ingest_run_id";
    private static final byte[] SOURCE_INPUT = "input".getBytes(StandardCharsets.US_ASCII);

    private final BarDecoder decoder = new BarDecoder();

    public BarMapper() {
        super("bars", COLUMNS);
    }

    @Override
    public int templateId() {
        return BarDecoder.TEMPLATE_ID;
    }

    @Override
    public void stage(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final BarDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        rows.startRow(12);
        rows.int4(d.instrumentId());
        rows.int4(d.timeframeSeconds());
        rows.timestamptz(d.openTime());
        rows.timestamptz(d.eventTime());
        rows.float8(d.openPrice());
        rows.float8(d.highPrice());
        rows.float8(d.lowPrice());
        rows.float8(d.closePrice());
        rows.int8(d.volume());
        rows.text(SOURCE_INPUT);
        rows.int8(d.sequence());
        rows.nullField();
    }
}
