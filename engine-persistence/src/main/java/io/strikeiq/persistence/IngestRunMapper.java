package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.tables.records.IngestRunsRecord;
import io.strikeiq.sbe.IngestRunDecoder;
import org.agrona.DirectBuffer;

import static io.strikeiq.persistence.jooq.Tables.INGEST_RUNS;

/**
 * IngestRun (output template 34) → {@code ingest_runs}, keyed by the run id the ingesting process
 * journaled (unique per ingest, so the same file ingested twice is two rows and a re-drain adds
 * none). Status SUCCEEDED, FAILED or INTERRUPTED; {@code started_at} is the earliest bar open time of the file,
 * or the record's event time when the file had no bar. Version-1 records (no run id) are keyed
 * by their position in the run.
 */
public final class IngestRunMapper extends UpsertMapper<IngestRunsRecord> {
    private final IngestRunDecoder decoder = new IngestRunDecoder();

    public IngestRunMapper() {
        super(INGEST_RUNS);
    }

    @Override
    public int templateId() {
        return IngestRunDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final IngestRunsRecord r, final DirectBuffer buffer, final int offset, final int blockLength,
                        final int version) {
        final IngestRunDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        final long runId = d.ingestRunId();
        r.setIngestRunId(runId == IngestRunDecoder.ingestRunIdNullValue() ? d.runSequence() : runId);
        r.setSourceFile(d.fileName());
        r.setSha256(d.sha256());
        r.setStatus(d.status() == 0 ? "SUCCEEDED" : d.status() == 2 ? "INTERRUPTED" : "FAILED");
        r.setRecordsRead(d.recordsRead());
        r.setBarsAccepted(d.barsAccepted());
        r.setBarsRejected(d.barsRejected());
        final long min = d.minEventTime();
        final long max = d.maxEventTime();
        r.setMinTime(min == Long.MIN_VALUE ? null : Instants.utc(min));
        r.setMaxTime(max == Long.MIN_VALUE ? null : Instants.utc(max));
        final long eventTime = d.eventTime() == IngestRunDecoder.eventTimeNullValue() ? 0 : d.eventTime();
        r.setStartedAt(Instants.utc(min == Long.MIN_VALUE ? eventTime : min));
        final String error = d.errorMessage();
        r.setError(error.isEmpty() ? null : error);
    }
}
