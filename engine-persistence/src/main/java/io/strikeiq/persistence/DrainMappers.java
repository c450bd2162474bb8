package io.strikeiq.persistence;

import io.strikeiq.journal.JournalLayout;

/**
 * The mapper of every journal template the drain stores, indexed by template id, one array per
 * queue. A new record type is one new {@link RecordMapper} registered here.
 */
final class DrainMappers {
    static final int MAX_TEMPLATE_ID = 63;

    private final RecordMapper[] input = new RecordMapper[MAX_TEMPLATE_ID + 1];
    private final RecordMapper[] output = new RecordMapper[MAX_TEMPLATE_ID + 1];

    DrainMappers() {
        register(input, new InstrumentMapper());
        register(input, new BarMapper());
        register(input, new SessionEventMapper());
        register(output, new SignalMapper());
        register(output, new MarketSnapshotMapper());
        register(output, new ContractSnapshotMapper());
        register(output, new CompletedBarMapper());
        register(output, new BarRejectMapper());
        register(output, new TriangleEventMapper());
        register(output, new RollMapper());
        register(output, new IngestRunMapper());
        register(output, new BarBiasesMapper());
    }

    private static void register(final RecordMapper[] into, final RecordMapper mapper) {
        if (into[mapper.templateId()] != null) {
            throw new IllegalStateException("two mappers for template " + mapper.templateId());
        }
        into[mapper.templateId()] = mapper;
    }

    RecordMapper[] forQueue(final String queue) {
        return JournalLayout.INPUT_QUEUE.equals(queue) ? input : output;
    }

    int staged() {
        return staged(input) + staged(output);
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

    RecordMapper[][] both() {
        return new RecordMapper[][] {input, output};
    }
}
