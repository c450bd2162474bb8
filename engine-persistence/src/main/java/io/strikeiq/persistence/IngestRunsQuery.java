package io.strikeiq.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import static io.strikeiq.persistence.jooq.Tables.INGEST_RUNS;

/**
 * {@code query ingest-runs}: one row per ingest of a vendor file started in [from, to) (event time
 * of the run: its earliest bar, else its IngestFile input), optionally of one status ({@code SUCCEEDED}, {@code FAILED},
 * {@code INTERRUPTED}). Sort key (and cursor) started_at/ingest_run_id, the run id being the primary key.
 */
public final class IngestRunsQuery {
    private final StorageQueries queries;

    public IngestRunsQuery(final StorageQueries queries) {
        this.queries = queries;
    }

    public QueryResult page(final String status, final OffsetDateTime from, final OffsetDateTime to,
                            final String after, final int limit) {
        final var r = INGEST_RUNS;
        var c = StorageQueries.window(r.STARTED_AT, from, to);
        if (status != null) {
            c = c.and(r.STATUS.equalIgnoreCase(status));
        }
        return StorageQueries.keysetPage(queries.context().select(r.STARTED_AT, r.INGEST_RUN_ID, r.SOURCE_FILE,
                r.STATUS, r.RECORDS_READ, r.BARS_ACCEPTED, r.BARS_REJECTED, r.MIN_TIME, r.MAX_TIME, r.SHA256, r.ERROR)
            .from(r).where(c), List.of(r.STARTED_AT, r.INGEST_RUN_ID), after, limit);
    }
}
