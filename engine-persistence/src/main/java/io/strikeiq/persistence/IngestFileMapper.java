package io.strikeiq.persistence;

import io.strikeiq.sbe.IngestFileDecoder;
import org.agrona.DirectBuffer;
import org.jooq.DSLContext;

import java.sql.Connection;

/**
 * IngestFile (input template 6, journaled by a file feed after each file) → the ingest run of the
 * vendor bars before it ({@link BarLineage}). It writes no row of its own: the run's row is the
 * engine's IngestRun record's ({@link IngestRunMapper}).
 */
final class IngestFileMapper implements RecordMapper {
    private final IngestFileDecoder decoder = new IngestFileDecoder();
    private final BarLineage lineage;

    IngestFileMapper(final BarLineage lineage) {
        this.lineage = lineage;
    }

    @Override
    public int templateId() {
        return IngestFileDecoder.TEMPLATE_ID;
    }

    @Override
    public String table() {
        return "bar_inputs";
    }

    @Override
    public void stage(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final IngestFileDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        lineage.ingestFile(d.sequence(), d.ingestRunId());
    }

    /** Nothing of its own: the run is staged in the lineage, which the drain writes after the mappers. */
    @Override
    public int staged() {
        return 0;
    }

    @Override
    public long write(final Connection connection, final DSLContext ctx, final boolean dedupe) {
        return 0;
    }

    @Override
    public void clear() {
    }
}
