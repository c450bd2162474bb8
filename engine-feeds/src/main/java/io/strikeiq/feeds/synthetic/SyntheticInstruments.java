package io.strikeiq.feeds.synthetic;

import io.strikeiq.event.InstrumentSpec;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The instrument list of a {@link SyntheticMarket}, built once from its config: id 1 the index,
 * id 2 the month's future, then options from id 3 ordered by expiry (nearest first), strike
 * (ascending), call before put. Expiries follow NSE's Tuesday rule at 15:30 Asia/Kolkata: weekly
 * options expire on the first Tuesday on or after the session date and the following Tuesdays;
 * the future expires on the last Tuesday of the session month (of the next month once that has
 * passed). Exchange holidays are not modelled. Option symbols use NSE's formats: monthly
 * {@code NIFTY26NOV24000CE} when the expiry is the month's last Tuesday, weekly
 * {@code NIFTY26D0124000CE} otherwise.
 */
final class SyntheticInstruments {
    static final int INDEX_ID = 1;
    static final int FUTURE_ID = 2;
    static final int FIRST_OPTION_ID = 3;

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final LocalTime EXPIRY_TIME = LocalTime.of(15, 30);
    private static final String MONTH_CODES = "123456789OND";

    final InstrumentSpec[] specs;
    final int strikeCount;
    final double lowestStrike;
    final long[] expiryNanos;
    final long futureExpiryNanos;
    final long sessionOpenNanos;

    SyntheticInstruments(final SyntheticConfig config) {
        final double step = config.strikeStep();
        final double atm = Math.rint(config.initialSpot() / step) * step;
        strikeCount = 2 * config.strikesEachSide() + 1;
        lowestStrike = atm - config.strikesEachSide() * step;
        sessionOpenNanos = nanos(ZonedDateTime.of(config.sessionDate(), config.sessionOpen(), IST));

        final LocalDate firstWeekly = config.sessionDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        final LocalDate[] expiryDates = new LocalDate[config.expiries()];
        expiryNanos = new long[config.expiries()];
        for (int e = 0; e < expiryDates.length; e++) {
            expiryDates[e] = firstWeekly.plusWeeks(e);
            expiryNanos[e] = expiryInstant(expiryDates[e]);
        }
        LocalDate futureExpiry = lastTuesday(config.sessionDate());
        if (futureExpiry.isBefore(config.sessionDate())) {
            futureExpiry = lastTuesday(config.sessionDate().plusMonths(1).withDayOfMonth(1));
        }
        futureExpiryNanos = expiryInstant(futureExpiry);

        specs = new InstrumentSpec[2 + expiryDates.length * strikeCount * 2];
        final String u = config.underlying();
        specs[0] = base(config, INDEX_ID, InstrumentSpec.KIND_INDEX, 0, 0L).symbol(u);
        specs[1] = base(config, FUTURE_ID, InstrumentSpec.KIND_FUTURE, INDEX_ID, futureExpiryNanos)
            .symbol(u + yearMonth(futureExpiry) + "FUT");
        int id = FIRST_OPTION_ID;
        for (int e = 0; e < expiryDates.length; e++) {
            final LocalDate date = expiryDates[e];
            final String prefix = u + (date.equals(lastTuesday(date))
                ? yearMonth(date)
                : String.format(Locale.ROOT, "%02d%c%02d", date.getYear() % 100,
                    MONTH_CODES.charAt(date.getMonthValue() - 1), date.getDayOfMonth()));
            for (int k = 0; k < strikeCount; k++) {
                final double strike = lowestStrike + k * step;
                final String strikeText = strike == Math.rint(strike)
                    ? Long.toString((long) strike) : Double.toString(strike);
                for (int r = 0; r < 2; r++) {
                    final InstrumentSpec spec = base(config, id, InstrumentSpec.KIND_OPTION, INDEX_ID, expiryNanos[e]);
                    spec.strike = strike;
                    spec.right = r == 0 ? InstrumentSpec.RIGHT_CALL : InstrumentSpec.RIGHT_PUT;
                    spec.symbol(prefix + strikeText + (r == 0 ? "CE" : "PE"));
                    specs[id - 1] = spec;
                    id++;
                }
            }
        }
    }

    int optionCount() {
        return specs.length - 2;
    }

    private static InstrumentSpec base(
        final SyntheticConfig config, final int id, final byte kind, final int underlyingId, final long expiry) {
        final InstrumentSpec spec = new InstrumentSpec();
        spec.instrumentId = id;
        spec.kind = kind;
        spec.underlyingId = underlyingId;
        spec.expiryNanos = expiry;
        spec.lotSize = config.lotSize();
        spec.tickSize = config.tickSize();
        spec.strikeStep = config.strikeStep();
        spec.venue(config.venue());
        return spec;
    }

    private static LocalDate lastTuesday(final LocalDate inMonth) {
        return inMonth.with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY));
    }

    private static String yearMonth(final LocalDate date) {
        return String.format(Locale.ROOT, "%02d%s", date.getYear() % 100,
            date.getMonth().name().substring(0, 3));
    }

    private static long expiryInstant(final LocalDate date) {
        return nanos(ZonedDateTime.of(date, EXPIRY_TIME, IST));
    }

    private static long nanos(final ZonedDateTime time) {
        return time.toEpochSecond() * 1_000_000_000L + time.getNano();
    }
}
