package io.strikeiq.persistence;

import io.strikeiq.journal.JournalLayout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapper of every journal template the drain stores, indexed by template id, one array per
 * queue (input, signals, records). A new record type is one new {@link RecordMapper} registered here.
 * The bar mappers share the drain's {@link BarLineage}, which the drain writes after them; every
 * mapper that stores an instrument id asks the shared {@link JournalInstruments} for its stored id.
 */
final class DrainMappers {
    static final int MAX_TEMPLATE_ID = 63;

    private final RecordMapper[] input = new RecordMapper[MAX_TEMPLATE_ID + 1];
    private final RecordMapper[] signals = new RecordMapper[MAX_TEMPLATE_ID + 1];
    private final RecordMapper[] records = new RecordMapper[MAX_TEMPLATE_ID + 1];
    /** Each mapper once (one may be registered under several templates), in registration order. */
    private final List<RecordMapper> distinct = new ArrayList<>();

    private final BarLineage lineage;
    private final JournalInstruments instruments;

    /** @param inputQueue the journal's input queue, where the instruments of the other queues' records are defined */
    DrainMappers(final String drainName, final Path inputQueue) {
        lineage = new BarLineage(drainName);
        instruments = new JournalInstruments(inputQueue);
        register(input, new InstrumentMapper(instruments));
        register(input, new BarInputMapper(drainName, lineage, instruments));
        register(input, new IngestFileMapper(lineage));
        register(input, new SessionEventMapper(instruments));
        register(signals, new SignalMapper(instruments));
        register(records, new MarketSnapshotMapper(instruments));
        register(records, new ContractSnapshotMapper(instruments));
        register(records, new CompletedBarMapper(instruments));
        register(records, new FormingBarMapper(instruments));
        register(records, new BarRejectMapper(lineage, instruments));
        register(records, new TriangleEventMapper(instruments));
        register(records, new RollMapper(instruments));
        register(records, new IngestRunMapper());
        register(records, new BarBiasesMapper(lineage, instruments));
    }

    /** The journal's instrument ids and their stored ids (closed with the drain). */
    JournalInstruments instruments() {
        return instruments;
    }

    private void register(final RecordMapper[] into, final RecordMapper mapper) {
        for (final int id : mapper.templateIds()) {
            if (into[id] != null) {
                throw new IllegalStateException("two mappers for template " + id);
            }
            into[id] = mapper;
        }
        distinct.add(mapper);
    }

    RecordMapper[] forQueue(final String queue) {
        if (JournalLayout.INPUT_QUEUE.equals(queue)) {
            return input;
        }
        return JournalLayout.SIGNALS_QUEUE.equals(queue) ? signals : records;
    }

    BarLineage lineage() {
        return lineage;
    }

    int staged() {
        int n = lineage.staged();
        for (final RecordMapper m : distinct) {
            n += m.staged();
        }
        return n;
    }

    /** Every mapper once, as one group (the drain writes and clears each once per batch). */
    RecordMapper[][] all() {
        return new RecordMapper[][] {distinct.toArray(new RecordMapper[0])};
    }
}
