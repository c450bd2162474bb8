package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.tables.records.SignalsRecord;
import io.strikeiq.sbe.SignalDecoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;

import static io.strikeiq.persistence.jooq.Tables.SIGNALS;

/** Signal (output template 20) → {@code signals}, jOOQ upsert (DO NOTHING on its provenance key). */
public final class SignalMapper extends UpsertMapper<SignalsRecord> {
    private final SignalDecoder decoder = new SignalDecoder();

    public SignalMapper() {
        super(SIGNALS);
    }

    @Override
    public int templateId() {
        return SignalDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final SignalsRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final SignalDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        r.setInputSequence(d.inputSequence());
        r.setEventTime(Instants.utc(d.eventTime()));
        r.setEngine(EngineId.name(d.engine()));
        r.setSignalType(SignalType.name(d.signalType()));
        r.setUnderlyingId(d.underlyingId());
        r.setExpiry(Instants.utcOrNull(d.expiry()));
        r.setDirection((short) d.directionRaw());
        r.setStrength(Instants.orNull(d.strength()));
        r.setConfidence(Instants.orNull(d.confidence()));
        r.setValue1(Instants.orNull(d.value1()));
        r.setValue2(Instants.orNull(d.value2()));
        r.setValue3(Instants.orNull(d.value3()));
        r.setValue4(Instants.orNull(d.value4()));
    }
}
