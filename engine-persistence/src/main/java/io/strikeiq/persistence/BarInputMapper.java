package io.strikeiq.persistence;

import io.strikeiq.sbe.BarDecoder;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;

/**
 * Bar (input template 3, the vendor bars fed to the engine) → {@code bar_inputs}, by binary COPY,
 * under the drain's name: a bar reaches {@code bars} (or fills its {@code bar_rejects} row) only
 * when {@link BarLineage} has the engine's verdict on it. Undefined prices (NaN) are NULL there;
 * the engine rejects such a bar (NON_FINITE). {@code close_time} is the record's event time.
 */
final class BarInputMapper extends CopyMapper {
    private static final String COLUMNS = "drain_name, input_sequence, instrument_id, timeframe_seconds, open_time, "
        + "close_time, open_price, high_price, low_price, close_price, volume, ingest_run_id, resolved";

    private final BarDecoder decoder = new BarDecoder();
    private final byte[] drainName;
    private final BarLineage lineage;
    private final JournalInstruments instruments;

    BarInputMapper(final String drainName, final BarLineage lineage, final JournalInstruments instruments) {
        super("bar_inputs", COLUMNS);
        this.instruments = instruments;
        this.drainName = drainName.getBytes(StandardCharsets.UTF_8);
        this.lineage = lineage;
    }

    @Override
    public int templateId() {
        return BarDecoder.TEMPLATE_ID;
    }

    @Override
    protected void encode(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final BarDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        rows.startRow(13);
        rows.text(drainName);
        rows.int8(d.sequence());
        rows.int8(instruments.stable(d.instrumentId()));
        rows.int4(d.timeframeSeconds());
        rows.timestamptz(d.openTime());
        rows.timestamptz(d.eventTime());
        rows.float8(d.openPrice());
        rows.float8(d.highPrice());
        rows.float8(d.lowPrice());
        rows.float8(d.closePrice());
        rows.int8(d.volume());
        rows.nullField();
        rows.bool(false);
        lineage.inputStaged();
    }
}
