package io.strikeiq.persistence;

import java.util.function.Consumer;

/**
 * How a {@link JournalDrain} batches and retries.
 *
 * @param name           drain name: the key of its rows in {@code drain_checkpoints}
 * @param maxBatchRows   rows staged before a batch is committed
 * @param maxBatchRecords journal records read before a batch is committed (ticks count, though they make no rows)
 * @param minBackoffMillis first wait after a failed batch; doubles per failure
 * @param maxBackoffMillis longest wait between retries
 * @param idleParkMillis wait between polls once caught up, when following
 * @param hook           called before each commit
 * @param log            receives one line per retry and recovery (never on the happy path)
 * @param recovery       called before reconnecting after a failed batch: restarts an embedded server that died
 */
public record DrainOptions(String name, int maxBatchRows, int maxBatchRecords, long minBackoffMillis,
                           long maxBackoffMillis, long idleParkMillis, BatchHook hook, Consumer<String> log,
                           DatabaseRecovery recovery) {
    public DrainOptions {
        if (name == null || name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("drain name must be 1-200 characters");
        }
        if (maxBatchRows < 1 || maxBatchRecords < 1 || minBackoffMillis < 1 || maxBackoffMillis < minBackoffMillis
            || idleParkMillis < 1) {
            throw new IllegalArgumentException("batch sizes, backoff and idle wait must be positive");
        }
        if (hook == null || log == null || recovery == null) {
            throw new IllegalArgumentException("hook, log and recovery must be given (use the NONE constants)");
        }
    }

    /** Batches of up to 20,000 rows / 200,000 records, backoff 100 ms doubling to 5 s, 5 ms idle polls. */
    public static DrainOptions defaults(final String name) {
        return new DrainOptions(name, 20_000, 200_000, 100, 5_000, 5, BatchHook.NONE, line -> { },
            DatabaseRecovery.NONE);
    }

    public DrainOptions withHook(final BatchHook value) {
        return new DrainOptions(name, maxBatchRows, maxBatchRecords, minBackoffMillis, maxBackoffMillis, idleParkMillis,
            value, log, recovery);
    }

    public DrainOptions withLog(final Consumer<String> value) {
        return new DrainOptions(name, maxBatchRows, maxBatchRecords, minBackoffMillis, maxBackoffMillis, idleParkMillis,
            hook, value, recovery);
    }

    public DrainOptions withBatch(final int rows, final int records) {
        return new DrainOptions(name, rows, records, minBackoffMillis, maxBackoffMillis, idleParkMillis, hook, log,
            recovery);
    }

    public DrainOptions withBackoff(final long minMillis, final long maxMillis) {
        return new DrainOptions(name, maxBatchRows, maxBatchRecords, minMillis, maxMillis, idleParkMillis, hook, log,
            recovery);
    }

    /** With {@code value} brought up before each reconnect (e.g. the {@link EmbeddedDatabase} drained into). */
    public DrainOptions withRecovery(final DatabaseRecovery value) {
        return new DrainOptions(name, maxBatchRows, maxBatchRecords, minBackoffMillis, maxBackoffMillis, idleParkMillis,
            hook, log, value);
    }
}
