package io.strikeiq.math;

/**
 * Time to expiry in event time: {@code t = (expiryNs - eventNs) / (365 * 86,400 s)}, in years,
 * from the exact expiry instant, so a 0DTE contract keeps a positive, shrinking {@code t} down to
 * its last nanosecond; at or after the instant the contract is expired ({@link #isExpired}) and
 * {@link #years} returns 0. Also builds NSE expiry instants (15:30 Asia/Kolkata = 10:00 UTC on the
 * expiry date) with pure integer arithmetic, so nothing allocates.
 */
public final class TimeToExpiry {
    /** Nanoseconds in a 365-day year. */
    public static final long NANOS_PER_YEAR = 365L * 86_400L * 1_000_000_000L;
    /** 15:30 IST is 10:00 UTC (IST is UTC+05:30 all year). */
    private static final long NSE_EXPIRY_UTC_NANOS_OF_DAY = 10L * 3_600L * 1_000_000_000L;
    private static final long NANOS_PER_DAY = 86_400L * 1_000_000_000L;

    private TimeToExpiry() {
    }

    /** Years from {@code eventNs} to {@code expiryNs}; 0 at or after expiry. */
    public static double years(final long expiryNs, final long eventNs) {
        final long remaining = expiryNs - eventNs;
        return remaining <= 0L ? 0.0 : (double) remaining / (double) NANOS_PER_YEAR;
    }

    /** True at or after the expiry instant. */
    public static boolean isExpired(final long expiryNs, final long eventNs) {
        return eventNs >= expiryNs;
    }

    /** Epoch nanoseconds of 15:30 Asia/Kolkata on the given date (proleptic Gregorian calendar). */
    public static long nseExpiryInstantNs(final int year, final int month, final int dayOfMonth) {
        return epochDay(year, month, dayOfMonth) * NANOS_PER_DAY + NSE_EXPIRY_UTC_NANOS_OF_DAY;
    }

    /** Days since 1970-01-01 (Howard Hinnant's days-from-civil algorithm). */
    static long epochDay(final int year, final int month, final int dayOfMonth) {
        final long y = month <= 2 ? year - 1L : year;
        final long era = Math.floorDiv(y, 400L);
        final long yearOfEra = y - era * 400L;
        final long monthIndex = month > 2 ? month - 3L : month + 9L;
        final long dayOfYear = (153L * monthIndex + 2L) / 5L + dayOfMonth - 1L;
        final long dayOfEra = yearOfEra * 365L + yearOfEra / 4L - yearOfEra / 100L + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }
}
