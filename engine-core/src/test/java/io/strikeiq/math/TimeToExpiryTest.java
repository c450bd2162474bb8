package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TimeToExpiryTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void nseExpiryIsHalfPastThreeInKolkata() {
        for (final LocalDate d : new LocalDate[] {LocalDate.of(2026, 1, 27), LocalDate.of(2024, 2, 29),
            LocalDate.of(2000, 3, 1), LocalDate.of(1999, 12, 30), LocalDate.of(2030, 12, 31)}) {
            final long expected = ZonedDateTime.of(d, LocalTime.of(15, 30), ZoneId.of("Asia/Kolkata"))
                .toInstant().getEpochSecond() * SECOND;
            assertEquals(expected, TimeToExpiry.nseExpiryInstantNs(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                d.toString());
        }
    }

    @Test
    void zeroDteCountsDownToTheLastMinuteThenExpires() {
        final long expiry = TimeToExpiry.nseExpiryInstantNs(2026, 1, 27);
        final long open = expiry - (6 * 3600 + 15 * 60) * SECOND; // 09:15 IST
        assertEquals(6.25 / (365 * 24), TimeToExpiry.years(expiry, open), 1e-18);
        final long lastMinute = expiry - 60 * SECOND;
        assertEquals(60.0 / (365 * 86_400), TimeToExpiry.years(expiry, lastMinute), 1e-20);
        assertFalse(TimeToExpiry.isExpired(expiry, lastMinute));
        assertTrue(TimeToExpiry.years(expiry, expiry - 1) > 0.0);
        assertTrue(TimeToExpiry.isExpired(expiry, expiry));
        assertEquals(0.0, TimeToExpiry.years(expiry, expiry));
        assertEquals(0.0, TimeToExpiry.years(expiry, expiry + SECOND));
        assertEquals(1.0, TimeToExpiry.years(expiry, expiry - TimeToExpiry.NANOS_PER_YEAR));
    }
}
