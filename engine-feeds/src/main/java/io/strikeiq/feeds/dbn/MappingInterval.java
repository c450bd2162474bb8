package io.strikeiq.feeds.dbn;

/**
 * One date range of a metadata symbol mapping: from {@code startDate} (inclusive) to
 * {@code endDate} (exclusive), both YYYYMMDD UTC dates, the input symbol maps to {@code symbol}
 * (usually the instrument id as text).
 */
public record MappingInterval(int startDate, int endDate, String symbol) {
    /** @return whether {@code yyyymmdd} falls in [startDate, endDate) */
    public boolean contains(final int yyyymmdd) {
        return yyyymmdd >= startDate && yyyymmdd < endDate;
    }
}
