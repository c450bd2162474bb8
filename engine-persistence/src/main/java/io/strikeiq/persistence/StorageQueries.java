package io.strikeiq.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;
import org.jooq.SelectLimitStep;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
 * windows are half-open [from, to); pages are keyset pages on each query's full, unique sort key:
 * {@code after} is the {@code PageCursor} printed under the previous page (exclusive),
 * {@code limit} rows per page, so concatenated pages are the unpaged result row for row. A
 * {@code symbol} is any instrument key of {@link InstrumentKeys}. Unknown keys and malformed
 * cursors are an {@link IllegalArgumentException} naming what is wrong.
 */
public final class StorageQueries implements AutoCloseable {
    private final Connection connection;
    private final DSLContext ctx;
    private final InstrumentKeys keys;

    public StorageQueries(final DatabaseTarget target) {
        connection = target.connect();
        ctx = DSL.using(connection, SQLDialect.POSTGRES);
        keys = new InstrumentKeys(ctx);
    }

    /** The connection's jOOQ context, for the queries kept in their own classes ({@link BarsQuery} …). */
    DSLContext context() {
        return ctx;
    }

    /** Stored ids of the instruments {@code key} names ({@link InstrumentKeys}: NQH5, GLBX.MDP3:NQ, NQ.v.0 ...). */
    public List<Long> instrumentIds(final String key) {
        return keys.exact(key);
    }

    /**
     * Ids {@code key} names plus the instruments defined with one of them as underlying: a
     * continuous series ({@code NQ.v.0}) names every contract it rolled through.
     */
    public List<Long> seriesInstrumentIds(final String key) {
        return keys.withContracts(key);
    }

    /**
     * Triangles of {@code symbol} (or of the contracts of a series) with bar open in [from, to), by
     * open time; sort key (and cursor) open_time/instrument_id/direction/htf_aligned_only/
     * require_engulfing/require_sweep_engulfing/htf_switches/engine_version, the table's unique key.
     */
    public QueryResult triangles(final String symbol, final OffsetDateTime from, final OffsetDateTime to,
                                 final String after, final int limit) {
        final List<Long> ids = seriesInstrumentIds(symbol);
        final var t = TRIANGLE_EVENTS;
        return keysetPage(ctx.select(t.OPEN_TIME, t.SYMBOL, t.DIRECTION, t.BIAS_1M, t.BIAS_5M, t.BIAS_15M, t.BIAS_1H,
                t.BIAS_4H, t.BIAS_1D, t.HTF_BULLISH, t.HTF_BEARISH, t.HTF_ALIGNED_ONLY, t.REQUIRE_ENGULFING,
                t.REQUIRE_SWEEP_ENGULFING, t.HTF_SWITCHES, t.ENGINE_VERSION, t.INSTRUMENT_ID)
            .from(t)
            .where(t.INSTRUMENT_ID.in(ids))
            .and(window(t.OPEN_TIME, from, to)),
            List.of(t.OPEN_TIME, t.INSTRUMENT_ID, t.DIRECTION, t.HTF_ALIGNED_ONLY, t.REQUIRE_ENGULFING,
                t.REQUIRE_SWEEP_ENGULFING, t.HTF_SWITCHES, t.ENGINE_VERSION), after, limit);
    }

    /**
     * The six biases after every 1-minute bar of {@code symbol} (or of a series' contracts) opening
     * in [from, to); sort key (and cursor) open_time/instrument_id, the table's primary key.
     */
    public QueryResult biases(final String symbol, final OffsetDateTime from, final OffsetDateTime to,
                              final String after, final int limit) {
        final List<Long> ids = seriesInstrumentIds(symbol);
        final var b = BAR_BIASES;
        return keysetPage(ctx.select(b.OPEN_TIME, b.INSTRUMENT_ID, b.BIAS_1M, b.BIAS_5M, b.BIAS_15M, b.BIAS_1H,
                b.BIAS_4H, b.BIAS_1D)
            .from(b)
            .where(b.INSTRUMENT_ID.in(ids))
            .and(window(b.OPEN_TIME, from, to)),
            List.of(b.OPEN_TIME, b.INSTRUMENT_ID), after, limit);
    }

    /**
     * Triangles per UTC day of bar open in [from, to) (with the bullish and bearish counts); one
     * row per day, so the day alone is the sort key and the cursor ({@code 2026-11-24}).
     */
    public QueryResult triangleCounts(final String symbol, final OffsetDateTime from, final OffsetDateTime to,
                                      final String after, final int limit) {
        final Field<LocalDate> utcDay = DSL.field("({0} AT TIME ZONE 'UTC')::date", LocalDate.class,
            TRIANGLE_EVENTS.OPEN_TIME);
        final Field<LocalDate> day = utcDay.as("day");
        final List<Field<LocalDate>> key = List.of(day);
        Condition c = window(TRIANGLE_EVENTS.OPEN_TIME, from, to);
        if (symbol != null) {
            c = c.and(TRIANGLE_EVENTS.INSTRUMENT_ID.in(seriesInstrumentIds(symbol)));
        }
        if (after != null) {
            // The days after the cursor's are the bars opening from the next UTC midnight on: a WHERE on
            // the column (an output alias cannot be referenced in HAVING).
            final LocalDate afterDay = (LocalDate) PageCursor.parse(after, key)[0];
            c = c.and(TRIANGLE_EVENTS.OPEN_TIME.ge(afterDay.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        final Field<Integer> bullish = DSL.count().filterWhere(TRIANGLE_EVENTS.DIRECTION.gt((short) 0)).as("bullish");
        final Field<Integer> bearish = DSL.count().filterWhere(TRIANGLE_EVENTS.DIRECTION.lt((short) 0)).as("bearish");
        return fetchPage(ctx.select(day, DSL.count().as("triangles"), bullish, bearish)
            .from(TRIANGLE_EVENTS).where(c).groupBy(utcDay).orderBy(utcDay), key, limit);
    }

    /**
     * Signals with event time in [from, to), optionally of one engine and/or type, by time; sort key
     * (and cursor) event_time/signal_id: many signals share an event time (one input event feeds
     * every engine, and the journal's nanoseconds are stored as microseconds), the id is unique.
     */
    public QueryResult signals(final String engine, final String type, final OffsetDateTime from,
                               final OffsetDateTime to, final String after, final int limit) {
        Condition c = window(SIGNALS.EVENT_TIME, from, to);
        if (engine != null) {
            c = c.and(SIGNALS.ENGINE.equalIgnoreCase(engine));
        }
        if (type != null) {
            c = c.and(SIGNALS.SIGNAL_TYPE.equalIgnoreCase(type));
        }
        return keysetPage(ctx.select(SIGNALS.EVENT_TIME, SIGNALS.ENGINE, SIGNALS.SIGNAL_TYPE, INSTRUMENTS.SYMBOL,
                SIGNALS.EXPIRY, SIGNALS.DIRECTION, SIGNALS.STRENGTH, SIGNALS.CONFIDENCE, SIGNALS.VALUE1, SIGNALS.VALUE2,
                SIGNALS.INPUT_SEQUENCE, SIGNALS.SIGNAL_ID)
            .from(SIGNALS).leftJoin(INSTRUMENTS).on(INSTRUMENTS.INSTRUMENT_ID.eq(SIGNALS.UNDERLYING_ID))
            .where(c), List.of(SIGNALS.EVENT_TIME, SIGNALS.SIGNAL_ID), after, limit);
    }

    /**
     * Every leg of the latest stored chain snapshot of underlying {@code symbol}, by expiry, strike,
     * right (then instrument id, unique within a snapshot). The cursor
     * snapshot_time/expiry/strike/option_right/instrument_id also pins the snapshot, so later pages
     * read the same snapshot even if a newer one was drained meanwhile.
     */
    public QueryResult latestChain(final String symbol, final String after, final int limit) {
        final List<Long> ids = instrumentIds(symbol);
        final var s = OPTION_CHAIN_SNAPSHOTS;
        final List<Field<?>> key = List.of(s.SNAPSHOT_TIME, s.EXPIRY, s.STRIKE, s.OPTION_RIGHT, s.INSTRUMENT_ID);
        final OffsetDateTime snapshot = after != null ? (OffsetDateTime) PageCursor.parse(after, key)[0]
            : ctx.select(DSL.max(s.SNAPSHOT_TIME)).from(s).where(s.UNDERLYING_ID.in(ids)).fetchOne(0,
                OffsetDateTime.class);
        return keysetPage(ctx.select(s.SNAPSHOT_TIME, s.EXPIRY, s.STRIKE, s.OPTION_RIGHT, s.LTP, s.BID, s.ASK, s.VOLUME,
                s.OPEN_INTEREST, s.DELTA_OI, s.IV, s.DELTA, s.GAMMA, s.THETA, s.VEGA, s.BUILD_UP, s.INSTRUMENT_ID)
            .from(s).where(s.UNDERLYING_ID.in(ids)).and(s.SNAPSHOT_TIME.eq(snapshot)), key, after, limit);
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

    static Condition window(final Field<OffsetDateTime> time, final OffsetDateTime from,
                                    final OffsetDateTime to) {
        Condition c = DSL.noCondition();
        if (from != null) {
            c = c.and(time.ge(from));
        }
        if (to != null) {
            c = c.and(time.lt(to));
        }
        return c;
    }

    /**
     * One keyset page of {@code select}: ordered by {@code key}, rows whose key is greater than the
     * cursor {@code after} (null: from the first row). The key must be unique and selected.
     */
    static QueryResult keysetPage(final SelectConditionStep<?> select, final List<? extends Field<?>> key,
                                          final String after, final int limit) {
        final Condition afterKey = after == null ? DSL.noCondition()
            : DSL.row(key).gt(DSL.row(PageCursor.parse(after, key)));
        return fetchPage(select.and(afterKey).orderBy(key), key, limit);
    }

    /**
     * Fetches {@code limit + 1} rows to know whether a next page exists; its cursor is the
     * {@code key} of the page's last row.
     */
    static QueryResult fetchPage(final SelectLimitStep<?> query, final List<? extends Field<?>> key,
                                         final int limit) {
        final Result<?> result = query.limit(limit + 1L).fetch();
        final List<String> columns = new ArrayList<>();
        for (final Field<?> f : result.fields()) {
            columns.add(f.getName());
        }
        final int shown = Math.min(limit, result.size());
        final List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            rows.add(Arrays.asList(result.get(i).intoArray()));
        }
        String next = null;
        if (result.size() > limit) {
            final Record last = result.get(shown - 1);
            final List<Object> lastKey = new ArrayList<>();
            for (final Field<?> f : key) {
                lastKey.add(last.get(f));
            }
            next = PageCursor.format(lastKey);
        }
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
