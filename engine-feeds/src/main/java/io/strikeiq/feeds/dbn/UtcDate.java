package io.strikeiq.feeds.dbn;

/**
 * Conversions between epoch nanoseconds and the YYYYMMDD integers DBN symbol mappings use (UTC
 * dates), by pure integer arithmetic (days-from-civil / civil-from-days), so symbol resolution on
 * event time allocates nothing and never touches {@code java.time}. YYYYMMDD integers are defined
 * for years 1 to 9999.
 */
public final class UtcDate {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private UtcDate() {
    }

    /** @return the UTC date of {@code epochNanos} as YYYYMMDD */
    public static int yyyymmdd(final long epochNanos) {
        return fromEpochDay(Math.floorDiv(epochNanos, NANOS_PER_DAY));
    }

    /** @return YYYYMMDD of a day count since 1970-01-01 */
    public static int fromEpochDay(final long epochDay) {
        final long z = epochDay + 719_468;
        final long era = Math.floorDiv(z, 146_097);
        final long doe = z - era * 146_097;
        final long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        final long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        final long mp = (5 * doy + 2) / 153;
        final long d = doy - (153 * mp + 2) / 5 + 1;
        final long m = mp < 10 ? mp + 3 : mp - 9;
        final long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return (int) (y * 10_000 + m * 100 + d);
    }

    /** @return days since 1970-01-01 of a YYYYMMDD date */
    public static long toEpochDay(final int yyyymmdd) {
        final long y0 = yyyymmdd / 10_000;
        final long m = (yyyymmdd / 100) % 100;
        final long d = yyyymmdd % 100;
        final long y = m <= 2 ? y0 - 1 : y0;
        final long era = Math.floorDiv(y, 400);
        final long yoe = y - era * 400;
        final long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        final long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** @return epoch nanoseconds of 00:00 UTC on a YYYYMMDD date */
    public static long startOfDayNanos(final int yyyymmdd) {
        return toEpochDay(yyyymmdd) * NANOS_PER_DAY;
    }
}
