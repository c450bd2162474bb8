package io.strikeiq.app;

import io.strikeiq.journal.JournalLayout;
import io.strikeiq.persistence.DatabaseUnavailableException;
import io.strikeiq.persistence.DrainNameInUseException;
import io.strikeiq.persistence.DrainOptions;
import io.strikeiq.persistence.JournalDrain;
import io.strikeiq.persistence.TableSizes;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strikeiq drain --journal DIR [--db-url URL] [--follow]}: copies a journal into
 * PostgreSQL with exactly-once effect (see {@link JournalDrain}), then prints the row count of
 * every table. With {@code --follow} it keeps tailing until interrupted: Ctrl-C / SIGTERM stop
 * it within milliseconds (after the batch in flight), and the summary is printed before the JVM
 * exits. A missing or mistyped journal is refused before any database or folder is created.
 */
@Command(name = "drain", mixinStandardHelpOptions = true,
    description = "Drain a journal's input, signals and records queues into PostgreSQL (exactly once; restartable).")
final class DrainCommand implements Callable<Integer> {
    /** How long a signal may hold the JVM for the summary (the drain itself stops within milliseconds). */
    private static final long SIGNAL_WAIT_MILLIS = 10_000;

    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metricsOptions;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "Journal folder (holds input/, signals/ and records/).")
    Path journal;

    @Option(names = "--db-url", paramLabel = "URL",
        description = "jdbc:postgresql://host:port/db (user and password from STRIKEIQ_DB_USER / STRIKEIQ_DB_PASSWORD); "
            + "default: db.url, 'embedded' = embedded PostgreSQL with its data in DIR/pg.")
    String dbUrl;

    @Option(names = "--follow", description = "Keep tailing the journal for new records until interrupted.")
    boolean follow;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "drain",
        description = "Drain name: its position is kept under this name in drain_checkpoints. Default: ${DEFAULT-VALUE}.")
    String name;

    @Override
    public Integer call() {
        final AppConfig config = options.load();
        requireJournal(journal);
        final PrintStream out = System.out;
        try (MetricsServer metrics = metricsOptions.start("drain");
             SignalStop signal = SignalStop.install("strikeiq-drain-stop", SIGNAL_WAIT_MILLIS);
             DatabaseChoice db = DatabaseChoice.open(dbUrl, config, journal, false, System.getenv())) {
            final Map<String, Long> inserted = run(journal, db, config, name, follow, signal, metrics);
            final long stoppedMillis = signal.millisSinceSignal();
            out.println("Drained " + journal + " into " + db.describe() + " as '" + name + "'");
            printCounts(out, inserted, TableSizes.rowCounts(db.target()));
            if (signal.signalled()) {
                out.println("Stopped by signal: drain stopped " + stoppedMillis + " ms, summary printed "
                    + signal.millisSinceSignal() + " ms after it");
            }
            out.flush();
        } catch (final DatabaseUnavailableException | DrainNameInUseException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }

    /** Refuses a journal path that is a file or lacks a queue, before anything is created. */
    static void requireJournal(final Path journal) {
        if (Files.exists(journal) && !Files.isDirectory(journal)) {
            throw new UserError("--journal " + journal + " is a file, not a journal folder");
        }
        JournalLayout.requireQueue(JournalLayout.inputQueue(journal));
        JournalLayout.requireCurrentLayout(journal);
        JournalLayout.requireQueue(JournalLayout.signalsQueue(journal));
        JournalLayout.requireQueue(JournalLayout.recordsQueue(journal));
    }

    /**
     * Drains {@code journal} (following if asked) and returns the rows inserted per table.
     *
     * @param metrics endpoint that serves the drain's metrics while it runs; null for none
     */
    static Map<String, Long> run(final Path journal, final DatabaseChoice db, final AppConfig config, final String name,
                                 final boolean follow, final MetricsServer metrics) {
        try (SignalStop signal = SignalStop.install("strikeiq-drain-stop", SIGNAL_WAIT_MILLIS)) {
            return run(journal, db, config, name, follow, signal, metrics);
        }
    }

    private static Map<String, Long> run(final Path journal, final DatabaseChoice db, final AppConfig config,
                                         final String name, final boolean follow, final SignalStop signal,
                                         final MetricsServer metrics) {
        final long rows = config.getLong("drain.batch-rows");
        if (rows < 1 || rows > 1_000_000) {
            throw new ConfigException(config.origin() + ": drain.batch-rows must be 1..1000000, got " + rows);
        }
        final DrainOptions opts = DrainOptions.defaults(name)
            .withBatch((int) rows, 10 * (int) rows)
            .withBackoff(100, config.getLong("drain.max-backoff-ms"))
            .withLog(System.err::println)
            .withRecovery(db.recovery());
        try (JournalDrain drain = new JournalDrain(journal, db.target(), opts)) {
            signal.onSignal(drain::requestStop);
            if (metrics != null) {
                DrainMetrics.register(metrics.registry(), journal, drain::progress);
                metrics.running(true);
            }
            try {
                if (follow) {
                    drain.follow();
                } else {
                    drain.drainAvailable();
                }
            } finally {
                if (metrics != null) {
                    metrics.running(false);
                }
            }
            return drain.rowsInserted();
        }
    }

    /** Prints "table  rows (+inserted)" lines, aligned. */
    static void printCounts(final PrintStream out, final Map<String, Long> inserted, final Map<String, Long> counts) {
        int width = 5;
        for (final String t : counts.keySet()) {
            width = Math.max(width, t.length());
        }
        out.printf("  %-" + width + "s %12s %12s%n", "table", "rows", "inserted");
        for (final Map.Entry<String, Long> e : counts.entrySet()) {
            out.printf("  %-" + width + "s %,12d %,12d%n", e.getKey(), e.getValue(), inserted.getOrDefault(e.getKey(), 0L));
        }
    }
}
