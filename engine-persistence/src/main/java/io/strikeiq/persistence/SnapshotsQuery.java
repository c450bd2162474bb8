package io.strikeiq.persistence;

import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.strikeiq.persistence.jooq.Tables.MARKET_SNAPSHOTS;

/**
 * {@code query snapshots}: the underlying and chain metrics snapshots of an underlying (resolved as
 * the other queries resolve a symbol: {@link StorageQueries#instrumentIds}) taken in [from, to),
 * by time. A snapshot instant holds one row across all expiries (expiry NULL) and possibly one per
 * expiry, so the sort key (and cursor) is snapshot_time/underlying_id/expiry with the NULL expiry
 * written as the epoch ({@code 1970-01-01T00:00:00Z}, sorting first) — the table's unique index
 * is on the same COALESCE, and no chain expires at the epoch.
 */
public final class SnapshotsQuery {
    private static final OffsetDateTime NO_EXPIRY = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final StorageQueries queries;

    public SnapshotsQuery(final StorageQueries queries) {
        this.queries = queries;
    }

    public QueryResult page(final String symbol, final OffsetDateTime from, final OffsetDateTime to,
                            final String after, final int limit) {
        final List<Long> ids = queries.instrumentIds(symbol);
        final var s = MARKET_SNAPSHOTS;
        final Field<OffsetDateTime> expiryKey = DSL.coalesce(s.EXPIRY, DSL.inline(NO_EXPIRY)).as("expiry");
        final List<Field<?>> key = List.of(s.SNAPSHOT_TIME, s.UNDERLYING_ID, expiryKey);
        final List<Field<?>> order = List.of(s.SNAPSHOT_TIME, s.UNDERLYING_ID,
            DSL.coalesce(s.EXPIRY, DSL.inline(NO_EXPIRY)));
        final var where = s.UNDERLYING_ID.in(ids).and(StorageQueries.window(s.SNAPSHOT_TIME, from, to))
            .and(after == null ? DSL.noCondition() : DSL.row(order).gt(DSL.row(PageCursor.parse(after, key))));
        final QueryResult page = StorageQueries.fetchPage(queries.context().select(s.SNAPSHOT_TIME, s.UNDERLYING_ID,
                s.EXPIRY, s.SPOT, s.FORWARD, s.VWAP, s.CHANGE_PCT, s.VOLUME, s.PCR_OI, s.PCR_VOLUME, s.PCR_Z, s.MAX_PAIN,
                s.ATM_STRIKE, s.ATM_STRADDLE, s.ATM_IV, s.IV_REGIME, s.GAMMA_REGIME, s.TOTAL_GEX, s.GAMMA_FLIP,
                s.CALL_WALL, s.PUT_WALL, s.SUPPORT_WALL, s.RESISTANCE_WALL, s.INPUT_SEQUENCE)
            .from(s).where(where).orderBy(order), List.of(), limit);
        if (page.rows().size() < limit || page.nextAfter() == null) {
            return page;
        }
        // The cursor of the last row, its NULL expiry written as the key's epoch.
        final List<Object> last = page.rows().get(page.rows().size() - 1);
        final List<Object> lastKey = new ArrayList<>();
        lastKey.add(last.get(0));
        lastKey.add(last.get(1));
        lastKey.add(last.get(2) == null ? NO_EXPIRY : last.get(2));
        return new QueryResult(page.columns(), page.rows(), PageCursor.format(lastKey));
    }
}
