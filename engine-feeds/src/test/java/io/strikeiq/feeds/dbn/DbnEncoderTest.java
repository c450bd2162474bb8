package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encoder round trips: typed records and whole fixtures re-encoded byte for byte. */
class DbnEncoderTest {
    @TempDir
    Path tmp;

    private static byte[] decompressedBytes(final Path p) throws IOException {
        if (!p.getFileName().toString().endsWith(".zst")) {
            return Files.readAllBytes(p);
        }
        try (InputStream in = new ZstdInputStreamNoFinalizer(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    static Stream<String> fixturesWithHeaderOrFragments() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.dir())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".dbn") || n.endsWith(".zst") || n.endsWith(".frag"))
                    .sorted().toList().stream();
        }
    }

    /** Decode fixture → encode → identical bytes (so decode again gives identical records too). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesWithHeaderOrFragments")
    void reEncodingAFixtureReproducesItsBytes(final String name) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DbnDecoder d = Fixtures.open(name)) {
            final DbnEncoder e = name.contains(".frag") ? DbnEncoder.fragment(out, d.version())
                    : new DbnEncoder(out, d.metadata());
            while (d.next()) {
                e.writeRecord(d.buffer(), d.recordOffset(), d.recordLength());
            }
            assertEquals(d.recordsRead(), e.recordsWritten());
            e.close();
        }
        assertArrayEquals(decompressedBytes(Fixtures.file(name)), out.toByteArray());
    }

    @ParameterizedTest
    @MethodSource("dbzFiles")
    void dbzReEncodedAsDbnV1DecodesToTheSameRecords(final String name) throws IOException {
        final Path out = tmp.resolve(name + ".dbn.zst");
        final DbnMetadata md;
        try (DbnDecoder d = Fixtures.open(name); DbnEncoder e = DbnEncoder.create(out, d.metadata().withVersion(1),
                Compression.ZSTD)) {
            md = d.metadata();
            while (d.next()) {
                e.writeRecord(d.buffer(), d.recordOffset(), d.recordLength());
            }
        }
        try (DbnDecoder a = Fixtures.open(name); DbnDecoder b = DbnDecoder.open(out)) {
            assertFalse(b.metadata().legacyDbz());
            assertEquals(md.symbols(), b.metadata().symbols());
            assertEquals(md.mappings(), b.metadata().mappings());
            assertEquals(md.schemaId(), b.metadata().schemaId());
            assertEquals(md.start(), b.metadata().start());
            while (a.next()) {
                assertTrue(b.next());
                assertEquals(a.recordLength(), b.recordLength());
                for (int i = 0; i < a.recordLength(); i++) {
                    assertEquals(a.buffer().getByte(a.recordOffset() + i), b.buffer().getByte(b.recordOffset() + i));
                }
            }
            assertFalse(b.next());
        }
    }

    static Stream<String> dbzFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.dir())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".dbz")).sorted().toList()
                    .stream();
        }
    }

    static Stream<Arguments> versionsAndCompression() {
        return Stream.of(1, 2, 3).flatMap(v -> Stream.of(Arguments.of(v, Compression.NONE),
                Arguments.of(v, Compression.ZSTD)));
    }

    private static DbnMetadata metadata(final int version, final boolean tsOut) {
        return new DbnMetadata(version, "GLBX.MDP3", Schema.NONE.id, 1_700_000_000_000_000_000L,
                1_700_086_400_000_000_000L, 0, SType.CONTINUOUS.id, SType.INSTRUMENT_ID.id, tsOut,
                version == 1 ? 22 : 71, List.of("NQ.v.0"), List.of(), List.of("XX.v.0"),
                List.of(new SymbolMapping("NQ.v.0", List.of(new MappingInterval(20231114, 20231115, "42140878")))), 0,
                false);
    }

    /** Encode typed records → decode → equal, in every version, plain and zstd, with and without ts_out. */
    @ParameterizedTest
    @MethodSource("versionsAndCompression")
    void typedRecordsRoundTrip(final int version, final Compression compression) throws IOException {
        for (final boolean tsOut : new boolean[] {false, true}) {
            final Path p = tmp.resolve("typed-" + version + "-" + compression + "-" + tsOut + ".dbn");
            final long t = 1_700_000_000_000_000_000L;
            try (DbnEncoder e = DbnEncoder.create(p, metadata(version, tsOut), compression)) {
                e.writeDefinition(1, 42140878, t, "NQZ3", 'F', 250_000_000L, t + 86_400_000_000_000L, "NQ", "XCME",
                        "FUT", "USD");
                e.writeOhlcv(RType.OHLCV_1M, 1, 42140878, t, 15_000_250_000_000L, 15_010_000_000_000L,
                        14_990_000_000_000L, FixedPrice.UNDEF_PRICE, 1234);
                e.writeTrade(1, 42140878, t + 5, 15_000_500_000_000L, 3, 'T', 'B', 0x80, 0, t + 9, 17, 99);
                e.writeMbp1(1, 42140878, t + 6, 15_000_500_000_000L, 2, 'A', 'A', 0x80, 0, t + 10, 18, 100,
                        15_000_250_000_000L, 15_000_500_000_000L, 7, 8, 3, 4);
            }
            try (DbnDecoder d = DbnDecoder.open(p)) {
                assertEquals(version, d.version());
                assertEquals(metadata(version, tsOut).symbols(), d.metadata().symbols());
                assertEquals(metadata(version, tsOut).notFound(), d.metadata().notFound());
                assertEquals(metadata(version, tsOut).mappings(), d.metadata().mappings());
                assertEquals(tsOut, d.metadata().tsOut());
                final int extra = tsOut ? 8 : 0;

                assertTrue(d.next());
                final InstrumentDefRecord def = d.wrap(new InstrumentDefRecord());
                assertEquals(DefinitionLayout.forVersion(version).size + extra, def.lengthBytes());
                assertEquals("NQZ3", def.rawSymbol());
                assertEquals('F', def.instrumentClass());
                assertEquals(0.25, def.minPriceIncrement());
                assertEquals(t + 86_400_000_000_000L, def.expiration());
                assertEquals("NQ", def.asset());
                assertEquals("XCME", def.exchange());
                assertEquals("FUT", def.securityType());
                assertEquals("USD", def.currency());
                assertEquals(42140878L, def.rawInstrumentId());
                assertTrue(Double.isNaN(def.strikePrice()));

                assertTrue(d.next());
                final OhlcvRecord bar = d.wrap(new OhlcvRecord());
                assertEquals(56 + extra, bar.lengthBytes());
                assertEquals(RType.OHLCV_1M, bar.rtype());
                assertEquals(42140878, bar.instrumentId());
                assertEquals(t, bar.tsEvent());
                assertEquals(15000.25, bar.open());
                assertEquals(15010.0, bar.high());
                assertEquals(14990.0, bar.low());
                assertTrue(Double.isNaN(bar.close()));
                assertEquals(OhlcvRecord.CLOSE_UNDEFINED, bar.undefinedMask());
                assertEquals(1234, bar.volume());

                assertTrue(d.next());
                final TradeRecord trade = d.wrap(new TradeRecord());
                assertEquals(15000.5, trade.price());
                assertEquals(3, trade.size());
                assertEquals('T', trade.action());
                assertEquals('B', trade.side());
                assertEquals(0x80, trade.flags());
                assertEquals(t + 9, trade.tsRecv());
                assertEquals(17, trade.tsInDelta());
                assertEquals(99, trade.sequence());

                assertTrue(d.next());
                final Mbp1Record mbp = d.wrap(new Mbp1Record());
                assertEquals(80 + extra, mbp.lengthBytes());
                assertEquals(15000.25, mbp.bidPx());
                assertEquals(15000.5, mbp.askPx());
                assertEquals(7, mbp.bidSz());
                assertEquals(8, mbp.askSz());
                assertEquals(3, mbp.bidCt());
                assertEquals(4, mbp.askCt());
                assertEquals(100, mbp.sequence());
                assertFalse(d.next());
            }
        }
    }

    @Test
    void headerBytesMatchTheFixtureLayoutInEveryVersion() throws IOException {
        for (final String v : new String[] {"v1", "v2", "v3"}) {
            try (DbnDecoder d = Fixtures.open("test_data.ohlcv-1m." + v + ".dbn.zst")) {
                final byte[] header = MetadataEncoder.encode(d.metadata());
                assertEquals(d.metadata().recordsOffset(), header.length);
                assertEquals(0, header.length % ("v3".equals(v) ? 8 : 1));
            }
        }
    }

    @Test
    void withVersionChangesTheSymbolWidth() throws IOException {
        try (DbnDecoder d = Fixtures.open("test_data.ohlcv-1m.v1.dbn.zst")) {
            final DbnMetadata v3 = d.metadata().withVersion(3);
            assertEquals(71, v3.symbolCstrLen());
            assertEquals(352, MetadataEncoder.encode(v3).length - 8);
            assertEquals(345, MetadataEncoder.encode(d.metadata().withVersion(2)).length - 8);
        }
    }
}
