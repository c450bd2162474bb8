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
 * Copies a journal's three queues (input, signals, records) into PostgreSQL with an exactly-once
 * effect. A batch (up to {@link DrainOptions#maxBatchRows()} rows) is read from the queues, written
 * by the template's {@link RecordMapper}s and committed in ONE transaction together with the
 * Chronicle index each queue reached ({@code drain_checkpoints}, one row per drain name and
 * queue). A name holding a checkpoint of the old single {@code output} queue is refused
 * ({@link DrainNameInUseException}): its position means nothing in the split queues. A crash
 * before the commit leaves neither rows nor checkpoint; a restart resumes after the committed
 * index. A failed batch (server down, connection cut, timeout) is rolled back and retried with
 * exponential backoff, with its staged rows kept in memory; the pipeline is not involved — it only
 * ever appends to the journal, which is the buffer. Single-threaded: run it on its own thread or
 * process.
 *
 * <p>A batch the database refuses for good (SQLSTATE class 22 or 23, {@link RecordIsolation}) is not
 * retried as it is: the drain reads it again from the last commit and {@link RecordIsolation} writes
 * it one record at a time, each under a savepoint; a record refused again goes to
 * {@code dead_letters} ({@link DeadLetters}) with its queue, index, error and raw bytes, the others
 * are stored, and the batch commits with its checkpoints.
 * A record its mapper cannot decode is a dead letter straight away. Vendor bars reach {@code bars}
 * through {@link BarLineage}, written after the mappers in the same transaction.
 */
public final class JournalDrain implements AutoCloseable {
    private final DatabaseTarget target;
    /** Absolute path of the journal folder; recorded with the checkpoints so a name serves one journal. */
    private final String journal;
    private final DrainOptions options;
    private final DrainMappers mappers;
    private final DeadLetters deadLetters = new DeadLetters();
    private final RecordIsolation isolation;
    /** Input, signals, records: the order batches are filled in. */
    private final JournalCursor[] cursors = new JournalCursor[3];
    /** Chronicle index of each cursor's last committed record, same order. */
    private final long[] committed = new long[3];
    /** Records read from each queue's start at its last commit, same order (to re-read a refused batch, and for progress). */
    private final long[] committedRecords = new long[3];
    private final Map<String, Long> rowsInserted = new TreeMap<>();
    private final Map<String, Long> pendingInserted = new TreeMap<>();
    // Single writer (the drain thread); volatile because tests, stat and metrics read them from other threads.
    private volatile long batches;
    private volatile long retries;
    private volatile long deadLettered;
    private volatile boolean stop;
    /** The thread in {@link #drainAvailable()} / {@link #follow()}, unparked by {@link #requestStop()}. */
    private volatile Thread runner;
    private Connection connection;
    /** What {@link #progress()} returns: replaced (never changed) by the drain thread. */
    private volatile DrainProgress progress;

    /**
     * Migrates the schema, loads this drain's checkpoints and positions the tailers after them.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached
     * @throws io.strikeiq.journal.JournalNotFoundException when the journal lacks its input, signals or records queue
     * @throws io.strikeiq.journal.JournalFormatException when the journal has the old single output queue
     * @throws DrainNameInUseException when the name holds another journal's checkpoints or one of queue {@code output}
     */
    public JournalDrain(final Path journalDir, final DatabaseTarget target, final DrainOptions options) {
        this.target = target;
        this.options = options;
        this.journal = journalDir.toAbsolutePath().normalize().toString();
        this.mappers = new DrainMappers(options.name(), JournalLayout.inputQueue(journalDir));
        this.isolation = new RecordIsolation(mappers, deadLetters);
        final Path in = JournalLayout.inputQueue(journalDir);
        final Path signals = JournalLayout.signalsQueue(journalDir);
        final Path records = JournalLayout.recordsQueue(journalDir);
        try {
            JournalLayout.requireCurrentLayout(journalDir);
            cursors[0] = new JournalCursor(JournalLayout.INPUT_QUEUE, in, RecordValidator.forInput(in), options.log(),
                deadLetters);
            cursors[1] = new JournalCursor(JournalLayout.SIGNALS_QUEUE, signals, RecordValidator.forSignals(signals),
                options.log(), deadLetters);
            cursors[2] = new JournalCursor(JournalLayout.RECORDS_QUEUE, records, RecordValidator.forRecords(records),
                options.log(), deadLetters);
        } catch (final RuntimeException e) {
            close();
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
                final int queue = queueNumber(cp.value1());
                if (queue < 0) {
                    throw DrainNameInUseException.oldLayout(options.name(), journal);
                }
                cursors[queue].resumeAfter(cp.value2(), cp.value3());
            }
        } catch (final RuntimeException e) {
            close();
            throw e;
        }
        for (int q = 0; q < cursors.length; q++) {
            committed[q] = cursors[q].lastIndex();
            committedRecords[q] = cursors[q].records();
        }
        publishProgress();
    }

    /** Position of the cursor of queue {@code name} in {@link #cursors}, or -1 for a queue this layout has not (output). */
    private int queueNumber(final String name) {
        for (int q = 0; q < cursors.length; q++) {
            if (cursors[q].name().equals(name)) {
                return q;
            }
        }
        return -1;
    }

    private long records() {
        long n = 0;
        for (final JournalCursor c : cursors) {
            n += c.records();
        }
        return n;
    }

    /**
     * Drains every record present now and returns when both queues are caught up (or
     * {@link #requestStop()} was called).
     *
     * @return records read in this call
     */
    public long drainAvailable() {
        runner = Thread.currentThread();
        final long before = records();
        boolean more = true;
        while (more && !stop) {
            more = fillBatch();
            if (!commit()) {
                break;
            }
        }
        return records() - before;
    }

    /** Drains, then keeps polling for new records until {@link #requestStop()}. */
    public void follow() {
        runner = Thread.currentThread();
        for (final JournalCursor c : cursors) {
            c.following();
        }
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
        for (final JournalCursor cursor : cursors) {
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
        if (!moved()) {
            return true;
        }
        boolean dedupe = false;
        long[] isolate = null;
        long backoff = options.minBackoffMillis();
        while (true) {
            try {
                if (isolate == null) {
                    writeBatch(dedupe);
                } else {
                    writeOneByOne(isolate);
                }
                break;
            } catch (final SQLException | DataAccessException e) {
                rollbackQuietly();
                if (isolate == null && !dedupe && RecordIsolation.isUniqueViolation(e)) {
                    // Rows already stored (journal drained before under another name): skip them.
                    dedupe = true;
                    continue;
                }
                if (isolate == null && RecordIsolation.isPermanent(e)) {
                    // Retrying the same rows fails the same way: find the refused records one by one.
                    options.log().accept("drain " + options.name() + ": batch " + (batches + 1) + " refused ("
                        + RecordIsolation.oneLine(e) + "); storing it record by record, refused records go to dead_letters");
                    isolate = new long[cursors.length];
                    for (int q = 0; q < cursors.length; q++) {
                        isolate[q] = cursors[q].lastIndex();
                    }
                    continue;
                }
                retries++;
                publishProgress();
                options.log().accept("drain " + options.name() + ": batch " + (batches + 1) + " failed ("
                    + RecordIsolation.oneLine(e) + "); retrying in " + backoff + " ms");
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
        deadLettered += pendingInserted.getOrDefault("dead_letters", 0L);
        clearStaged(true);
        for (int q = 0; q < cursors.length; q++) {
            committed[q] = cursors[q].lastIndex();
            committedRecords[q] = cursors[q].records();
        }
        publishProgress();
        return true;
    }

    /** Forgets what the batch staged: after its commit ({@code committed}), or to stage it again. */
    private void clearStaged(final boolean committed) {
        for (final RecordMapper[] queue : mappers.all()) {
            for (final RecordMapper m : queue) {
                if (m != null && committed) {
                    m.clear();
                } else if (m != null) {
                    m.discard();
                }
            }
        }
        mappers.lineage().clear();
        deadLetters.clear();
    }

    /** Replaces the published progress with the committed state now (drain thread only). */
    private void publishProgress() {
        final java.util.List<String> names = new java.util.ArrayList<>(cursors.length);
        final java.util.List<Long> index = new java.util.ArrayList<>(cursors.length);
        final java.util.List<Long> count = new java.util.ArrayList<>(cursors.length);
        for (int q = 0; q < cursors.length; q++) {
            names.add(cursors[q].name());
            index.add(committed[q]);
            count.add(committedRecords[q]);
        }
        progress = new DrainProgress(names, index, count, batches, retries, rowsInserted);
    }

    /**
     * The progress as of the last committed batch or retry; safe from any thread (the drain
     * thread publishes an immutable reading).
     */
    public DrainProgress progress() {
        return progress;
    }

    /** True when some cursor read past its committed checkpoint. */
    private boolean moved() {
        for (int q = 0; q < cursors.length; q++) {
            if (cursors[q].lastIndex() != committed[q]) {
                return true;
            }
        }
        return false;
    }

    private void writeBatch(final boolean dedupe) throws SQLException {
        final DSLContext ctx = begin();
        for (final RecordMapper[] queue : mappers.all()) {
            for (final RecordMapper m : queue) {
                if (m != null && m.staged() > 0) {
                    counted(m, m.write(connection, ctx, dedupe));
                }
            }
        }
        finish(ctx);
    }

    /**
     * The refused batch again, from the last commit up to {@code end} (each queue's last index of
     * the batch), one record per savepoint: a record refused for good becomes a dead letter.
     */
    private void writeOneByOne(final long[] end) throws SQLException {
        try {
            readAndWriteOneByOne(end);
        } catch (final SQLException | RuntimeException e) {
            // Half re-read and rolled back: back to the commit, so that whoever reads next (this
            // pass again, or the next batch after a stop) reads every record of the batch again.
            clearStaged(false);
            for (int q = 0; q < cursors.length; q++) {
                cursors[q].rewind(committed[q], committedRecords[q]);
            }
            throw e;
        }
    }

    private void readAndWriteOneByOne(final long[] end) throws SQLException {
        clearStaged(false);
        final DSLContext ctx = begin();
        isolation.writeOneByOne(connection, ctx, cursors, committed, committedRecords, end, this::counted);
        finish(ctx);
    }

    /** Counts rows a mapper inserted; not the vendor bars parked in the work area (they are counted in bars when they get there). */
    private void counted(final RecordMapper mapper, final long rows) {
        if (!BarLineage.WORK_TABLE.equals(mapper.table())) {
            pendingInserted.merge(mapper.table(), rows, Long::sum);
        }
    }

    /** Opens the batch's transaction (reconnecting after a failure) and claims the checkpoints. */
    private DSLContext begin() throws SQLException {
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
        return ctx;
    }

    /** Writes what the mappers' rows complete (bar lineage, dead letters) and the checkpoints, and commits. */
    private void finish(final DSLContext ctx) throws SQLException {
        final long bars = mappers.lineage().write(connection);
        if (bars > 0) {
            pendingInserted.merge("bars", bars, Long::sum);
        }
        final long letters = deadLetters.write(connection, options.name(), journal);
        if (letters > 0) {
            pendingInserted.merge("dead_letters", letters, Long::sum);
        }
        options.hook().beforeCommit(batches + 1, connection);
        for (final JournalCursor cursor : cursors) {
            checkpoint(ctx, cursor);
        }
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
            final int queue = queueNumber(cp.value1());
            if (queue < 0) {
                throw DrainNameInUseException.oldLayout(options.name(), journal);
            }
            final long inFlight = cursors[queue].lastIndex();
            if (cp.value2() != committed[queue] && cp.value2() != inFlight) {
                throw DrainNameInUseException.concurrent(options.name(), cp.value1(), committed[queue], cp.value2());
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

    /** Records read from the start of each queue, committed or not: input + signals + records. */
    public long recordsRead() {
        return records();
    }

    /** Chronicle index of the last committed record of the signals queue, -1 if none. */
    public long committedSignalsIndex() {
        return committed[1];
    }

    /** Chronicle index of the last committed record of the records queue, -1 if none. */
    public long committedRecordsIndex() {
        return committed[2];
    }

    public long batchesCommitted() {
        return batches;
    }

    /** Records moved to {@code dead_letters} by this instance. */
    public long deadLetters() {
        return deadLettered;
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
        mappers.instruments().close();
        for (final JournalCursor c : cursors) {
            if (c != null) {
                c.close();
            }
        }
    }
}
