package io.strikeiq.feeds.chain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Date and time parsing for the Indian files: NSE's {@code 31-Mar-2022} dates and
 * {@code 28-Mar-2022 15:30:00} timestamps (Asia/Kolkata, UTC+05:30 with no daylight saving), and
 * the conversion of a local IST date-time to epoch nanoseconds. Strict: {@code 31-Feb-2022} fails.
 */
final class IstClock {
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    static final ZoneOffset IST_OFFSET = ZoneOffset.ofHoursMinutes(5, 30);
    private static final DateTimeFormatter NSE_DATE =
        DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter NSE_TIMESTAMP =
        DateTimeFormatter.ofPattern("dd-MMM-uuuu HH:mm:ss", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private IstClock() {
    }

    /** Parses {@code 31-Mar-2022}; {@code where} names the field for the error. */
    static LocalDate nseDate(final String text, final String file, final String where) {
        try {
            return LocalDate.parse(text, NSE_DATE);
        } catch (final DateTimeParseException e) {
            throw new ChainFormatException(file, where, "not a dd-MMM-yyyy date: \"" + text + "\"");
        }
    }

    /** Parses {@code 28-Mar-2022 15:30:00} as IST into epoch nanoseconds. */
    static long nseTimestamp(final String text, final String file, final String where) {
        try {
            return nanos(LocalDateTime.parse(text, NSE_TIMESTAMP));
        } catch (final DateTimeParseException e) {
            throw new ChainFormatException(file, where, "not a dd-MMM-yyyy HH:mm:ss timestamp: \"" + text + "\"");
        }
    }

    /** Epoch nanoseconds of an IST local date-time. */
    static long nanos(final LocalDateTime ist) {
        return ist.toEpochSecond(IST_OFFSET) * 1_000_000_000L + ist.getNano();
    }

    /** The IST local date-time of an epoch-nanosecond instant, to the second (the inverse of {@link #nanos}). */
    static LocalDateTime local(final long nanos) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), 0, IST_OFFSET);
    }
}
