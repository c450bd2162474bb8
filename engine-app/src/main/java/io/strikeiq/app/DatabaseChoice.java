package io.strikeiq.app;

import io.strikeiq.persistence.DatabaseTarget;
import io.strikeiq.persistence.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The database a command talks to: {@code --db-url} (or config {@code db.url}) with user and
 * password from {@code STRIKEIQ_DB_USER} / {@code STRIKEIQ_DB_PASSWORD}, or, when the URL is
 * {@code embedded}, an embedded PostgreSQL whose data lives in {@code JOURNAL/<db.embedded-dir>}
 * (default {@code JOURNAL/pg}), started for the command and stopped when it is closed.
 */
final class DatabaseChoice implements AutoCloseable {
    static final String EMBEDDED = "embedded";

    private final DatabaseTarget target;
    private final EmbeddedDatabase embedded;

    private DatabaseChoice(final DatabaseTarget target, final EmbeddedDatabase embedded) {
        this.target = target;
        this.embedded = embedded;
    }

    /**
     * @param urlFlag    {@code --db-url}, null if not given
     * @param journal    journal folder (for the embedded database's data), may be null with a URL
     * @param mustExist  true for read-only commands: refuse to create an empty embedded database
     */
    static DatabaseChoice open(final String urlFlag, final AppConfig config, final Path journal, final boolean mustExist,
                               final Map<String, String> env) {
        final String url = urlFlag != null ? urlFlag : config.get("db.url");
        if (!EMBEDDED.equals(url)) {
            return new DatabaseChoice(DatabaseTarget.fromEnvironment(url, env), null);
        }
        if (journal == null) {
            throw new UserError("no database: pass --db-url jdbc:postgresql://… or --journal DIR (embedded PostgreSQL in DIR/"
                + config.get("db.embedded-dir") + ")");
        }
        final Path dataDir = journal.resolve(config.get("db.embedded-dir"));
        if (mustExist && !Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
            throw new UserError("no embedded database in " + dataDir + "; run ./strikeiq drain --journal " + journal
                + " first, or pass --db-url");
        }
        final EmbeddedDatabase db = EmbeddedDatabase.start(dataDir);
        return new DatabaseChoice(db.target(), db);
    }

    DatabaseTarget target() {
        return target;
    }

    /** How to name the database in messages (never with a password). */
    String describe() {
        return embedded != null ? "embedded PostgreSQL (" + embedded.dataDir() + ", " + target.redactedUrl() + ")"
            : target.redactedUrl();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
