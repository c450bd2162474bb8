package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Symbol parsing, mapping resolution on event time, reverse lookup and roll detection. */
class SymbologyTest {
    private static final long T_1300 = 1_609_160_400_000_000_000L; // 2020-12-28T13:00Z

    @ParameterizedTest
    @CsvSource({
        "NQ.v.0, CONTINUOUS, NQ, v, 0, ''",
        "NQ.c.1, CONTINUOUS, NQ, c, 1, ''",
        "ES.n.12, CONTINUOUS, ES, n, 12, ''",
        "NQ.FUT, PARENT, NQ, '', -1, FUT",
        "ES.OPT, PARENT, ES, '', -1, OPT",
        "NQZ5, RAW, NQ, '', -1, ''",
        "ESH21, RAW, ES, '', -1, ''",
        "NQZ5-NQH6, RAW, NQ, '', -1, ''",
        "MSFT, RAW, MSFT, '', -1, ''",
        "BRK.B, PARENT, BRK, '', -1, B"})
    void parsesByForm(final String text, final DbnSymbol.Kind kind, final String root, final String rule,
            final int rank, final String parentClass) {
        final DbnSymbol s = DbnSymbol.parse(text, null);
        assertEquals(kind, s.kind());
        assertEquals(root, s.root());
        assertEquals(rule.isEmpty() ? (char) 0 : rule.charAt(0), s.rule());
        assertEquals(rank, s.rank());
        assertEquals(parentClass.isEmpty() ? null : parentClass, s.parentClass());
        assertEquals("GLBX.MDP3:" + root, s.internalSymbol("GLBX.MDP3"));
    }

    @Test
    void theStypeDecidesWhenGiven() {
        assertEquals(DbnSymbol.Kind.RAW, DbnSymbol.parse("BRK.B", SType.RAW_SYMBOL).kind());
        assertEquals("BRK.B", DbnSymbol.parse("BRK.B", SType.RAW_SYMBOL).root());
        assertEquals(DbnSymbol.Kind.INSTRUMENT_ID, DbnSymbol.parse("5482", SType.INSTRUMENT_ID).kind());
        assertThrows(IllegalArgumentException.class, () -> DbnSymbol.parse("NQ.x.0", SType.CONTINUOUS));
        assertThrows(IllegalArgumentException.class, () -> DbnSymbol.parse("NQ.v.z", SType.CONTINUOUS));
        assertThrows(IllegalArgumentException.class, () -> DbnSymbol.parse("NQ.v.", SType.CONTINUOUS));
        assertThrows(IllegalArgumentException.class, () -> DbnSymbol.parse("NQ", SType.PARENT));
    }

    @Test
    void utcDatesMatchJavaTime() {
        // YYYYMMDD integers cover years 1 to 9999
        for (long day = LocalDate.of(1, 1, 1).toEpochDay(); day <= LocalDate.of(9999, 12, 31).toEpochDay(); day += 37) {
            final LocalDate d = LocalDate.ofEpochDay(day);
            final int ymd = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            assertEquals(ymd, UtcDate.fromEpochDay(day), d.toString());
            assertEquals(day, UtcDate.toEpochDay(ymd), d.toString());
        }
        assertEquals(20201228, UtcDate.yyyymmdd(T_1300));
        assertEquals(19691231, UtcDate.yyyymmdd(-1));
        assertEquals(1_609_113_600_000_000_000L, UtcDate.startOfDayNanos(20201228));
    }

    @Test
    void fixtureMapsEsh1To5482OnlyOn20201228() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.trades.v3.dbn.zst")) {
            final SymbolResolver r = new SymbolResolver(d.metadata());
            assertEquals(1, r.symbolCount());
            final int esh1 = r.symbolIndex("ESH1");
            assertEquals(0, esh1);
            assertEquals(-1, r.symbolIndex("NQH1"));
            assertEquals(DbnSymbol.Kind.RAW, r.parsed(esh1).kind());
            assertEquals("GLBX.MDP3:ES", r.internalSymbol(esh1));
            assertEquals(5482, r.instrumentId(esh1, T_1300));
            assertEquals(5482, r.instrumentId("ESH1", UtcDate.startOfDayNanos(20201228)));
            assertEquals(5482, r.instrumentId(esh1, UtcDate.startOfDayNanos(20201229) - 1));
            assertEquals(SymbolResolver.NO_INSTRUMENT, r.instrumentId(esh1, UtcDate.startOfDayNanos(20201229)));
            assertEquals(SymbolResolver.NO_INSTRUMENT, r.instrumentId(esh1, UtcDate.startOfDayNanos(20201227)));
            assertEquals(SymbolResolver.NO_INSTRUMENT, r.instrumentId("NQH1", T_1300));
            final TradeRecord t = new TradeRecord();
            while (d.next()) {
                d.wrap(t);
                assertEquals(esh1, r.symbolIndexOf(t.instrumentId(), t.tsEvent()));
            }
            assertEquals(-1, r.symbolIndexOf(5483, T_1300));
            assertEquals(-1, r.symbolIndexOf(5482, UtcDate.startOfDayNanos(20201230)));
        }
    }

    @Test
    void fixtureWithoutSymbolsResolvesNothing() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.statistics.v3.dbn.zst")) {
            final SymbolResolver r = new SymbolResolver(d.metadata());
            assertEquals(0, r.symbolCount());
            assertEquals(-1, r.symbolIndexOf(146945, T_1300));
        }
    }

    @Test
    void definitionFixtureResolvesMsftToAnEquityInternalSymbol() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.definition.v3.dbn.zst")) {
            final SymbolResolver r = new SymbolResolver(d.metadata());
            final int msft = r.symbolIndex("MSFT");
            assertTrue(msft >= 0);
            assertEquals("XNAS.ITCH:MSFT", r.internalSymbol(msft));
            final InstrumentDefRecord def = new InstrumentDefRecord();
            while (d.next()) {
                d.wrap(def);
                assertEquals(def.instrumentId(), r.instrumentId(msft, def.tsEvent()));
            }
        }
    }

    private static DbnMetadata continuousAndParent() {
        return new DbnMetadata(3, "GLBX.MDP3", Schema.OHLCV_1M.id, 0, -1, 0, SType.NONE.id, SType.INSTRUMENT_ID.id,
                false, 71, List.of("NQ.v.0", "NQ.FUT"), List.of(), List.of(), List.of(
                        new SymbolMapping("NQ.v.0", List.of(
                                new MappingInterval(20240307, 20240318, "200"), // given out of order on purpose
                                new MappingInterval(20240226, 20240305, "100"),
                                new MappingInterval(20240305, 20240307, "100"))),
                        new SymbolMapping("NQ.FUT", List.of(
                                new MappingInterval(20240226, 20240318, "100"),
                                new MappingInterval(20240226, 20240318, "200"),
                                new MappingInterval(20240301, 20240318, "777")))), 0, false);
    }

    @Test
    void continuousSymbolRollsWhenItsInstrumentChanges() {
        final SymbolResolver r = new SymbolResolver(continuousAndParent());
        final int nq = r.symbolIndex("NQ.v.0");
        assertEquals(DbnSymbol.Kind.CONTINUOUS, r.parsed(nq).kind());
        assertEquals('v', r.parsed(nq).rule());
        assertEquals("GLBX.MDP3:NQ", r.internalSymbol(nq));
        final long mar6 = UtcDate.startOfDayNanos(20240306) + 3_600_000_000_000L;
        final long mar7 = UtcDate.startOfDayNanos(20240307);
        assertEquals(100, r.instrumentId(nq, mar6));
        assertEquals(200, r.instrumentId(nq, mar7));
        assertTrue(r.rollsBetween(nq, mar6, mar7));
        assertFalse(r.rollsBetween(nq, UtcDate.startOfDayNanos(20240226), mar6), "100 → 100 over two intervals");
        final int[] dates = new int[4];
        assertEquals(1, r.rollDates(nq, dates));
        assertEquals(20240307, dates[0]);
        // 200 is mapped by NQ.FUT as well; the reverse lookup returns the lowest index, NQ.FUT
        assertEquals(r.symbolIndex("NQ.FUT"), r.symbolIndexOf(200, mar7));
        assertEquals(-1, r.symbolIndexOf(200, UtcDate.startOfDayNanos(20240318)));

        final RollDetector detector = new RollDetector(r.symbolCount());
        assertFalse(detector.onRecord(nq, 100), "first instrument is not a roll");
        assertFalse(detector.onRecord(nq, 100));
        assertTrue(detector.onRecord(nq, 200));
        assertEquals(100, detector.previousInstrument(nq));
        assertEquals(200, detector.currentInstrument(nq));
    }

    @Test
    void parentSymbolMapsToEveryChildOnADate() {
        final SymbolResolver r = new SymbolResolver(continuousAndParent());
        final int fut = r.symbolIndex("NQ.FUT");
        assertEquals(DbnSymbol.Kind.PARENT, r.parsed(fut).kind());
        assertEquals("FUT", r.parsed(fut).parentClass());
        final int[] ids = new int[8];
        assertEquals(2, r.instrumentIds(fut, UtcDate.startOfDayNanos(20240227), ids));
        assertArrayEquals(new int[] {100, 200}, java.util.Arrays.copyOf(ids, 2));
        assertEquals(3, r.instrumentIds(fut, UtcDate.startOfDayNanos(20240310), ids));
        assertEquals(777, ids[2]);
        assertEquals(fut, r.symbolIndexOf(777, UtcDate.startOfDayNanos(20240310)));
        // 200 is both NQ.FUT and NQ.v.0 after the roll: the lowest index ("NQ.FUT" sorts first) wins
        assertEquals(fut, r.symbolIndexOf(200, UtcDate.startOfDayNanos(20240310)));
    }

    @Test
    void generatedFileRollsNqAndEsOnTheirRollDates() {
        final OhlcvFileGenerator g = new OhlcvFileGenerator(11, LocalDate.of(2023, 11, 1), LocalDate.of(2024, 7, 1),
                "NQ", "ES");
        final SymbolResolver r = new SymbolResolver(g.metadata(3));
        final int[] dates = new int[8];
        for (final String s : new String[] {"NQ.v.0", "ES.v.0"}) {
            final int i = r.symbolIndex(s);
            assertEquals(3, r.rollDates(i, dates), s);
            assertArrayEquals(new int[] {20231207, 20240307, 20240613}, java.util.Arrays.copyOf(dates, 3), s);
            assertTrue(r.rollsBetween(i, UtcDate.startOfDayNanos(20240306), UtcDate.startOfDayNanos(20240307)));
            assertFalse(r.rollsBetween(i, UtcDate.startOfDayNanos(20240307), UtcDate.startOfDayNanos(20240612)));
        }
        final int nq = r.symbolIndex("NQ.v.0");
        final int es = r.symbolIndex("ES.v.0");
        final long t = UtcDate.startOfDayNanos(20240401);
        assertTrue(r.instrumentId(nq, t) != r.instrumentId(es, t));
        assertEquals(nq, r.symbolIndexOf(r.instrumentId(nq, t), t));
        assertEquals(es, r.symbolIndexOf(r.instrumentId(es, t), t));
    }

    @Test
    void resolvingAllocatesNothing() {
        final SymbolResolver r = new SymbolResolver(continuousAndParent());
        final RollDetector detector = new RollDetector(r.symbolCount());
        final int nq = r.symbolIndex("NQ.v.0");
        final int[] ids = new int[4];
        final com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (int warm = 0; warm < 2; warm++) {
            final long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (long t = UtcDate.startOfDayNanos(20240226); t < UtcDate.startOfDayNanos(20240318);
                    t += 60_000_000_000L) {
                final int id = r.instrumentId(nq, t);
                sum += id + r.symbolIndexOf(id, t) + r.instrumentIds(1 - nq, t, ids);
                detector.onRecord(nq, id);
            }
            if (warm == 1) {
                assertEquals(0, mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
            }
        }
        assertTrue(sum != 0);
    }
}
