package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.tables.records.InstrumentsRecord;
import io.strikeiq.sbe.InstrumentDefinitionDecoder;
import org.agrona.DirectBuffer;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.InsertReturningStep;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.strikeiq.persistence.jooq.Tables.INSTRUMENTS;

/**
 * InstrumentDefinition (input template 4) → {@code instruments}, jOOQ upsert under the
 * instrument's stored identity ({@link InstrumentIdentity}: venue and natural key, never the
 * journal's dense id): a redefinition, by this journal or another, replaces the row (DO UPDATE),
 * so the table holds the latest definition of each instrument. Staging a definition also teaches
 * the drain's {@link JournalInstruments} the journal id's stored id.
 */
public final class InstrumentMapper extends UpsertMapper<InstrumentsRecord> {
    private static final Map<Field<?>, Field<?>> UPDATE_ALL = excludedColumns();

    private final InstrumentDefinitionDecoder decoder = new InstrumentDefinitionDecoder();
    private final byte[] text = new byte[InstrumentDefinitionDecoder.symbolLength()];

    private final JournalInstruments instruments;

    InstrumentMapper(final JournalInstruments instruments) {
        super(INSTRUMENTS);
        this.instruments = instruments;
    }

    @Override
    public int templateId() {
        return InstrumentDefinitionDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final InstrumentsRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final InstrumentDefinitionDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        final JournalInstruments.Identity identity = instruments.define(buffer, offset, blockLength, version);
        r.setInstrumentId(identity.stableId());
        r.setInstrumentKey(identity.key());
        r.setKind(EnumNames.kindName(d.kindRaw()));
        r.setOptionRight(EnumNames.rightName(d.rightRaw()));
        r.setUnderlyingId(instruments.stable(d.underlyingId()));
        r.setExpiry(Instants.utcOrNull(d.expiry()));
        r.setStrike(Instants.orNull(d.strike()));
        r.setLotSize(d.lotSize());
        r.setTickSize(d.tickSize());
        r.setStrikeStep(Instants.orNull(d.strikeStep()));
        r.setDefinedAt(Instants.utc(d.eventTime()));
        r.setInputSequence(d.sequence());
        r.setVenue(ascii(d.getVenue(text, 0)));
        r.setSymbol(ascii(d.getSymbol(text, 0)));
    }

    @Override
    protected InsertReturningStep<InstrumentsRecord> onConflict(final InsertOnDuplicateStep<InstrumentsRecord> insert) {
        return insert.onConflict(INSTRUMENTS.INSTRUMENT_ID).doUpdate().set(UPDATE_ALL);
    }

    /** The NUL-padded ASCII field just copied into {@link #text}, without its padding. */
    private String ascii(final int length) {
        int n = 0;
        while (n < length && text[n] != 0) {
            n++;
        }
        return new String(text, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static Map<Field<?>, Field<?>> excludedColumns() {
        final Map<Field<?>, Field<?>> m = new LinkedHashMap<>();
        for (final Field<?> f : INSTRUMENTS.fields()) {
            if (!f.equals(INSTRUMENTS.INSTRUMENT_ID)) {
                m.put(f, DSL.excluded(f));
            }
        }
        return m;
    }
}
