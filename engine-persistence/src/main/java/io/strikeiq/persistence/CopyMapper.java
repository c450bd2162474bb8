package io.strikeiq.persistence;

import org.agrona.DirectBuffer;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Base of the mappers of bulk tables: rows are encoded straight into a binary COPY stream. The
 * fast path COPYs into the table; when a row is already there (a journal drained twice, a file
 * ingested twice) the table's unique key rejects the whole COPY, the drain rolls back and calls
 * again with {@code dedupe}: COPY into a transaction-local staging table, then
 * {@code INSERT … SELECT … ON CONFLICT DO NOTHING}.
 */
public abstract class CopyMapper implements RecordMapper {
    protected final PgBinaryCopyBuffer rows = new PgBinaryCopyBuffer(1 << 20);
    private final String table;
    private final String columns;
    private final String copySql;
    private final String stagingTable;

    protected CopyMapper(final String table, final String columns) {
        this.table = table;
        this.columns = columns;
        this.copySql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)";
        this.stagingTable = "staging_" + table;
    }

    @Override
    public final String table() {
        return table;
    }

    /**
     * Encodes the record as one row; a mapper that throws half-way leaves no partial row behind
     * (the drain dead-letters the record and the COPY stream stays well formed).
     */
    @Override
    public final void stage(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final long mark = rows.mark();
        try {
            encode(buffer, offset, blockLength, version);
        } catch (final RuntimeException e) {
            rows.resetTo(mark);
            throw e;
        }
    }

    /** Encodes the record whose root block starts at {@code offset} as one row of {@link #rows}. */
    protected abstract void encode(DirectBuffer buffer, int offset, int blockLength, int version);

    @Override
    public final int staged() {
        return rows.rows();
    }

    @Override
    public final void clear() {
        rows.clear();
        afterClear();
    }

    /** Drops the rows only: {@link #afterClear()} is for a committed batch. */
    @Override
    public final void discard() {
        rows.clear();
    }

    /** Hook for subclasses that keep per-batch state beside the rows. */
    protected void afterClear() {
    }

    /** Hook run in the transaction before the rows are written (e.g. to create partitions). */
    protected void beforeWrite(final Connection connection) throws SQLException {
    }

    @Override
    public final long write(final Connection connection, final DSLContext ctx, final boolean dedupe) throws SQLException {
        if (rows.rows() == 0) {
            return 0;
        }
        beforeWrite(connection);
        if (!dedupe) {
            return rows.copyIn(connection, copySql);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + stagingTable + " (LIKE " + table
                + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            st.execute("TRUNCATE " + stagingTable);
            rows.copyIn(connection, "COPY " + stagingTable + " (" + columns + ") FROM STDIN (FORMAT binary)");
            return st.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM "
                + stagingTable + " ON CONFLICT DO NOTHING");
        }
    }
}
