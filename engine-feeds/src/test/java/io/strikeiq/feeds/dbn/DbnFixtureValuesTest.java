package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field values the fixture README lists, and agreement of the v1, v2, v3 and DBZ copies. */
class DbnFixtureValuesTest {
    private static final long T_1300 = 1_609_160_400_000_000_000L;

    /** Decodes every record of a fixture to a list of long[] rows (header + the rtype's fields). */
    private static List<long[]> rows(final String name) throws IOException {
        final List<long[]> out = new ArrayList<>();
        final OhlcvRecord ohlcv = new OhlcvRecord();
        final Mbp1Record mbp = new Mbp1Record();
        final Mbp10Record mbp10 = new Mbp10Record();
        final MboRecord mbo = new MboRecord();
        final InstrumentDefRecord def = new InstrumentDefRecord();
        final StatisticsRecord stat = new StatisticsRecord();
        final StatusRecord status = new StatusRecord();
        try (DbnDecoder d = Fixtures.open(name)) {
            while (d.next()) {
                final int rtype = d.rtype();
                if (RType.isOhlcv(rtype)) {
                    d.wrap(ohlcv);
                    out.add(new long[] {ohlcv.instrumentId(), ohlcv.tsEvent(), ohlcv.openRaw(), ohlcv.highRaw(),
                        ohlcv.lowRaw(), ohlcv.closeRaw(), ohlcv.volume()});
                } else if (rtype == RType.MBP_0 || RType.isMbp1Shape(rtype)) {
                    d.wrap(mbp);
                    final boolean full = RType.isMbp1Shape(rtype);
                    out.add(new long[] {rtype, mbp.instrumentId(), mbp.tsEvent(), mbp.priceRaw(), mbp.size(),
                        mbp.action(), mbp.side(), mbp.flags(), mbp.tsRecv(), mbp.sequence(),
                        full ? mbp.bidPxRaw() : 0, full ? mbp.askPxRaw() : 0, full ? mbp.bidSz() : 0,
                        full ? mbp.askSz() : 0});
                } else if (rtype == RType.MBP_10) {
                    d.wrap(mbp10);
                    out.add(new long[] {mbp10.tsEvent(), mbp10.priceRaw(), FixedPrice.fromDouble(mbp10.bidPx(9)),
                        FixedPrice.fromDouble(mbp10.askPx(0)), mbp10.bidSz(3), mbp10.askCt(9)});
                } else if (rtype == RType.MBO) {
                    d.wrap(mbo);
                    out.add(new long[] {mbo.tsEvent(), mbo.orderId(), mbo.priceRaw(), mbo.size(), mbo.action(),
                        mbo.side(), mbo.tsRecv(), mbo.sequence()});
                } else if (rtype == RType.INSTRUMENT_DEF) {
                    d.wrap(def);
                    out.add(new long[] {def.instrumentId(), def.tsEvent(), def.tsRecv(), def.minPriceIncrementRaw(),
                        def.expiration(), def.rawSymbol().hashCode(), def.instrumentClass(),
                        def.exchange().hashCode(), def.securityType().hashCode(), def.currency().hashCode(),
                        def.strikePriceRaw(), def.rawInstrumentId(), def.group().hashCode()});
                } else if (rtype == RType.STATISTICS) {
                    d.wrap(stat);
                    out.add(new long[] {stat.tsEvent(), stat.tsRecv(), stat.priceRaw(),
                        Double.isNaN(stat.quantity()) ? Long.MIN_VALUE : stat.quantityRaw(),
                        stat.statType(), stat.sequence(), stat.undefinedMask()});
                } else if (rtype == RType.STATUS) {
                    d.wrap(status);
                    out.add(new long[] {status.tsEvent(), status.action(), status.reason(), status.isTrading()});
                } else {
                    out.add(new long[] {rtype, d.recordLength()});
                }
            }
        }
        return out;
    }

    private static void assertSameRows(final List<long[]> expected, final List<long[]> actual, final String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(java.util.Arrays.toString(expected.get(i)), java.util.Arrays.toString(actual.get(i)),
                    what + " record " + i);
        }
    }

    @Test
    void firstOhlcv1sRecordIsTheUpstreamLayoutConstant() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.ohlcv-1s.v3.dbn.zst")) {
            final OhlcvRecord r = new OhlcvRecord();
            assertTrue(d.next());
            d.wrap(r);
            assertEquals(0x20, r.rtype());
            assertEquals(56, r.lengthBytes());
            assertEquals(1, r.publisherId());
            assertEquals(5482, r.instrumentId());
            assertEquals(T_1300, r.tsEvent());
            assertEquals(372025000000000L, r.openRaw());
            assertEquals(372050000000000L, r.highRaw());
            assertEquals(372025000000000L, r.lowRaw());
            assertEquals(372050000000000L, r.closeRaw());
            assertEquals(57, r.volume());
            assertEquals(372025.0, r.open());
            assertEquals(0, r.undefinedMask());
            assertTrue(d.next());
            d.wrap(r);
            assertEquals(T_1300 + 1_000_000_000L, r.tsEvent());
            assertEquals(372050000000000L, r.openRaw());
            assertEquals(372050000000000L, r.highRaw());
            assertEquals(372050000000000L, r.lowRaw());
            assertEquals(372050000000000L, r.closeRaw());
            assertEquals(13, r.volume());
            assertFalse(d.next());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"test_data.ohlcv-1m.dbn", "test_data.ohlcv-1m.v1.dbn.zst", "test_data.ohlcv-1m.v2.dbn.zst",
        "test_data.ohlcv-1m.v3.dbn.zst", "test_data.ohlcv-1m.dbz"})
    void ohlcv1mRecordsAndMetadata(final String name) throws IOException {
        final List<long[]> rows = rows(name);
        assertSameRows(List.of(
                new long[] {5482, T_1300, 372025000000000L, 372150000000000L, 372025000000000L, 372100000000000L, 353},
                new long[] {5482, T_1300 + 60_000_000_000L, 372100000000000L, 372150000000000L, 372100000000000L,
                    372150000000000L, 152}), rows, name);
        try (DbnDecoder d = Fixtures.open(name)) {
            final DbnMetadata md = d.metadata();
            assertEquals("GLBX.MDP3", md.dataset());
            assertEquals(Schema.OHLCV_1M, md.schema());
            assertEquals(T_1300, md.start());
            assertEquals(1_609_200_000_000_000_000L, md.end());
            assertEquals(2, md.limit());
            assertEquals(SType.RAW_SYMBOL, md.stypeInType());
            assertEquals(SType.INSTRUMENT_ID, md.stypeOutType());
            assertFalse(md.tsOut());
            assertEquals(List.of("ESH1"), md.symbols());
            assertEquals(List.of(), md.partial());
            assertEquals(List.of(), md.notFound());
            assertEquals(List.of(new SymbolMapping("ESH1", List.of(new MappingInterval(20201228, 20201229, "5482")))),
                    md.mappings());
            assertTrue(d.next());
            assertEquals(name.endsWith(".dbz") ? RType.OHLCV_DEPRECATED : RType.OHLCV_1M, d.rtype());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ohlcv-1h", "ohlcv-1s", "trades", "mbp-1", "tbbo", "mbp-10", "mbo", "definition",
        "imbalance", "statistics", "status", "bbo-1s", "bbo-1m", "cbbo-1s", "cmbp-1", "ohlcv-1d"})
    void versionsAgree(final String schema) throws IOException {
        final List<long[]> reference = rows("test_data." + schema + ".dbn");
        for (final String v : new String[] {".v1.dbn.zst", ".v2.dbn.zst", ".v3.dbn.zst", ".dbz"}) {
            final String name = "test_data." + schema + v;
            if ("definition".equals(schema) && ".dbz".equals(v)) {
                continue; // the DBZ definition file holds a different instrument (7236)
            }
            if (java.nio.file.Files.exists(Fixtures.file(name))) {
                assertSameRows(reference, rows(name), name);
            }
        }
    }

    @Test
    void ohlcv1hRecords() throws IOException {
        assertSameRows(List.of(
                new long[] {5482, T_1300, 372025000000000L, 372350000000000L, 372025000000000L, 372225000000000L, 9385},
                new long[] {5482, T_1300 + 3_600_000_000_000L, 372225000000000L, 372450000000000L, 371600000000000L,
                    371950000000000L, 112698}), rows("test_data.ohlcv-1h.v3.dbn.zst"), "ohlcv-1h");
    }

    @Test
    void firstTrade() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.trades.v2.dbn.zst")) {
            final TradeRecord t = new TradeRecord();
            assertTrue(d.next());
            d.wrap(t);
            assertEquals(RType.MBP_0, t.rtype());
            assertEquals(48, t.lengthBytes());
            assertEquals(1_609_160_400_098_821_953L, t.tsEvent());
            assertEquals(3720250000000L, t.priceRaw());
            assertEquals(3720.25, t.price());
            assertEquals(5, t.size());
            assertEquals('T', t.action());
            assertEquals('A', t.side());
            assertEquals(129, t.flags());
            assertEquals(TradeRecord.F_LAST, t.flags() & TradeRecord.F_LAST);
            assertEquals(0, t.depth());
            assertEquals(1_609_160_400_099_150_057L, t.tsRecv());
            assertEquals(19251, t.tsInDelta());
            assertEquals(1170380, t.sequence());
        }
    }

    @Test
    void firstMbp1Level() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.mbp-1.v3.dbn.zst")) {
            final Mbp1Record m = new Mbp1Record();
            assertTrue(d.next());
            d.wrap(m);
            assertEquals(RType.MBP_1, m.rtype());
            assertEquals(80, m.lengthBytes());
            assertEquals(3720.5, m.price());
            assertEquals(1, m.size());
            assertEquals('A', m.action());
            assertEquals('A', m.side());
            assertEquals(1170362, m.sequence());
            assertEquals(3720.25, m.bidPx());
            assertEquals(24, m.bidSz());
            assertEquals(15, m.bidCt());
            assertEquals(3720.5, m.askPx());
            assertEquals(11, m.askSz());
            assertEquals(9, m.askCt());
            assertEquals(0, m.undefinedMask());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"test_data.bbo-1s.v3.dbn.zst", "test_data.bbo-1m.v3.dbn.zst"})
    void bboTsRecvIsTheIntervalEnd(final String name) throws IOException {
        final long step = name.contains("1s") ? 1_000_000_000L : 60_000_000_000L;
        try (DbnDecoder d = Fixtures.open(name)) {
            final Mbp1Record m = new Mbp1Record();
            while (d.next()) {
                d.wrap(m);
                assertEquals(0, m.tsRecv() % step, "ts_recv on an interval boundary");
                assertTrue(m.tsEvent() < m.tsRecv(), "ts_event is the last update before the interval end");
            }
        }
    }

    @Test
    void limitIsFourForBboAndStatus() throws IOException {
        for (final String n : new String[] {"test_data.bbo-1s.dbn", "test_data.bbo-1m.dbn", "test_data.status.dbn"}) {
            try (DbnDecoder d = Fixtures.open(n)) {
                assertEquals(4, d.metadata().limit(), n);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"test_data.definition.v1.dbn.zst", "test_data.definition.v2.dbn.zst",
        "test_data.definition.v3.dbn.zst", "test_data.definition.dbn"})
    void definitionsAreMsft(final String name) throws IOException {
        try (DbnDecoder d = Fixtures.open(name)) {
            assertEquals("XNAS.ITCH", d.metadata().dataset());
            final InstrumentDefRecord def = new InstrumentDefRecord();
            final int[] ids = new int[2];
            int n = 0;
            while (d.next()) {
                d.wrap(def);
                assertEquals(d.version() == 1 ? 360 : d.version() == 2 ? 400 : 520, def.lengthBytes());
                assertEquals("MSFT", def.rawSymbol());
                assertTrue(def.rawSymbolEquals("MSFT"));
                assertFalse(def.rawSymbolEquals("MSF"));
                ids[n++] = def.instrumentId();
            }
            assertEquals(6819, ids[0]);
            assertEquals(6830, ids[1]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"test_data.definition.v1.dbn.frag", "test_data.definition.v1.dbn.frag.zst",
        "test_data.definition.v2.dbn.frag", "test_data.definition.v3.dbn.frag", "test_data.definition.v3.dbn.frag.zst",
        "test_data.definition.dbn.frag.zst"})
    void definitionFragmentsReadAlikeInEveryLayout(final String name) throws IOException {
        try (DbnDecoder d = Fixtures.open(name)) {
            final InstrumentDefRecord def = new InstrumentDefRecord();
            assertTrue(d.next());
            d.wrap(def);
            assertEquals(31778, def.instrumentId());
            assertEquals("GEM3 P9812", def.rawSymbol());
            assertEquals('P', def.instrumentClass());
            assertEquals("XCME", def.exchange());
            assertEquals("GE", def.asset());
            assertEquals("OOF", def.securityType());
            assertEquals("USD", def.currency());
            assertEquals("GEM3", def.underlying());
            assertEquals("OPAFPS", def.cfi());
            assertEquals('A', def.securityUpdateAction());
        }
    }

    @Test
    void multiFrameFragmentHoldsEightDefinitions() throws IOException {
        try (DbnDecoder d = Fixtures.open("multi-frame.definition.v1.dbn.frag.zst")) {
            final InstrumentDefRecord def = new InstrumentDefRecord();
            int n = 0;
            while (d.next()) {
                d.wrap(def);
                assertEquals(RType.INSTRUMENT_DEF, def.rtype());
                assertEquals(360, def.lengthBytes());
                assertFalse(def.rawSymbol().isEmpty());
                n++;
            }
            assertEquals(8, n);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mbo", "mbp-1", "mbp-10", "ohlcv-1h", "ohlcv-1m", "ohlcv-1s", "tbbo", "trades",
        "definition", "ohlcv-1d"})
    void dbzCounts(final String schema) throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data." + schema + ".dbz")) {
            assertTrue(d.metadata().legacyDbz());
            assertEquals(1, d.version());
            assertEquals(schema, d.metadata().schema().dbnName);
            int n = 0;
            while (d.next()) {
                n++;
            }
            assertEquals("ohlcv-1d".equals(schema) ? 0 : 2, n);
        }
    }

    @Test
    void statisticsSizesAndNoSymbols() throws IOException {
        for (final String v : new String[] {"v1", "v2", "v3"}) {
            try (DbnDecoder d = Fixtures.open("test_data.statistics." + v + ".dbn.zst")) {
                assertEquals(SType.INSTRUMENT_ID, d.metadata().stypeInType());
                assertEquals(List.of(), d.metadata().symbols());
                while (d.next()) {
                    assertEquals("v3".equals(v) ? 80 : 64, d.recordLength());
                }
            }
        }
    }

    @Test
    void skippingOneMboRecordLeavesOne() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.mbo.v3.dbn")) {
            assertEquals(3, d.version());
            assertTrue(d.next());
            assertEquals(56, d.recordLength());
            final long second = d.recordPosition() + d.recordLength();
            assertTrue(d.next());
            assertEquals(second, d.recordPosition());
            assertFalse(d.next());
            assertFalse(d.next(), "stays at the end");
        }
    }

    @Test
    void ohlcv1dHasNoRecords() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.ohlcv-1d.v3.dbn.zst")) {
            assertEquals(Schema.OHLCV_1D, d.metadata().schema());
            assertFalse(d.next());
        }
    }
}
