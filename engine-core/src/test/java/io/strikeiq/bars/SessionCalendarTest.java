package io.strikeiq.bars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Bucket boundaries for each session alignment, across a CME daylight-saving change. */
class SessionCalendarTest {
    static long t(final String iso) {
        final Instant i = Instant.parse(iso);
        return i.getEpochSecond() * 1_000_000_000L;
    }

    @Test
    void utcBucketsStartAtMidnight() {
        final SessionCalendar c = SessionCalendar.of(SessionAlignment.UTC);
        assertEquals(t("2024-03-05T00:00:00Z"), c.bucketStart(t("2024-03-05T13:37:00Z"), Timeframe.D1));
        assertEquals(t("2024-03-05T12:00:00Z"), c.bucketStart(t("2024-03-05T13:37:00Z"), Timeframe.H4));
        assertEquals(t("2024-03-05T13:30:00Z"), c.bucketStart(t("2024-03-05T13:37:00Z"), Timeframe.M15));
        assertEquals(t("2024-03-05T13:40:00Z"), c.bucketEnd(t("2024-03-05T13:37:00Z"), Timeframe.M5));
    }

    @Test
    void nseBucketsStartAt0915Kolkata() {
        final SessionCalendar c = SessionCalendar.of(SessionAlignment.NSE);
        // 09:15 IST = 03:45 UTC; 1h buckets 03:45, 04:45 ...; 4h buckets 03:45, 07:45
        assertEquals(t("2024-03-05T03:45:00Z"), c.bucketStart(t("2024-03-05T04:00:00Z"), Timeframe.D1));
        assertEquals(t("2024-03-05T04:45:00Z"), c.bucketStart(t("2024-03-05T05:10:00Z"), Timeframe.H1));
        assertEquals(t("2024-03-05T07:45:00Z"), c.bucketStart(t("2024-03-05T09:59:00Z"), Timeframe.H4));
        assertEquals(t("2024-03-04T03:45:00Z"), c.bucketStart(t("2024-03-05T03:44:00Z"), Timeframe.D1), "before 09:15: previous day");
    }

    @Test
    void cmeSessionsStartAt1700ChicagoOnBothSidesOfADaylightSavingChange() {
        final SessionCalendar c = SessionCalendar.of(SessionAlignment.CME);
        // Before 2024-03-10 (CST, UTC-6): 17:00 CT = 23:00 UTC. After (CDT, UTC-5): 22:00 UTC.
        assertEquals(t("2024-03-07T23:00:00Z"), c.bucketStart(t("2024-03-08T15:00:00Z"), Timeframe.D1));
        assertEquals(t("2024-03-08T23:00:00Z"), c.bucketEnd(t("2024-03-08T15:00:00Z"), Timeframe.D1));
        // Sunday evening's session after the change opens at 22:00 UTC.
        assertEquals(t("2024-03-10T22:00:00Z"), c.bucketStart(t("2024-03-10T22:30:00Z"), Timeframe.D1));
        assertEquals(t("2024-03-11T22:00:00Z"), c.bucketEnd(t("2024-03-10T22:30:00Z"), Timeframe.D1));
        // The weekend session holding the change is 23 hours long.
        assertEquals(23 * 3600L * 1_000_000_000L,
            c.bucketEnd(t("2024-03-10T12:00:00Z"), Timeframe.D1) - c.bucketStart(t("2024-03-10T12:00:00Z"), Timeframe.D1));
        // 4h buckets follow the session: 17, 21, 01, 05, 09, 13 CT.
        assertEquals(t("2024-03-11T02:00:00Z"), c.bucketStart(t("2024-03-11T03:15:00Z"), Timeframe.H4), "21:00 CDT");
        assertEquals(t("2024-03-08T03:00:00Z"), c.bucketStart(t("2024-03-08T04:15:00Z"), Timeframe.H4), "21:00 CST");
        assertEquals(t("2024-03-08T19:00:00Z"), c.bucketStart(t("2024-03-08T21:59:00Z"), Timeframe.H4), "13:00 CST");
        assertEquals(t("2024-03-08T23:00:00Z"), c.bucketEnd(t("2024-03-08T21:59:00Z"), Timeframe.H4));
    }

    @Test
    void missingMinutesNeverMergeBuckets() {
        final MultiTimeframeBars bars = new MultiTimeframeBars(SessionCalendar.of(SessionAlignment.CME), 1);
        final long[] closes = new long[8];
        final int[] minutes = new int[8];
        final int[] n = {0};
        final BarCompletionListener l = b -> {
            if (b.timeframe == Timeframe.M5) {
                closes[n[0]] = b.closeTime;
                minutes[n[0]++] = b.minuteBars;
            }
        };
        final long s = t("2024-03-08T15:00:00Z");
        final long m = 60_000_000_000L;
        // minutes 0,1,2 then 6,7,8,9 (3,4,5 missing: bucket [0,5) has no last minute; [5,10) has no first)
        for (final int i : new int[] {0, 1, 2, 6, 7, 8, 9}) {
            bars.onMinuteBar(0, s + i * m, 100, 101, 99, 100, 1, l);
        }
        assertEquals(2, n[0]);
        assertEquals(s + 5 * m, closes[0]);
        assertEquals(3, minutes[0]);
        assertEquals(s + 10 * m, closes[1]);
        assertEquals(4, minutes[1]);
    }
}
