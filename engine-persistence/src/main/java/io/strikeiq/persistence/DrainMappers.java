package io.strikeiq.persistence;

import io.strikeiq.journal.JournalLayout;

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
        register(records, new BarRejectMapper(lineage));
        register(records, new TriangleEventMapper());
        register(records, new RollMapper());
        register(records, new IngestRunMapper());
        register(records, new BarBiasesMapper(lineage));
    }

    private static void register(final RecordMapper[] into, final RecordMapper mapper) {
        if (into[mapper.templateId()] != null) {
            throw new IllegalStateException("two mappers for template " + mapper.templateId());
        }
        into[mapper.templateId()] = mapper;
    }

    RecordMapper[] forQueue(final String queue) {
        if (JournalLayout.INPUT_QUEUE.equals(queue)) {
            return input;
        }
        return JournalLayout.SIGNALS_QUEUE.equals(queue) ? signals : records;
    }

    int staged() {
        return staged(input) + staged(signals) + staged(records) + lineage.staged();
    }

    BarLineage lineage() {
        return lineage;
    }

    private static int staged(final RecordMapper[] mappers) {
        int n = 0;
        for (final RecordMapper m : mappers) {
            if (m != null) {
                n += m.staged();
            }
        }
        return n;
    }

    /** The mappers of every queue: input, signals, records. */
    RecordMapper[][] all() {
        return new RecordMapper[][] {input, signals, records};
    }
}
