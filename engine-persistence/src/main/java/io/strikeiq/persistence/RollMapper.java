package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.tables.records.EventLogRecord;
import io.strikeiq.sbe.RollDecoder;
import org.agrona.DirectBuffer;

import java.util.Locale;

import static io.strikeiq.persistence.jooq.Tables.EVENT_LOG;

/**
 * Roll (output template 33) → {@code event_log} kind {@code ROLL}, instrument = the new contract,
 * detail = series, old and new contract, last close of the old and first open of the new; jOOQ
 * insert ON CONFLICT DO NOTHING on (input sequence, kind).
 */
public final class RollMapper extends UpsertMapper<EventLogRecord> {
    static final String KIND = "ROLL";

    private final JournalInstruments instruments;
    private final RollDecoder decoder = new RollDecoder();

    RollMapper(final JournalInstruments instruments) {
        super(EVENT_LOG);
        this.instruments = instruments;
    }

    @Override
    public int templateId() {
        return RollDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final EventLogRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final RollDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        r.setEventTime(Instants.utc(d.eventTime()));
        r.setInputSequence(d.inputSequence());
        r.setKind(KIND);
        r.setInstrumentId(instruments.stable(d.toInstrumentId()));
        r.setDetail(String.format(Locale.ROOT, "series %d: %d -> %d, last close %s, first open %s", d.seriesId(),
            instruments.stable(d.fromInstrumentId()), instruments.stable(d.toInstrumentId()), d.lastClose(), d.firstOpen()));
    }
}
