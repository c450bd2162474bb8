package io.strikeiq.bars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 11: 30-minute bars, laid from the session start like 15m and 1h, checked against
 * two independent derivations: a naive reference that buckets each 1-minute bar by hand from
 * java.time's America/Chicago rules (not the pinned offset table) and groups them, and the pairs
 * of 15-minute bars the same aggregator produced. The input crosses the 2024-03-10 DST change and
 * has random missing minutes, so bucket edges, session cuts and gaps are all exercised. The
 * bucket still forming at the end is the one {@link MultiTimeframeBars#reportForming} hands out.
 */
class ThirtyMinuteBarsTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final long MIN = 60_000_000_000L;

    /** A reference bucket: key open time, OHLCV and minute count. */
    private static final class Ref {
        final long open;
        double o;
        double h;
        double l;
        double c;
        long v;
        int n;

        Ref(final long open) {
            this.open = open;
        }
    }

    /** Open time of the 30m bucket of {@code t}: the last 17:00 Chicago at or before t, plus whole half hours. */
    private static long referenceBucket(final long t) {
        final ZonedDateTime z = Instant.ofEpochSecond(t / 1_000_000_000L).atZone(CHICAGO);
        ZonedDateTime start = z.toLocalDate().atTime(LocalTime.of(17, 0)).atZone(CHICAGO);
        if (start.isAfter(z)) {
            start = z.toLocalDate().minusDays(1).atTime(LocalTime.of(17, 0)).atZone(CHICAGO);
        }
        final long s = start.toEpochSecond() * 1_000_000_000L;
        return s + (t - s) / (30 * MIN) * (30 * MIN);
    }

    @Test
    void thirtyMinuteBarsMatchAHandBucketingAndThePairsOf15MinuteBars() {
        final long first = Instant.parse("2024-03-08T12:00:00Z").getEpochSecond() * 1_000_000_000L;
        final long last = Instant.parse("2024-03-12T03:17:00Z").getEpochSecond() * 1_000_000_000L;
        final SplittableRandom rnd = new SplittableRandom(11);
        final Map<Long, Ref> reference = new LinkedHashMap<>();
        final List<AggregatedBar> m30 = new ArrayList<>();
        final List<AggregatedBar> m15 = new ArrayList<>();
        final MultiTimeframeBars bars = new MultiTimeframeBars(SessionCalendar.of(SessionAlignment.CME), 1);
        final BarCompletionListener keep = b -> {
            if (b.timeframe == Timeframe.M30) {
                m30.add(copy(b));
            } else if (b.timeframe == Timeframe.M15) {
                m15.add(copy(b));
            }
        };
        double price = 18_000;
        for (long t = first; t <= last; t += MIN) {
            if (rnd.nextInt(10) == 0) {
                continue; // a minute without trades
            }
            final double o = price;
            final double c = price + rnd.nextInt(-20, 21) * 0.25;
            final double h = Math.max(o, c) + rnd.nextInt(5) * 0.25;
            final double l = Math.min(o, c) - rnd.nextInt(5) * 0.25;
            final long v = 1 + rnd.nextInt(500);
            price = c;
            bars.onMinuteBar(0, t, o, h, l, c, v, keep);
            final Ref r = reference.computeIfAbsent(referenceBucket(t), Ref::new);
            if (r.n == 0) {
                r.o = o;
                r.h = h;
                r.l = l;
            }
            r.h = Math.max(r.h, h);
            r.l = Math.min(r.l, l);
            r.c = c;
            r.v += v;
            r.n++;
        }
        final List<AggregatedBar> forming = new ArrayList<>();
        bars.reportForming(0, b -> forming.add(copy(b)));

        final List<Ref> expected = new ArrayList<>(reference.values());
        assertEquals(expected.size() - 1, m30.size(), "every reference bucket but the last completed");
        for (int i = 0; i < m30.size(); i++) {
            assertBar(expected.get(i), m30.get(i), "30m bar " + i);
            assertFalse(m30.get(i).incomplete);
            assertEquals(30 * MIN, m30.get(i).closeTime - m30.get(i).openTime, "no session cut falls inside a half hour");
        }
        final AggregatedBar tail = forming.stream().filter(b -> b.timeframe == Timeframe.M30).findFirst().orElseThrow();
        assertTrue(tail.incomplete);
        assertBar(expected.get(expected.size() - 1), tail, "forming 30m bar");
        assertTrue(bars.isForming(0, Timeframe.M30), "reporting does not close the bucket");

        // Second derivation: a 30m bar is its (one or two) 15m bars merged.
        int j = 0;
        for (final AggregatedBar b : m30) {
            double h = Double.NEGATIVE_INFINITY;
            double l = Double.POSITIVE_INFINITY;
            double o = Double.NaN;
            double c = Double.NaN;
            long v = 0;
            int n = 0;
            while (j < m15.size() && m15.get(j).openTime < b.closeTime) {
                final AggregatedBar q = m15.get(j++);
                assertTrue(q.openTime >= b.openTime, "15m bar inside the 30m bucket");
                o = n == 0 ? q.open : o;
                h = Math.max(h, q.high);
                l = Math.min(l, q.low);
                c = q.close;
                v += q.volume;
                n += q.minuteBars;
            }
            assertEquals(o, b.open);
            assertEquals(h, b.high);
            assertEquals(l, b.low);
            assertEquals(c, b.close);
            assertEquals(v, b.volume);
            assertEquals(n, b.minuteBars);
        }
    }

    @Test
    void thirtyMinuteBucketsStartAtTheSessionStart() {
        final SessionCalendar cme = SessionCalendar.of(SessionAlignment.CME);
        // 17:00 CST = 23:00Z: 23:00, 23:30, 00:00 ...; after the March change 17:00 CDT = 22:00Z.
        assertEquals(t("2024-03-05T23:30:00Z"), cme.bucketStart(t("2024-03-05T23:59:00Z"), Timeframe.M30));
        assertEquals(t("2024-03-06T00:00:00Z"), cme.bucketEnd(t("2024-03-05T23:59:00Z"), Timeframe.M30));
        assertEquals(t("2024-03-11T22:30:00Z"), cme.bucketStart(t("2024-03-11T22:45:00Z"), Timeframe.M30));
        final SessionCalendar nse = SessionCalendar.of(SessionAlignment.NSE);
        // 09:15 IST = 03:45Z: 03:45, 04:15, ...
        assertEquals(t("2024-03-05T04:15:00Z"), nse.bucketStart(t("2024-03-05T04:44:00Z"), Timeframe.M30));
        assertEquals("30m", Timeframe.label(Timeframe.M30));
        assertEquals(1_800, Timeframe.seconds(Timeframe.M30));
    }

    private static long t(final String iso) {
        return Instant.parse(iso).getEpochSecond() * 1_000_000_000L;
    }

    private static void assertBar(final Ref r, final AggregatedBar b, final String what) {
        assertEquals(r.open, b.openTime, what + " open time " + Instant.ofEpochSecond(r.open / 1_000_000_000L));
        assertEquals(r.o, b.open, what);
        assertEquals(r.h, b.high, what);
        assertEquals(r.l, b.low, what);
        assertEquals(r.c, b.close, what);
        assertEquals(r.v, b.volume, what);
        assertEquals(r.n, b.minuteBars, what);
    }

    private static AggregatedBar copy(final AggregatedBar b) {
        final AggregatedBar c = new AggregatedBar();
        c.slot = b.slot;
        c.timeframe = b.timeframe;
        c.openTime = b.openTime;
        c.closeTime = b.closeTime;
        c.open = b.open;
        c.high = b.high;
        c.low = b.low;
        c.close = b.close;
        c.volume = b.volume;
        c.minuteBars = b.minuteBars;
        c.incomplete = b.incomplete;
        return c;
    }
}
