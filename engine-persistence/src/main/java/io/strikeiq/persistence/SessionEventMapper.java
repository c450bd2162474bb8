package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.tables.records.EventLogRecord;
import io.strikeiq.sbe.SessionEventDecoder;
import org.agrona.DirectBuffer;

import static io.strikeiq.persistence.jooq.Tables.EVENT_LOG;

/** SessionEvent (input template 5) → {@code event_log} (kind SESSION_OPEN, SESSION_CLOSE, CLOCK), jOOQ upsert. */
public final class SessionEventMapper extends UpsertMapper<EventLogRecord> {
    private final JournalInstruments instruments;
    private final SessionEventDecoder decoder = new SessionEventDecoder();

    SessionEventMapper(final JournalInstruments instruments) {
        super(EVENT_LOG);
        this.instruments = instruments;
    }

    @Override
    public int templateId() {
        return SessionEventDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final EventLogRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final SessionEventDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        r.setEventTime(Instants.utc(d.eventTime()));
        r.setInputSequence(d.sequence());
        r.setKind(EnumNames.sessionKindName(d.kindRaw()));
        r.setInstrumentId(instruments.stable(d.instrumentId()));
    }
}
