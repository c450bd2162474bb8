package io.strikeiq.persistence;

import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.persistence.jooq.tables.records.BarRejectsRecord;
import io.strikeiq.sbe.BarRejectDecoder;
import org.agrona.DirectBuffer;

import static io.strikeiq.persistence.jooq.Tables.BAR_REJECTS;

/**
 * BarReject (output template 31) → {@code bar_rejects}, reason stored by name, NaN prices as NULL,
 * jOOQ insert ON CONFLICT DO NOTHING. The record carries no volume: the row gets 0 here, and the
 * vendor bar's volume and ingest run when {@link BarLineage} resolves the bar this verdict names.
 */
public final class BarRejectMapper extends UpsertMapper<BarRejectsRecord> {
    private final BarRejectDecoder decoder = new BarRejectDecoder();
    private final BarLineage lineage;
    private final JournalInstruments instruments;

    BarRejectMapper(final BarLineage lineage, final JournalInstruments instruments) {
        super(BAR_REJECTS);
        this.instruments = instruments;
        this.lineage = lineage;
    }

    @Override
    public int templateId() {
        return BarRejectDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final BarRejectsRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final BarRejectDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        r.setInstrumentId(instruments.stable(d.instrumentId()));
        r.setTimeframeSeconds(d.timeframeSeconds());
        r.setOpenTime(Instants.utc(d.openTime()));
        r.setReason(BarRejectReason.name(d.reason()));
        r.setOpenPrice(Instants.orNull(d.openPrice()));
        r.setHighPrice(Instants.orNull(d.highPrice()));
        r.setLowPrice(Instants.orNull(d.lowPrice()));
        r.setClosePrice(Instants.orNull(d.closePrice()));
        r.setVolume(0L);
        r.setInputSequence(d.inputSequence());
        lineage.verdict(d.inputSequence(), d.reason());
    }
}
