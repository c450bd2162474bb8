package io.strikeiq.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.SelectLimitStep;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.strikeiq.persistence.jooq.Tables.BAR_BIASES;
import static io.strikeiq.persistence.jooq.Tables.INGEST_RUNS;
import static io.strikeiq.persistence.jooq.Tables.INSTRUMENTS;
import static io.strikeiq.persistence.jooq.Tables.OPTION_CHAIN_SNAPSHOTS;
import static io.strikeiq.persistence.jooq.Tables.SIGNALS;
import static io.strikeiq.persistence.jooq.Tables.TRIANGLE_EVENTS;

/**
 * The queries users of the systems we replace ran, in jOOQ over the generated classes. Time
 * windows are half-open [from, to); pages are keyset pages: {@code after} is the last key of the
 * previous page (exclusive), {@code limit} rows per page. Unknown symbols are an
 * {@link IllegalArgumentException} naming the symbol.
 */
public final class StorageQueries implements AutoCloseable {
    private final Connection connection;
    private final DSLContext ctx;

    public StorageQueries(final DatabaseTarget target) {
        connection = target.connect();
        ctx = DSL.using(connection, SQLDialect.POSTGRES);
    }

    /** Registry ids carrying {@code symbol} (a symbol may name several instruments, e.g. across venues). */
    public List<Integer> instrumentIds(final String symbol) {
        final List<Integer> ids = ctx.select(INSTRUMENTS.INSTRUMENT_ID).from(INSTRUMENTS)
            .where(INSTRUMENTS.SYMBOL.eq(symbol)).orderBy(INSTRUMENTS.INSTRUMENT_ID).fetch(INSTRUMENTS.INSTRUMENT_ID);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("unknown symbol " + symbol + ": no instrument with that symbol is stored");
        }
        return ids;
    }

    /**
     * Ids carrying {@code symbol} plus the instruments defined with one of them as underlying: a
     * continuous series ({@code NQ.v.0}) names every contract it rolled through.
     */
    public List<Integer> seriesInstrumentIds(final String symbol) {
        final List<Integer> ids = instrumentIds(symbol);
        return ctx.select(INSTRUMENTS.INSTRUMENT_ID).from(INSTRUMENTS)
            .where(INSTRUMENTS.INSTRUMENT_ID.in(ids)).or(INSTRUMENTS.UNDERLYING_ID.in(ids))
            .orderBy(INSTRUMENTS.INSTRUMENT_ID).fetch(INSTRUMENTS.INSTRUMENT_ID);
    }

    /** Triangles of {@code symbol} (or of the contracts of a series) with bar open in [from, to), by open time. */
    public QueryResult triangles(final String symbol, final OffsetDateTime from, final OffsetDateTime to,
                                 final OffsetDateTime after, final int limit) {
        final List<Integer> ids = seriesInstrumentIds(symbol);
        return page(ctx.select(TRIANGLE_EVENTS.OPEN_TIME, TRIANGLE_EVENTS.SYMBOL, TRIANGLE_EVENTS.DIRECTION,
                TRIANGLE_EVENTS.BIAS_1M, TRIANGLE_EVENTS.BIAS_5M, TRIANGLE_EVENTS.BIAS_15M, TRIANGLE_EVENTS.BIAS_1H,
                TRIANGLE_EVENTS.BIAS_4H, TRIANGLE_EVENTS.BIAS_1D, TRIANGLE_EVENTS.HTF_BULLISH, TRIANGLE_EVENTS.HTF_BEARISH,
                TRIANGLE_EVENTS.HTF_ALIGNED_ONLY, TRIANGLE_EVENTS.REQUIRE_ENGULFING,
                TRIANGLE_EVENTS.REQUIRE_SWEEP_ENGULFING)
            .from(TRIANGLE_EVENTS)
            .where(TRIANGLE_EVENTS.INSTRUMENT_ID.in(ids))
            .and(window(TRIANGLE_EVENTS.OPEN_TIME, from, to, after))
            .orderBy(TRIANGLE_EVENTS.OPEN_TIME), limit, 0);
    }

    /** The six biases after every 1-minute bar of {@code symbol} (or of a series' contracts) opening in [from, to). */
    public QueryResult biases(final String symbol, final OffsetDateTime from, final OffsetDateTime to,
                              final OffsetDateTime after, final int limit) {
        final List<Integer> ids = seriesInstrumentIds(symbol);
        return page(ctx.select(BAR_BIASES.OPEN_TIME, BAR_BIASES.INSTRUMENT_ID, BAR_BIASES.BIAS_1M, BAR_BIASES.BIAS_5M,
                BAR_BIASES.BIAS_15M, BAR_BIASES.BIAS_1H, BAR_BIASES.BIAS_4H, BAR_BIASES.BIAS_1D)
            .from(BAR_BIASES)
            .where(BAR_BIASES.INSTRUMENT_ID.in(ids))
            .and(window(BAR_BIASES.OPEN_TIME, from, to, after))
            .orderBy(BAR_BIASES.OPEN_TIME), limit, 0);
    }

    /** Triangles per UTC day (and direction) of bar open in [from, to); {@code after} is a day. */
    public QueryResult triangleCounts(final String symbol, final OffsetDateTime from, final OffsetDateTime to,
                                      final LocalDate after, final int limit) {
        final Field<LocalDate> day = DSL.field("({0} AT TIME ZONE 'UTC')::date", LocalDate.class,
            TRIANGLE_EVENTS.OPEN_TIME).as("day");
        Condition c = window(TRIANGLE_EVENTS.OPEN_TIME, from, to, null);
        if (symbol != null) {
            c = c.and(TRIANGLE_EVENTS.INSTRUMENT_ID.in(seriesInstrumentIds(symbol)));
        }
        final Field<Integer> bullish = DSL.count().filterWhere(TRIANGLE_EVENTS.DIRECTION.gt((short) 0)).as("bullish");
        final Field<Integer> bearish = DSL.count().filterWhere(TRIANGLE_EVENTS.DIRECTION.lt((short) 0)).as("bearish");
        final var grouped = ctx.select(day, DSL.count().as("triangles"), bullish, bearish)
            .from(TRIANGLE_EVENTS).where(c).groupBy(DSL.field(DSL.name("day")));
        final var q = after == null ? grouped.orderBy(DSL.field(DSL.name("day")))
            : grouped.having(DSL.field(DSL.name("day"), LocalDate.class).gt(after)).orderBy(DSL.field(DSL.name("day")));
        return page(q, limit, 0);
    }

    /** Signals with event time in [from, to), optionally of one engine and/or type, by time. */
    public QueryResult signals(final String engine, final String type, final OffsetDateTime from,
                               final OffsetDateTime to, final OffsetDateTime after, final int limit) {
        Condition c = window(SIGNALS.EVENT_TIME, from, to, after);
        if (engine != null) {
            c = c.and(SIGNALS.ENGINE.equalIgnoreCase(engine));
        }
        if (type != null) {
            c = c.and(SIGNALS.SIGNAL_TYPE.equalIgnoreCase(type));
        }
        return page(ctx.select(SIGNALS.EVENT_TIME, SIGNALS.ENGINE, SIGNALS.SIGNAL_TYPE, INSTRUMENTS.SYMBOL,
                SIGNALS.EXPIRY, SIGNALS.DIRECTION, SIGNALS.STRENGTH, SIGNALS.CONFIDENCE, SIGNALS.VALUE1, SIGNALS.VALUE2,
                SIGNALS.INPUT_SEQUENCE)
            .from(SIGNALS).leftJoin(INSTRUMENTS).on(INSTRUMENTS.INSTRUMENT_ID.eq(SIGNALS.UNDERLYING_ID))
            .where(c).orderBy(SIGNALS.EVENT_TIME, SIGNALS.SIGNAL_ID), limit, 0);
    }

    /** Every leg of the latest stored chain snapshot of underlying {@code symbol}, by expiry, strike, right. */
    public QueryResult latestChain(final String symbol, final int limit) {
        final List<Integer> ids = instrumentIds(symbol);
        final OffsetDateTime latest = ctx.select(DSL.max(OPTION_CHAIN_SNAPSHOTS.SNAPSHOT_TIME))
            .from(OPTION_CHAIN_SNAPSHOTS).where(OPTION_CHAIN_SNAPSHOTS.UNDERLYING_ID.in(ids)).fetchOne(0,
                OffsetDateTime.class);
        final var s = OPTION_CHAIN_SNAPSHOTS;
        return page(ctx.select(s.SNAPSHOT_TIME, s.EXPIRY, s.STRIKE, s.OPTION_RIGHT, s.LTP, s.BID, s.ASK, s.VOLUME,
                s.OPEN_INTEREST, s.DELTA_OI, s.IV, s.DELTA, s.GAMMA, s.THETA, s.VEGA, s.BUILD_UP)
            .from(s).where(s.UNDERLYING_ID.in(ids)).and(s.SNAPSHOT_TIME.eq(latest))
            .orderBy(s.EXPIRY, s.STRIKE, s.OPTION_RIGHT), limit, -1);
    }

    /** Row count and on-disk size of every table, then the ingest-run success rate. */
    public QueryResult sizes(final DatabaseTarget target) {
        final List<List<Object>> rows = new ArrayList<>();
        for (final Map.Entry<String, Long> e : TableSizes.rowCounts(target).entrySet()) {
            final Object bytes = ctx.fetchValue("SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM "
                + "pg_class c LEFT JOIN pg_inherits i ON i.inhrelid = c.oid "
                + "WHERE c.relname = ? OR i.inhparent = ?::regclass", e.getKey(), e.getKey());
            rows.add(List.of(e.getKey(), e.getValue(), String.valueOf(bytes)));
        }
        final Record r = ctx.select(DSL.count(), DSL.count().filterWhere(INGEST_RUNS.STATUS.eq("SUCCEEDED")))
            .from(INGEST_RUNS).fetchOne();
        final int runs = r.get(0, Integer.class);
        final int ok = r.get(1, Integer.class);
        rows.add(List.of("ingest_runs succeeded", ok + " of " + runs,
            runs == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * ok / runs)));
        return new QueryResult(List.of("table", "rows", "size"), rows, null);
    }

    private static Condition window(final Field<OffsetDateTime> time, final OffsetDateTime from,
                                    final OffsetDateTime to, final OffsetDateTime after) {
        Condition c = DSL.noCondition();
        if (from != null) {
            c = c.and(time.ge(from));
        }
        if (to != null) {
            c = c.and(time.lt(to));
        }
        if (after != null) {
            c = c.and(time.gt(after));
        }
        return c;
    }

    /** Fetches {@code limit + 1} rows to know whether a next page exists; its key is column {@code keyColumn} of the last row. */
    private static QueryResult page(final SelectLimitStep<?> query, final int limit, final int keyColumn) {
        final Result<?> result = query.limit(limit + 1).fetch();
        final List<String> columns = new ArrayList<>();
        for (final Field<?> f : result.fields()) {
            columns.add(f.getName());
        }
        final List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, result.size()); i++) {
            rows.add(java.util.Arrays.asList(result.get(i).intoArray()));
        }
        final String next = keyColumn >= 0 && result.size() > limit ? String.valueOf(rows.get(rows.size() - 1)
            .get(keyColumn)) : null;
        return new QueryResult(columns, rows, next);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (final SQLException ignored) {
            // Nothing to release beyond the socket.
        }
    }
}
