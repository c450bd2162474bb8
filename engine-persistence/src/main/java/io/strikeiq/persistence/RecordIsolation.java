package io.strikeiq.persistence;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.ObjLongConsumer;

/**
 * Finds the records of a batch the database refused for good: the batch is read again from the
 * last commit and written one record at a time, each under a savepoint; a record refused again
 * with a permanent error becomes a {@link DeadLetters.Letter}, the others are written. Also the
 * one place that tells permanent errors from transient ones: SQLSTATE class 22 (data exception:
 * a value the column cannot hold) or 23 (integrity: NOT NULL, CHECK, foreign key) fail again
 * however often the row is written; a duplicate key (23505) is not one, the rows already stored
 * are skipped instead. Everything else (connection lost, timeout, server down) is transient and
 * the drain retries the whole batch. Split from {@link JournalDrain}, which owns the transaction.
 */
final class RecordIsolation {
    private final DrainMappers mappers;
    private final DeadLetters deadLetters;

    RecordIsolation(final DrainMappers mappers, final DeadLetters deadLetters) {
        this.mappers = mappers;
        this.deadLetters = deadLetters;
    }

    /** Whether {@code e} will fail again however often the same row is written. */
    static boolean isPermanent(final Throwable e) {
        final String state = sqlState(e);
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    /** Whether {@code e} is a duplicate key: rows already stored, to be skipped (not a dead letter). */
    static boolean isUniqueViolation(final Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE of the first {@link SQLException} in {@code e}'s cause chain, null if none. */
    static String sqlState(final Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** The first line of {@code e}'s message (PostgreSQL adds detail lines). */
    static String oneLine(final Throwable e) {
        final String m = String.valueOf(e.getMessage());
        final int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * Re-reads every cursor from its committed position up to {@code end} (its last index of the
     * refused batch) and writes each record under its own savepoint in the transaction open on
     * {@code connection}. The caller stages nothing before and commits (with the dead letters and
     * checkpoints) after.
     *
     * @param counted told the rows each successful write inserted
     * @throws SQLException a transient error: the whole batch is to be retried
     */
    void writeOneByOne(final Connection connection, final DSLContext ctx, final JournalCursor[] cursors,
                       final long[] committed, final long[] committedRecords, final long[] end,
                       final ObjLongConsumer<RecordMapper> counted) throws SQLException {
        for (int q = 0; q < cursors.length; q++) {
            final JournalCursor cursor = cursors[q];
            final RecordMapper[] m = mappers.forQueue(cursor.name());
            cursor.rewind(committed[q], committedRecords[q]);
            cursor.retain(true);
            try {
                while (cursor.lastIndex() != end[q]) {
                    if (!cursor.poll(m)) {
                        throw new IllegalStateException("the " + cursor.name() + " queue ended before Chronicle index 0x"
                            + Long.toHexString(end[q]) + ", which the drain had read");
                    }
                    final int template = cursor.lastTemplateId();
                    final RecordMapper mapper = template >= 0 && template < m.length ? m[template] : null;
                    if (mapper != null && mapper.staged() > 0) {
                        writeOne(connection, ctx, cursor, mapper, counted);
                    }
                }
            } finally {
                cursor.retain(false);
            }
        }
    }

    private void writeOne(final Connection connection, final DSLContext ctx, final JournalCursor cursor,
                          final RecordMapper mapper, final ObjLongConsumer<RecordMapper> counted) throws SQLException {
        boolean dedupe = false;
        while (true) {
            final Savepoint sp = connection.setSavepoint();
            try {
                counted.accept(mapper, mapper.write(connection, ctx, dedupe));
                connection.releaseSavepoint(sp);
                break;
            } catch (final SQLException | DataAccessException e) {
                connection.rollback(sp);
                if (!dedupe && isUniqueViolation(e)) {
                    dedupe = true;
                    continue;
                }
                if (!isPermanent(e)) {
                    throw e;
                }
                deadLetters.add(new DeadLetters.Letter(cursor.name(), cursor.lastIndex(), cursor.lastTemplateId(),
                    mapper.table(), sqlState(e), oneLine(e), cursor.lastRecord()));
                break;
            }
        }
        mapper.discard();
    }
}
