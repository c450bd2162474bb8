package io.strikeiq.persistence;

import io.strikeiq.journal.JournalLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * The mapper of every journal template the drain stores, indexed by template id, one array per
 * queue (input, signals, records). A new record type is one new {@link RecordMapper} registered here.
 * The bar mappers share the drain's {@link BarLineage}, which the drain writes after them.
 */
final class DrainMappers {
    static final int MAX_TEMPLATE_ID = 63;

    private final RecordMapper[] input = new RecordMapper[MAX_TEMPLATE_ID + 1];
    private final RecordMapper[] signals = new RecordMapper[MAX_TEMPLATE_ID + 1];
    private final RecordMapper[] records = new RecordMapper[MAX_TEMPLATE_ID + 1];
    /** Each mapper once (one may be registered under several templates), in registration order. */
    private final List<RecordMapper> distinct = new ArrayList<>();

    private final BarLineage lineage;

    DrainMappers(final String drainName) {
        lineage = new BarLineage(drainName);
        register(input, new InstrumentMapper());
        register(input, new BarInputMapper(drainName, lineage));
        register(input, new IngestFileMapper(lineage));
        register(input, new SessionEventMapper());
        register(signals, new SignalMapper());
        register(records, new MarketSnapshotMapper());
        register(records, new ContractSnapshotMapper());
        register(records, new CompletedBarMapper());
        register(records, new FormingBarMapper());
        register(records, new BarRejectMapper(lineage));
        register(records, new TriangleEventMapper());
        register(records, new RollMapper());
        register(records, new IngestRunMapper());
        register(records, new BarBiasesMapper(lineage));
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
