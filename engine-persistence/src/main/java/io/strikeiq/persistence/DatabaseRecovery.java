package io.strikeiq.persistence;

/**
 * Brings the database server back after a {@link JournalDrain} lost its connection, before the
 * drain reconnects: {@link EmbeddedDatabase} restarts its postmaster when it has died. An
 * external server is someone else's to run, so its recovery is {@link #NONE} and the drain just
 * retries with backoff.
 */
@FunctionalInterface
public interface DatabaseRecovery {
    DatabaseRecovery NONE = () -> { };

    /**
     * Restarts the server if it is gone; returns at once if it runs.
     *
     * @throws DatabaseUnavailableException when it cannot be started now (the drain retries later)
     */
    void ensureRunning();
}
