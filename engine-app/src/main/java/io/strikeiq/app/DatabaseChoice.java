package io.strikeiq.app;

import io.strikeiq.persistence.DatabaseRecovery;
import io.strikeiq.persistence.DatabaseTarget;
import io.strikeiq.persistence.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The database a command talks to: {@code --db-url} (or config {@code db.url}) with user and
 * password from {@code STRIKEIQ_DB_USER} / {@code STRIKEIQ_DB_PASSWORD}, or, when the URL is
 * {@code embedded}, an embedded PostgreSQL whose data lives in {@code JOURNAL/<db.embedded-dir>}
 * (default {@code JOURNAL/pg}). The embedded server is started for the command and stopped when
 * it is closed, unless another command already runs it there: then this one connects to that
 * server and leaves it running (see {@link EmbeddedDatabase}). Its notices (started, reusing,
 * cleaned up after a crash) go to stderr, one line each, so stdout keeps only the results.
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
        if (Files.exists(journal) && !Files.isDirectory(journal)) {
            throw new UserError("--journal " + journal + " is a file, not a journal folder");
        }
        final Path dataDir = journal.resolve(config.get("db.embedded-dir"));
        if (mustExist && !Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
            throw new UserError("no embedded database in " + dataDir + "; run ./strikeiq drain --journal " + journal
                + " first, or pass --db-url");
        }
        final EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, line -> System.err.println("strikeiq: " + line));
        return new DatabaseChoice(db.target(), db);
    }

    DatabaseTarget target() {
        return target;
    }

    /** What a drain calls before reconnecting: restarts a dead embedded server; nothing for an external one. */
    DatabaseRecovery recovery() {
        return embedded != null ? embedded : DatabaseRecovery.NONE;
    }

    /** How to name the database in messages (never with a password). */
    String describe() {
        return embedded != null ? "embedded PostgreSQL (" + embedded.dataDir() + ", " + target.redactedUrl()
            + (embedded.owner() ? "" : ", shared") + ")"
            : target.redactedUrl();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
