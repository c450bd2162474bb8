package io.strikeiq.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Called with each batch's open transaction after its rows are written and before its
 * checkpoint is committed: for metrics, or for tests that kill the connection or the drain at
 * the worst moment. Throwing an {@link SQLException} makes the drain roll back and retry;
 * throwing anything else rolls back and stops the drain (as a crash would).
 */
@FunctionalInterface
public interface BatchHook {
    BatchHook NONE = (batch, connection) -> { };

    void beforeCommit(long batch, Connection connection) throws SQLException;
}
