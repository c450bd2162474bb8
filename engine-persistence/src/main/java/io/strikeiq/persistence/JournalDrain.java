package io.strikeiq.persistence;

import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.RecordValidator;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

import static io.strikeiq.persistence.jooq.Tables.DRAIN_CHECKPOINTS;

/**
 * Copies a journal's input and output queues into PostgreSQL with an exactly-once effect. A
 * batch (up to {@link DrainOptions#maxBatchRows()} rows) is read from both queues, written by the
 * template's {@link RecordMapper}s and committed in ONE transaction together with the Chronicle
 * index each queue reached ({@code drain_checkpoints}, keyed by the drain's name). A crash
 * before the commit leaves neither rows nor checkpoint; a restart resumes after the committed
 * index. A failed batch (server down, connection cut, timeout) is rolled back and retried with
 * exponential backoff, with its staged rows kept in memory; the pipeline is not involved — it only
 * ever appends to the journal, which is the buffer. Single-threaded: run it on its own thread or
 * process.
 */
public final class JournalDrain implements AutoCloseable {
    private final DatabaseTarget target;
    /** Absolute path of the journal folder; recorded with the checkpoints so a name serves one journal. */
    private final String journal;
    private final DrainOptions options;
    private final DrainMappers mappers = new DrainMappers();
    private final JournalCursor input;
    private final JournalCursor output;
    private final Map<String, Long> rowsInserted = new TreeMap<>();
    private final Map<String, Long> pendingInserted = new TreeMap<>();
    private long committedInputIndex;
    private long committedOutputIndex;
    private long batches;
    private long retries;
    private volatile boolean stop;
    /** The thread in {@link #drainAvailable()} / {@link #follow()}, unparked by {@link #requestStop()}. */
    private volatile Thread runner;
    private Connection connection;

    /**
     * Migrates the schema, loads this drain's checkpoints and positions the tailers after them.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached
     * @throws io.strikeiq.journal.JournalNotFoundException when the journal has no input or output queue
     */
    public JournalDrain(final Path journalDir, final DatabaseTarget target, final DrainOptions options) {
        this.target = target;
        this.options = options;
        this.journal = journalDir.toAbsolutePath().normalize().toString();
        final Path in = JournalLayout.inputQueue(journalDir);
        final Path out = JournalLayout.outputQueue(journalDir);
        input = new JournalCursor(JournalLayout.INPUT_QUEUE, in, RecordValidator.forInput(in), options.log());
        try {
            output = new JournalCursor(JournalLayout.OUTPUT_QUEUE, out, RecordValidator.forOutput(out), options.log());
        } catch (final RuntimeException e) {
            input.close();
            throw e;
        }
        try {
            // After the queues are found: a mistyped journal path must not migrate (or create) anything.
            SchemaMigrator.migrate(target);
            connection = target.connect();
            for (final Record4<String, Long, Long, String> cp : DSL.using(connection, SQLDialect.POSTGRES)
                .select(DRAIN_CHECKPOINTS.QUEUE, DRAIN_CHECKPOINTS.QUEUE_INDEX, DRAIN_CHECKPOINTS.RECORDS,
                    DRAIN_CHECKPOINTS.JOURNAL)
                .from(DRAIN_CHECKPOINTS).where(DRAIN_CHECKPOINTS.DRAIN_NAME.eq(options.name())).fetch()) {
                if (cp.value4() != null && !cp.value4().equals(journal)) {
                    throw new DrainNameInUseException(options.name(), cp.value4(), journal);
                }
                (JournalLayout.INPUT_QUEUE.equals(cp.value1()) ? input : output).resumeAfter(cp.value2(), cp.value3());
            }
        } catch (final RuntimeException e) {
            close();
            throw e;
        }
        committedInputIndex = input.lastIndex();
        committedOutputIndex = output.lastIndex();
    }

    /**
     * Drains every record present now and returns when both queues are caught up (or
     * {@link #requestStop()} was called).
     *
     * @return records read in this call
     */
    public long drainAvailable() {
        runner = Thread.currentThread();
        final long before = input.records() + output.records();
        boolean more = true;
        while (more && !stop) {
            more = fillBatch();
            if (!commit()) {
                break;
            }
        }
        return input.records() + output.records() - before;
    }

    /** Drains, then keeps polling for new records until {@link #requestStop()}. */
    public void follow() {
        runner = Thread.currentThread();
        input.following();
        output.following();
        while (!stop) {
            if (drainAvailable() == 0 && !stop) {
                LockSupport.parkNanos(options.idleParkMillis() * 1_000_000L);
            }
        }
    }

    /**
     * Makes {@link #follow()} / {@link #drainAvailable()} return soon: the batch being read is
     * committed if the database takes it, a batch waiting to be retried is left to the next run.
     * Wakes the drain from an idle poll or a backoff wait, so it returns within milliseconds
     * unless a database call is under way. Safe from any thread (e.g. a shutdown hook).
     */
    public void requestStop() {
        stop = true;
        final Thread t = runner;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Reads records into the mappers until a batch is full; returns true when it stopped because it was full. */
    private boolean fillBatch() {
        int records = 0;
        for (final JournalCursor cursor : new JournalCursor[] {input, output}) {
            final RecordMapper[] m = mappers.forQueue(cursor.name());
            while (records < options.maxBatchRecords() && mappers.staged() < options.maxBatchRows() && !stop) {
                if (!cursor.poll(m)) {
                    break;
                }
                records++;
            }
        }
        return records >= options.maxBatchRecords() || mappers.staged() >= options.maxBatchRows();
    }

    /** Commits the staged batch and the checkpoints, retrying until done; false if stopped first. */
    private boolean commit() {
        if (input.lastIndex() == committedInputIndex && output.lastIndex() == committedOutputIndex) {
            return true;
        }
        boolean dedupe = false;
        long backoff = options.minBackoffMillis();
        while (true) {
            try {
                writeBatch(dedupe);
                break;
            } catch (final SQLException | DataAccessException e) {
                rollbackQuietly();
                if (!dedupe && isUniqueViolation(e)) {
                    // Rows already stored (journal drained before under another name): skip them.
                    dedupe = true;
                    continue;
                }
                retries++;
                options.log().accept("drain " + options.name() + ": batch " + (batches + 1) + " failed ("
                    + oneLine(e) + "); retrying in " + backoff + " ms");
                closeConnectionQuietly();
                if (stop) {
                    return false;
                }
                LockSupport.parkNanos(backoff * 1_000_000L);
                if (stop) {
                    return false;
                }
                backoff = Math.min(options.maxBackoffMillis(), backoff * 2);
            } catch (final RuntimeException | Error e) {
                rollbackQuietly();
                closeConnectionQuietly();
                throw e;
            }
        }
        batches++;
        for (final Map.Entry<String, Long> e : pendingInserted.entrySet()) {
            rowsInserted.merge(e.getKey(), e.getValue(), Long::sum);
        }
        for (final RecordMapper[] queue : mappers.both()) {
            for (final RecordMapper m : queue) {
                if (m != null) {
                    m.clear();
                }
            }
        }
        committedInputIndex = input.lastIndex();
        committedOutputIndex = output.lastIndex();
        return true;
    }

    private void writeBatch(final boolean dedupe) throws SQLException {
        if (connection == null) {
            try {
                // Only after a failure (the first connection is the constructor's): bring a dead embedded server back.
                options.recovery().ensureRunning();
                connection = target.connect();
            } catch (final DatabaseUnavailableException e) {
                // Retried like any failed batch: the server may come back (or be restarted next time).
                throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), "08001", e);
            }
        }
        connection.setAutoCommit(false);
        final DSLContext ctx = DSL.using(connection, SQLDialect.POSTGRES);
        claimCheckpoints(ctx);
        pendingInserted.clear();
        for (final RecordMapper[] queue : mappers.both()) {
            for (final RecordMapper m : queue) {
                if (m != null && m.staged() > 0) {
                    pendingInserted.merge(m.table(), m.write(connection, ctx, dedupe), Long::sum);
                }
            }
        }
        options.hook().beforeCommit(batches + 1, connection);
        checkpoint(ctx, input);
        checkpoint(ctx, output);
        connection.commit();
    }

    /**
     * Serialises the batches of every drain under this name (a transaction-scoped advisory lock),
     * then refuses to go on if the name's checkpoints are no longer where this drain left them:
     * a second drain under the same name has moved them, and letting both carry on would move
     * the checkpoints back and forth. A checkpoint already at this batch's end is this drain's
     * own commit whose acknowledgement was lost (its rows are then deduplicated).
     */
    private void claimCheckpoints(final DSLContext ctx) {
        ctx.fetch("SELECT pg_advisory_xact_lock(hashtext({0}))", "strikeiq.drain:" + options.name());
        for (final Record2<String, Long> cp : ctx.select(DRAIN_CHECKPOINTS.QUEUE, DRAIN_CHECKPOINTS.QUEUE_INDEX)
            .from(DRAIN_CHECKPOINTS).where(DRAIN_CHECKPOINTS.DRAIN_NAME.eq(options.name())).fetch()) {
            final boolean isInput = JournalLayout.INPUT_QUEUE.equals(cp.value1());
            final long committed = isInput ? committedInputIndex : committedOutputIndex;
            final long inFlight = (isInput ? input : output).lastIndex();
            if (cp.value2() != committed && cp.value2() != inFlight) {
                throw DrainNameInUseException.concurrent(options.name(), cp.value1(), committed, cp.value2());
            }
        }
    }

    private void checkpoint(final DSLContext ctx, final JournalCursor cursor) {
        if (cursor.lastIndex() == JournalCursor.NONE) {
            return;
        }
        final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ctx.insertInto(DRAIN_CHECKPOINTS)
            .set(DRAIN_CHECKPOINTS.DRAIN_NAME, options.name())
            .set(DRAIN_CHECKPOINTS.QUEUE, cursor.name())
            .set(DRAIN_CHECKPOINTS.QUEUE_INDEX, cursor.lastIndex())
            .set(DRAIN_CHECKPOINTS.RECORDS, cursor.records())
            .set(DRAIN_CHECKPOINTS.UPDATED_AT, now)
            .set(DRAIN_CHECKPOINTS.JOURNAL, journal)
            .onConflict(DRAIN_CHECKPOINTS.DRAIN_NAME, DRAIN_CHECKPOINTS.QUEUE).doUpdate()
            .set(DRAIN_CHECKPOINTS.JOURNAL, journal)
            .set(DRAIN_CHECKPOINTS.QUEUE_INDEX, cursor.lastIndex())
            .set(DRAIN_CHECKPOINTS.RECORDS, cursor.records())
            .set(DRAIN_CHECKPOINTS.UPDATED_AT, now)
            .execute();
    }

    private static boolean isUniqueViolation(final Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(final Exception e) {
        final String m = String.valueOf(e.getMessage());
        final int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private void rollbackQuietly() {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (final SQLException ignored) {
                // The connection is broken; it is closed and reopened next.
            }
        }
    }

    private void closeConnectionQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (final SQLException ignored) {
                // Already gone.
            }
            connection = null;
        }
    }

    /** Rows inserted per table by this instance (rows already present are not counted). */
    public Map<String, Long> rowsInserted() {
        return new TreeMap<>(rowsInserted);
    }

    /** Records read from the start of each queue, committed or not: input + output. */
    public long recordsRead() {
        return input.records() + output.records();
    }

    /** Chronicle index of the last committed output record, -1 if none. */
    public long committedOutputIndex() {
        return committedOutputIndex;
    }

    public long batchesCommitted() {
        return batches;
    }

    /** Failed batch attempts retried so far. */
    public long retries() {
        return retries;
    }

    public DatabaseTarget target() {
        return target;
    }

    @Override
    public void close() {
        closeConnectionQuietly();
        if (input != null) {
            input.close();
        }
        if (output != null) {
            output.close();
        }
    }
}
