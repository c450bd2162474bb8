package io.strikeiq.bars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.junit.jupiter.api.Test;

/**
 * The pinned session table against the running JDK's tzdata, for every year it covers: if a JDK
 * update changes a rule, this fails (the table is then updated on purpose, not silently).
 */
class ExchangeOffsetsTest {
    private static final long NS = 1_000_000_000L;

    @Test
    void everyRowAndNoOtherChangeMatchesTheJdkForEachAlignment() {
        final ExchangeOffsets table = ExchangeOffsets.pinned();
        for (final SessionAlignment a : SessionAlignment.values()) {
            final ZoneRules rules = ZoneId.of(a.tzdataZone()).getRules();
            final Instant first = Instant.ofEpochSecond(table.firstSecond());
            assertEquals(rules.getOffset(first).getTotalSeconds(), table.rowOffsetSeconds(a, 0), a + " first row");
            int row = 1;
            ZoneOffsetTransition t = rules.nextTransition(first);
            while (t != null && t.getInstant().getEpochSecond() < table.endSecond()) {
                assertTrue(row < table.rows(a), a + ": JDK has a change at " + t.getInstant() + " the table lacks");
                assertEquals(t.getInstant().getEpochSecond(), table.rowFromSecond(a, row), a + " row " + row);
                assertEquals(t.getOffsetAfter().getTotalSeconds(), table.rowOffsetSeconds(a, row), a + " row " + row);
                row++;
                t = rules.nextTransition(t.getInstant());
            }
            assertEquals(table.rows(a), row, a + ": the table has changes the JDK does not");
        }
        assertEquals(2 * 100 + 1, table.rows(SessionAlignment.CME), "two US daylight-saving changes a year, 2000-2099");
    }

    @Test
    void everySessionStartTwoThousandToTwentyNinetyNineEqualsJavaTime() {
        for (final SessionAlignment a : SessionAlignment.values()) {
            final SessionCalendar c = SessionCalendar.of(a);
            final ZoneId zone = ZoneId.of(a.tzdataZone());
            for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
                final long expected = d.atTime(a.sessionStart()).atZone(zone).toEpochSecond() * NS;
                final long next = d.plusDays(1).atTime(a.sessionStart()).atZone(zone).toEpochSecond() * NS;
                assertEquals(expected, c.sessionStart(expected), a + " " + d);
                assertEquals(expected, c.sessionStart(next - 1), a + " " + d + " last nanosecond");
                assertEquals(next, c.sessionEnd(expected), a + " " + d);
            }
        }
    }

    @Test
    void knownCmeOffsetsByHand() {
        final ExchangeOffsets table = ExchangeOffsets.pinned();
        // 2006 used the old US rule (first Sunday of April, 2 a.m. CST = 08:00 UTC); 2007 the new one.
        assertEquals(-6 * 3600, table.offsetAt(SessionAlignment.CME, Instant.parse("2006-04-02T07:59:59Z").getEpochSecond()));
        assertEquals(-5 * 3600, table.offsetAt(SessionAlignment.CME, Instant.parse("2006-04-02T08:00:00Z").getEpochSecond()));
        assertEquals(-6 * 3600, table.offsetAt(SessionAlignment.CME, Instant.parse("2006-03-20T12:00:00Z").getEpochSecond()));
        assertEquals(-5 * 3600, table.offsetAt(SessionAlignment.CME, Instant.parse("2007-03-20T12:00:00Z").getEpochSecond()));
        assertEquals(19800, table.offsetAt(SessionAlignment.NSE, Instant.parse("2031-06-01T00:00:00Z").getEpochSecond()));
        // 2024-03-10 02:00 CST does not exist; 2024-11-03 01:30 CDT/CST occurs twice.
        final long gap = LocalDate.of(2024, 3, 10).toEpochDay() * 86_400L + 2 * 3600 + 1800;
        final long overlap = LocalDate.of(2024, 11, 3).toEpochDay() * 86_400L + 3600 + 1800;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> table.utcOfLocal(SessionAlignment.CME, gap))
            .getMessage().contains("does not exist"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> table.utcOfLocal(SessionAlignment.CME, overlap))
            .getMessage().contains("occurs twice"));
    }

    @Test
    void aTimeOutsideTheTableIsAnErrorNotAGuess() {
        final SessionCalendar c = SessionCalendar.of(SessionAlignment.CME);
        final long y1990 = Instant.parse("1990-06-01T00:00:00Z").getEpochSecond() * NS;
        final long y2101 = Instant.parse("2101-01-01T00:00:00Z").getEpochSecond() * NS;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.sessionStart(y1990)).getMessage()
            .contains("1990-06-01T00:00:00Z is outside the CME session calendar"));
        assertThrows(IllegalArgumentException.class, () -> c.bucketStart(y2101, Timeframe.H1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExchangeOffsets.pinned()
            .offsetAt(SessionAlignment.NSE, Instant.parse("1999-01-01T00:00:00Z").getEpochSecond())).getMessage()
            .contains("outside the pinned session table"));
    }

    @Test
    void aDamagedTableNamesTheLine() {
        final String good = "range 2000-01-01T00:00:00Z 2001-01-01T00:00:00Z\nUTC 2000-01-01T00:00:00Z +00:00\n"
            + "NSE 2000-01-01T00:00:00Z +05:30\n";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExchangeOffsets.parse(new StringReader(
            good + "CME 2000-01-01T00:00:00Z -6h\n"), "t")).getMessage().startsWith("t line 4: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExchangeOffsets.parse(new StringReader(
            good), "t")).getMessage().contains("CME has no offset from the start of the range"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExchangeOffsets.parse(new StringReader(
            good + "CME 2000-06-01T00:00:00Z -05:00\nCME 2000-01-01T00:00:00Z -06:00\n"), "t")).getMessage()
            .contains("line 5: rows of CME must be in increasing time order"));
    }
}
