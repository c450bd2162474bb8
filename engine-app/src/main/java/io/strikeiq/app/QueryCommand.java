package io.strikeiq.app;

import io.strikeiq.persistence.DatabaseUnavailableException;
import io.strikeiq.persistence.QueryResult;
import io.strikeiq.persistence.StorageQueries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code strikeiq query …}: the stored data, read through jOOQ. Times are ISO-8601 with an
 * offset ({@code 2026-11-24T09:15:00+05:30}, {@code …Z}) or a date (midnight UTC); windows are
 * [--from, --to). Output: aligned table, {@code --format csv|json}; {@code --limit} rows per page
 * and {@code --after CURSOR} (printed under a page when more rows exist) for the next one: the
 * cursor is the full, unique sort key of the page's last row, so pages never skip or repeat a row.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Query stored triangles, biases, signals, chain snapshots, bars, ingest runs, snapshots and table sizes.",
    subcommands = {QueryCommand.Triangles.class, QueryCommand.Biases.class, QueryCommand.TriangleCounts.class,
        QueryCommand.Signals.class, QueryCommand.Chain.class, QueryCommand.Sizes.class, QueryBarsCommand.class,
        QueryIngestRunsCommand.class, QuerySnapshotsCommand.class})
final class QueryCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Option(names = "--journal", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "Journal folder whose embedded database (DIR/pg) to query, when no --db-url is given.")
    Path journal;

    @Option(names = "--db-url", paramLabel = "URL", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "jdbc:postgresql://host:port/db (user/password from STRIKEIQ_DB_USER / STRIKEIQ_DB_PASSWORD).")
    String dbUrl;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "table (default), csv or json.")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "Rows per page; when more rows exist, the command prints the --after cursor of the next "
            + "page. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
            "name a query: triangles, biases, triangle-counts, signals, chain, sizes, bars, ingest-runs or snapshots");
    }

    int execute(final Function<StorageQueries, QueryResult> query) {
        final TablePrinter.Format f = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "table" -> TablePrinter.Format.TABLE;
            case "csv" -> TablePrinter.Format.CSV;
            case "json" -> TablePrinter.Format.JSON;
            default -> throw options.usage("--format must be table, csv or json, got '" + format + "'");
        };
        if (limit < 1) {
            throw options.usage("--limit must be at least 1");
        }
        try (DatabaseChoice db = DatabaseChoice.open(dbUrl, options.load(), journal, true, System.getenv());
             StorageQueries q = new StorageQueries(db.target())) {
            current = db;
            TablePrinter.print(query.apply(q), f, System.out, System.err);
        } catch (final DatabaseUnavailableException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (final org.jooq.exception.DataAccessException e) {
            if ("42P01".equals(e.sqlState())) {
                // undefined_table: the database has no StrikeIQ schema yet (a drain has only just started, or never ran).
                throw new UserError("nothing has been drained into " + (current != null ? current.describe() : "this database") + " yet (no StrikeIQ tables); run "
                    + "./strikeiq drain first, or wait for the running drain to create them");
            }
            throw e;
        }
        return 0;
    }

    private DatabaseChoice current;

    static OffsetDateTime time(final String flag, final String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (final DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (final DateTimeParseException e2) {
                throw new UserError(flag + ": bad time '" + value
                    + "': expected ISO-8601 with an offset (2026-11-24T09:15:00+05:30, 2026-11-24T03:45:00Z) or a date (2026-11-24)");
            }
        }
    }

    /** Options of the windowed queries. */
    static final class Window {
        @Option(names = "--from", paramLabel = "TIME", description = "Window start (inclusive).")
        String from;
        @Option(names = "--to", paramLabel = "TIME", description = "Window end (exclusive).")
        String to;
        @Option(names = "--after", paramLabel = "CURSOR",
            description = "Paging: the cursor printed under the previous page (\"more rows: add --after ...\"), as is.")
        String after;

        /** The window's times, parsed before any database work so a bad one fails at once. */
        Range parse() {
            return new Range(time("--from", from), time("--to", to));
        }
    }

    /** A parsed {@link Window}; null for a time not given. */
    record Range(OffsetDateTime from, OffsetDateTime to) {
    }

    @Command(name = "triangles", mixinStandardHelpOptions = true, description = "Triangles of a symbol in a window, by time.",
        footer = {"", "Paging cursor (--after): open_time/instrument_id/direction/htf_aligned_only/require_engulfing/"
            + "require_sweep_engulfing/htf_switches/engine_version of the page's last row, e.g. "
            + "2024-03-04T14:31:00Z/7/1/false/true/false/31/1."})
    static final class Triangles implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Mixin Window w;
        @Option(names = "--symbol", required = true, paramLabel = "SYM") String symbol;

        @Override
        public Integer call() {
            final Range r = w.parse();
            return parent.execute(q -> q.triangles(symbol, r.from(), r.to(), w.after, parent.limit));
        }
    }

    @Command(name = "biases", mixinStandardHelpOptions = true, description = "The six biases after every 1-minute bar in a window.",
        footer = {"", "Paging cursor (--after): open_time/instrument_id of the page's last row, "
            + "e.g. 2024-03-04T14:31:00Z/7."})
    static final class Biases implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Mixin Window w;
        @Option(names = "--symbol", required = true, paramLabel = "SYM") String symbol;

        @Override
        public Integer call() {
            final Range r = w.parse();
            return parent.execute(q -> q.biases(symbol, r.from(), r.to(), w.after, parent.limit));
        }
    }

    @Command(name = "triangle-counts", mixinStandardHelpOptions = true, description = "Triangles per UTC day.",
        footer = {"", "Paging cursor (--after): the UTC day of the page's last row, e.g. 2024-03-04."})
    static final class TriangleCounts implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Mixin Window w;
        @Option(names = "--symbol", paramLabel = "SYM", description = "Only this symbol (default: all).") String symbol;

        @Override
        public Integer call() {
            final Range r = w.parse();
            return parent.execute(q -> q.triangleCounts(symbol, r.from(), r.to(), w.after, parent.limit));
        }
    }

    @Command(name = "signals", mixinStandardHelpOptions = true, description = "Signals in a window, optionally by engine and type.",
        footer = {"", "Paging cursor (--after): event_time/signal_id of the page's last row, event time in UTC at the "
            + "stored microsecond precision, e.g. 2026-11-24T03:46:00.123456Z/4711 (the id breaks ties: many signals "
            + "share an event time)."})
    static final class Signals implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Mixin Window w;
        @Option(names = "--engine", paramLabel = "E", description = "e.g. PCR, MAX_PAIN") String engine;
        @Option(names = "--type", paramLabel = "T", description = "e.g. PCR_HIGH") String type;

        @Override
        public Integer call() {
            final Range r = w.parse();
            return parent.execute(q -> q.signals(engine, type, r.from(), r.to(), w.after, parent.limit));
        }
    }

    @Command(name = "chain", mixinStandardHelpOptions = true, description = "Latest stored chain snapshot of an underlying.",
        footer = {"", "Paging cursor (--after): snapshot_time/expiry/strike/option_right/instrument_id of the page's "
            + "last row, e.g. 2026-11-24T04:15:00Z/2026-11-26T10:00:00Z/23500.0/CALL/17; it pins the snapshot, so "
            + "later pages read the same one even if a newer snapshot was drained meanwhile."})
    static final class Chain implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Option(names = "--symbol", required = true, paramLabel = "SYM", description = "Underlying, e.g. NIFTY") String symbol;
        @Option(names = "--after", paramLabel = "CURSOR",
            description = "Paging: the cursor printed under the previous page (\"more rows: add --after ...\"), as is.")
        String after;

        @Override
        public Integer call() {
            return parent.execute(q -> q.latestChain(symbol, after, parent.limit));
        }
    }

    @Command(name = "sizes", mixinStandardHelpOptions = true,
        description = "Rows and size per table; ingest-run success rate (one row per table: not paged, --limit does not apply).")
    static final class Sizes implements Callable<Integer> {
        @ParentCommand QueryCommand parent;

        @Override
        public Integer call() {
            return parent.execute(q -> q.sizes(parent.current.target()));
        }
    }
}
