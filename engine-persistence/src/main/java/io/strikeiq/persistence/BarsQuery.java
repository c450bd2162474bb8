package io.strikeiq.persistence;

import io.strikeiq.bars.Timeframe;
import org.jooq.Condition;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static io.strikeiq.persistence.jooq.Tables.BARS;

/**
 * {@code query bars}: the stored bars of a symbol (or of the contracts of a series, resolved as the
 * other queries resolve it: {@link StorageQueries#seriesInstrumentIds}) opening in [from, to),
 * optionally of one timeframe, vendor ({@code input}) and engine ({@code aggregated}) rows alike,
 * with the {@code incomplete} flag of the buckets stored as they stood at the end of an input
 * file. Sort key (and cursor) open_time/instrument_id/timeframe_seconds/source/incomplete/
 * input_sequence: unique, since a complete bar is one row per (instrument, timeframe, open time,
 * source) and an incomplete one per that and the input sequence of its file's end (V8).
 */
public final class BarsQuery {
    private final StorageQueries queries;

    public BarsQuery(final StorageQueries queries) {
        this.queries = queries;
    }

    /**
     * @param timeframe null for every timeframe, else a label ({@code 1m}, {@code 5m}, {@code 15m},
     *     {@code 30m}, {@code 1h}, {@code 4h}, {@code 1d}) or a length in seconds
     * @param completeOnly leave out the incomplete rows
     */
    public QueryResult page(final String symbol, final String timeframe, final boolean completeOnly,
                            final OffsetDateTime from, final OffsetDateTime to, final String after, final int limit) {
        final Integer seconds = timeframe == null ? null : seconds(timeframe);
        final List<Long> ids = queries.seriesInstrumentIds(symbol);
        final var b = BARS;
        Condition c = b.INSTRUMENT_ID.in(ids).and(StorageQueries.window(b.OPEN_TIME, from, to));
        if (seconds != null) {
            c = c.and(b.TIMEFRAME_SECONDS.eq(seconds));
        }
        if (completeOnly) {
            c = c.and(b.INCOMPLETE.isFalse());
        }
        return StorageQueries.keysetPage(queries.context().select(b.OPEN_TIME, b.INSTRUMENT_ID, b.TIMEFRAME_SECONDS,
                b.SOURCE, b.INCOMPLETE, b.CLOSE_TIME, b.OPEN_PRICE, b.HIGH_PRICE, b.LOW_PRICE, b.CLOSE_PRICE, b.VOLUME,
                b.INGEST_RUN_ID, b.INPUT_SEQUENCE)
            .from(b).where(c),
            List.of(b.OPEN_TIME, b.INSTRUMENT_ID, b.TIMEFRAME_SECONDS, b.SOURCE, b.INCOMPLETE, b.INPUT_SEQUENCE),
            after, limit);
    }

    /** Seconds of a timeframe label or number; an {@link IllegalArgumentException} naming the choices otherwise. */
    static int seconds(final String timeframe) {
        final String t = timeframe.trim().toLowerCase(Locale.ROOT);
        for (int tf = 0; tf < Timeframe.COUNT; tf++) {
            if (Timeframe.label(tf).equals(t) || String.valueOf(Timeframe.seconds(tf)).equals(t)) {
                return Timeframe.seconds(tf);
            }
        }
        throw new IllegalArgumentException("unknown timeframe '" + timeframe
            + "': expected 1m, 5m, 15m, 30m, 1h, 4h or 1d (or its length in seconds)");
    }
}
