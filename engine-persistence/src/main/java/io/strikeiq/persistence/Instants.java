package io.strikeiq.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions between the journal's epoch nanoseconds and the database's timestamptz values. */
final class Instants {
    private Instants() {
    }

    /** UTC timestamp of {@code epochNanos}, truncated to microseconds (PostgreSQL's resolution). */
    static OffsetDateTime utc(final long epochNanos) {
        final long micros = Math.floorDiv(epochNanos, 1000L);
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L)
            .atOffset(ZoneOffset.UTC);
    }

    /** {@link #utc}, or null for the journal's 0 ("none", e.g. all expiries). */
    static OffsetDateTime utcOrNull(final long epochNanos) {
        return epochNanos == 0 ? null : utc(epochNanos);
    }

    /** The journal's NaN ("not available") as SQL NULL. */
    static Double orNull(final double value) {
        return Double.isNaN(value) ? null : value;
    }
}
