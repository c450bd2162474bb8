package io.strikeiq.persistence;

import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.persistence.jooq.tables.records.BarBiasesRecord;
import io.strikeiq.sbe.BarBiasesDecoder;
import org.agrona.DirectBuffer;

import static io.strikeiq.persistence.jooq.Tables.BAR_BIASES;

/**
 * BarBiases (output template 35, one per accepted 1-minute bar) → {@code bar_biases}, jOOQ insert
 * ON CONFLICT DO NOTHING on (instrument, open time). It is also the engine's "accepted" verdict on
 * the vendor bar of its input sequence ({@link BarLineage}).
 */
public final class BarBiasesMapper extends UpsertMapper<BarBiasesRecord> {
    private final BarBiasesDecoder decoder = new BarBiasesDecoder();
    private final BarLineage lineage;
    private final JournalInstruments instruments;

    BarBiasesMapper(final BarLineage lineage, final JournalInstruments instruments) {
        super(BAR_BIASES);
        this.instruments = instruments;
        this.lineage = lineage;
    }

    @Override
    public int templateId() {
        return BarBiasesDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final BarBiasesRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final BarBiasesDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        r.setInstrumentId(instruments.stable(d.instrumentId()));
        r.setOpenTime(Instants.utc(d.openTime()));
        r.setBias_1m((short) d.bias1mRaw());
        r.setBias_5m((short) d.bias5mRaw());
        r.setBias_15m((short) d.bias15mRaw());
        r.setBias_1h((short) d.bias1hRaw());
        r.setBias_4h((short) d.bias4hRaw());
        r.setBias_1d((short) d.bias1dRaw());
        r.setInputSequence(d.inputSequence());
        lineage.verdict(d.inputSequence(), BarRejectReason.ACCEPTED);
    }
}
