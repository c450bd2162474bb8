package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.tables.records.SignalsRecord;
import io.strikeiq.sbe.SignalHeaderDecoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamilies;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;

import static io.strikeiq.persistence.jooq.Tables.SIGNALS;

/**
 * Every signal family message (output templates 40-47) → {@code signals}, jOOQ upsert (DO NOTHING
 * on its provenance key). One instance takes all families, so a batch's rows keep the signals
 * queue's order; each family's named values are stored in value1..value4 in the order the
 * family table of docs/SUBSCRIBER.md gives ({@link SignalFamily#decode}).
 */
public final class SignalMapper extends UpsertMapper<SignalsRecord> {
    private final JournalInstruments instruments;
    private final SignalFamilies families = new SignalFamilies();
    private final Signal signal = new Signal();
    private final SignalHeaderDecoder header = new SignalHeaderDecoder();

    SignalMapper(final JournalInstruments instruments) {
        super(SIGNALS);
        this.instruments = instruments;
    }

    /** The signal family templates this mapper stores. */
    @Override
    public int[] templateIds() {
        final SignalFamily[] all = families.all();
        final int[] ids = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            ids[i] = all[i].templateId();
        }
        return ids;
    }

    /** The first family's template; the drain registers this mapper under each of {@link #templateIds()}. */
    @Override
    public int templateId() {
        return families.all()[0].templateId();
    }

    @Override
    protected void fill(final SignalsRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final Signal d = signal;
        // Every family's block starts with the SignalHeader, whose signal type names the family as the template does.
        families.forType(header.wrap(buffer, offset).signalType()).decode(buffer, offset, blockLength, version, d);
        r.setInputSequence(d.inputSequence);
        r.setEventTime(Instants.utc(d.eventTimeNanos));
        r.setEngine(EngineId.name(d.engine));
        r.setSignalType(SignalType.name(d.signalType));
        r.setUnderlyingId(instruments.stable(d.underlyingId));
        r.setExpiry(Instants.utcOrNull(d.expiryNanos));
        r.setDirection((short) d.direction);
        r.setStrength(Instants.orNull(d.strength));
        r.setConfidence(Instants.orNull(d.confidence));
        r.setValue1(Instants.orNull(d.value1));
        r.setValue2(Instants.orNull(d.value2));
        r.setValue3(Instants.orNull(d.value3));
        r.setValue4(Instants.orNull(d.value4));
    }
}
