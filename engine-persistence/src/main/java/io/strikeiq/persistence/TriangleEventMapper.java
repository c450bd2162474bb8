package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.tables.records.TriangleEventsRecord;
import io.strikeiq.sbe.TriangleEventDecoder;
import org.agrona.DirectBuffer;

import static io.strikeiq.persistence.jooq.Tables.TRIANGLE_EVENTS;

/**
 * TriangleEvent (output template 32) → {@code triangle_events}: the six biases, HTF flags, the
 * filter switches, the HTF switch bits and the engine version, jOOQ insert ON CONFLICT DO NOTHING
 * on (instrument, open time, direction, filter set, HTF switches, engine version): two runs that
 * differ only in their switches or engine both keep their triangles. {@code detected_at} is the
 * record's event time (the 1m bar's close).
 */
public final class TriangleEventMapper extends UpsertMapper<TriangleEventsRecord> {
    private final JournalInstruments instruments;
    private final TriangleEventDecoder decoder = new TriangleEventDecoder();

    TriangleEventMapper(final JournalInstruments instruments) {
        super(TRIANGLE_EVENTS);
        this.instruments = instruments;
    }

    @Override
    public int templateId() {
        return TriangleEventDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final TriangleEventsRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final TriangleEventDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        r.setInstrumentId(instruments.stable(d.instrumentId()));
        r.setSymbol(d.symbol());
        r.setOpenTime(Instants.utc(d.openTime()));
        r.setDetectedAt(Instants.utc(d.eventTime()));
        r.setDirection((short) d.directionRaw());
        r.setBias_1m((short) d.bias1mRaw());
        r.setBias_5m((short) d.bias5mRaw());
        r.setBias_15m((short) d.bias15mRaw());
        r.setBias_1h((short) d.bias1hRaw());
        r.setBias_4h((short) d.bias4hRaw());
        r.setBias_1d((short) d.bias1dRaw());
        r.setHtfBullish(d.htfBullish() != 0);
        r.setHtfBearish(d.htfBearish() != 0);
        r.setHtfAlignedOnly(d.htfAlignedOnly() != 0);
        r.setRequireEngulfing(d.requireEngulfing() != 0);
        r.setRequireSweepEngulfing(d.requireSweepEngulfing() != 0);
        r.setHtfSwitches(d.htfSwitches());
        r.setEngineVersion(d.engineVersion());
        r.setInputSequence(d.inputSequence());
    }
}
