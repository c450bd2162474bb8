package io.strikeiq.persistence;

import org.flywaydb.core.Flyway;

/**
 * Brings a database to the schema of this build by running the Flyway migrations in
 * {@code classpath:db/migration} (the same files jOOQ generated its classes from).
 */
public final class SchemaMigrator {
    private SchemaMigrator() {
    }

    /** Applies pending migrations; returns how many were applied. */
    public static int migrate(final DatabaseTarget target) {
        try {
            return Flyway.configure()
                .dataSource(target.url(), target.user(), target.password())
                .locations("classpath:db/migration")
                .connectRetries(0)
                .load()
                .migrate()
                .migrationsExecuted;
        } catch (final org.flywaydb.core.api.FlywayException e) {
            if (e.getCause() instanceof java.sql.SQLException sql) {
                throw new DatabaseUnavailableException(target, sql);
            }
            throw e;
        }
    }
}
