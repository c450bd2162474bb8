package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every DBN fixture file (test resources {@code dbn/}, a copy of ../shared/data/dbn), against the README's
 * file table: size, version, record count and first record; plus header lengths (198/345/352) and that
 * every record is at least as long as its rtype's layout. Header lengths of files with other symbol sets are checked against
 * the encoder's layout of the same metadata.
 */
class DbnFixtureTableTest {
    private static final String TABLE = """
multi-frame.definition.v1.dbn.frag.zst, 1891, 1, 8, 19, 31778, 1609088526651000000
test_data.bbo-1m.dbn, 673, 2, 4, 196, 5482, 1609113599045849637
test_data.bbo-1m.v2.dbn.zst, 297, 2, 4, 196, 5482, 1609113599045849637
test_data.bbo-1m.v3.dbn.zst, 299, 3, 4, 196, 5482, 1609113599045849637
test_data.bbo-1s.dbn, 673, 2, 4, 195, 5482, 1609113599045849637
test_data.bbo-1s.v2.dbn.zst, 261, 2, 4, 195, 5482, 1609113599045849637
test_data.bbo-1s.v3.dbn.zst, 257, 3, 4, 195, 5482, 1609113599045849637
test_data.cbbo-1s.dbn, 513, 2, 2, 192, 5482, 1609160400006001487
test_data.cbbo-1s.v2.dbn.zst, 166, 2, 2, 192, 5482, 1609160400006001487
test_data.cbbo-1s.v3.dbn.zst, 173, 3, 2, 192, 5482, 1609160400006001487
test_data.cmbp-1.dbn, 513, 2, 2, 177, 5482, 1609160400006001487
test_data.cmbp-1.v2.dbn.zst, 173, 2, 2, 177, 5482, 1609160400006001487
test_data.cmbp-1.v3.dbn.zst, 179, 3, 2, 177, 5482, 1609160400006001487
test_data.definition.dbn, 5972, 2, 2, 19, 6819, 1633331241618018154
test_data.definition.dbn.frag.zst, 391, 2, 2, 19, 31778, 1609088526651000000
test_data.definition.dbz, 472, 1, 2, 19, 7236, 1670227636663739264
test_data.definition.v1.dbn.frag, 720, 1, 2, 19, 31778, 1609088526651000000
test_data.definition.v1.dbn.frag.zst, 390, 1, 2, 19, 31778, 1609088526651000000
test_data.definition.v1.dbn.zst, 673, 1, 2, 19, 6819, 1633331241618018154
test_data.definition.v2.dbn.frag, 800, 2, 2, 19, 31778, 1609088526651000000
test_data.definition.v2.dbn.zst, 693, 2, 2, 19, 6819, 1633331241618018154
test_data.definition.v3.dbn.frag, 1040, 3, 2, 19, 31778, 1609088526651000000
test_data.definition.v3.dbn.frag.zst, 383, 3, 2, 19, 31778, 1609088526651000000
test_data.definition.v3.dbn.zst, 707, 3, 2, 19, 6819, 1633331241618018154
test_data.imbalance.dbn, 5554, 2, 2, 20, 9439, 1633353900633854579
test_data.imbalance.v1.dbn.zst, 637, 1, 2, 20, 9439, 1633353900633854579
test_data.imbalance.v2.dbn.zst, 661, 2, 2, 20, 9439, 1633353900633854579
test_data.imbalance.v3.dbn.zst, 663, 3, 2, 20, 9439, 1633353900633854579
test_data.mbo.dbn, 465, 2, 2, 160, 5482, 1609160400000429831
test_data.mbo.dbz, 245, 1, 2, 160, 5482, 1609160400000429831
test_data.mbo.v1.dbn.zst, 172, 1, 2, 160, 5482, 1609160400000429831
test_data.mbo.v2.dbn.zst, 174, 2, 2, 160, 5482, 1609160400000429831
test_data.mbo.v3.dbn, 472, 3, 2, 160, 5482, 1609160400000429831
test_data.mbo.v3.dbn.zst, 176, 3, 2, 160, 5482, 1609160400000429831
test_data.mbp-1.dbn, 513, 2, 2, 1, 5482, 1609160400006001487
test_data.mbp-1.dbz, 259, 1, 2, 1, 5482, 1609160400006001487
test_data.mbp-1.v1.dbn.zst, 186, 1, 2, 1, 5482, 1609160400006001487
test_data.mbp-1.v2.dbn.zst, 192, 2, 2, 1, 5482, 1609160400006001487
test_data.mbp-1.v3.dbn.zst, 194, 3, 2, 1, 5482, 1609160400006001487
test_data.mbp-10.dbn, 1089, 2, 2, 10, 5482, 1609160400000429831
test_data.mbp-10.dbz, 453, 1, 2, 10, 5482, 1609160400000429831
test_data.mbp-10.v1.dbn.zst, 370, 1, 2, 10, 5482, 1609160400000429831
test_data.mbp-10.v2.dbn.zst, 374, 2, 2, 10, 5482, 1609160400000429831
test_data.mbp-10.v3.dbn.zst, 376, 3, 2, 10, 5482, 1609160400000429831
test_data.ohlcv-1d.dbn, 353, 2, 0, -1, 0, 0
test_data.ohlcv-1d.dbz, 152, 1, 0, -1, 0, 0
test_data.ohlcv-1d.v1.dbn.zst, 101, 1, 0, -1, 0, 0
test_data.ohlcv-1d.v2.dbn.zst, 103, 2, 0, -1, 0, 0
test_data.ohlcv-1d.v3.dbn.zst, 110, 3, 0, -1, 0, 0
test_data.ohlcv-1h.dbn, 465, 2, 2, 34, 5482, 1609160400000000000
test_data.ohlcv-1h.dbz, 255, 1, 2, 17, 5482, 1609160400000000000
test_data.ohlcv-1h.v1.dbn.zst, 184, 1, 2, 34, 5482, 1609160400000000000
test_data.ohlcv-1h.v2.dbn.zst, 186, 2, 2, 34, 5482, 1609160400000000000
test_data.ohlcv-1h.v3.dbn.zst, 188, 3, 2, 34, 5482, 1609160400000000000
test_data.ohlcv-1m.dbn, 465, 2, 2, 33, 5482, 1609160400000000000
test_data.ohlcv-1m.dbz, 234, 1, 2, 17, 5482, 1609160400000000000
test_data.ohlcv-1m.v1.dbn.zst, 162, 1, 2, 33, 5482, 1609160400000000000
test_data.ohlcv-1m.v2.dbn.zst, 165, 2, 2, 33, 5482, 1609160400000000000
test_data.ohlcv-1m.v3.dbn.zst, 166, 3, 2, 33, 5482, 1609160400000000000
test_data.ohlcv-1s.dbn, 465, 2, 2, 32, 5482, 1609160400000000000
test_data.ohlcv-1s.dbz, 227, 1, 2, 17, 5482, 1609160400000000000
test_data.ohlcv-1s.v1.dbn.zst, 155, 1, 2, 32, 5482, 1609160400000000000
test_data.ohlcv-1s.v2.dbn.zst, 157, 2, 2, 32, 5482, 1609160400000000000
test_data.ohlcv-1s.v3.dbn.zst, 156, 3, 2, 32, 5482, 1609160400000000000
test_data.statistics.dbn, 256, 2, 2, 24, 146945, 1682269536030443135
test_data.statistics.v1.dbn.zst, 140, 1, 2, 24, 146945, 1682269536030443135
test_data.statistics.v2.dbn.zst, 139, 2, 2, 24, 146945, 1682269536030443135
test_data.statistics.v3.dbn.zst, 134, 3, 2, 24, 146945, 1682269536030443135
test_data.status.dbn, 513, 2, 4, 18, 5482, 1609110000000000000
test_data.status.v2.dbn.zst, 188, 2, 4, 18, 5482, 1609110000000000000
test_data.status.v3.dbn.zst, 188, 3, 4, 18, 5482, 1609110000000000000
test_data.tbbo.dbn, 513, 2, 2, 1, 5482, 1609160400098821953
test_data.tbbo.dbz, 267, 1, 2, 1, 5482, 1609160400098821953
test_data.tbbo.v1.dbn.zst, 198, 1, 2, 1, 5482, 1609160400098821953
test_data.tbbo.v2.dbn.zst, 197, 2, 2, 1, 5482, 1609160400098821953
test_data.tbbo.v3.dbn.zst, 200, 3, 2, 1, 5482, 1609160400098821953
test_data.trades.dbn, 449, 2, 2, 0, 5482, 1609160400098821953
test_data.trades.dbz, 237, 1, 2, 0, 5482, 1609160400098821953
test_data.trades.v1.dbn.zst, 171, 1, 2, 0, 5482, 1609160400098821953
test_data.trades.v2.dbn.zst, 173, 2, 2, 0, 5482, 1609160400098821953
test_data.trades.v3.dbn.zst, 175, 3, 2, 0, 5482, 1609160400098821953
""";

    @Test
    void everyFixtureOnDiskIsInTheTable() throws IOException {
        final Set<String> onDisk;
        try (Stream<java.nio.file.Path> files = Files.list(Fixtures.dir())) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".dbn") || n.endsWith(".zst") || n.endsWith(".frag") || n.endsWith(".dbz"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        final Set<String> inTable = TABLE.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(81, onDisk.size());
        assertEquals(onDisk, inTable);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = TABLE)
    void decodesAsTheTableSays(final String name, final long bytes, final int version, final long records,
            final int firstRtype, final int firstInstrument, final long firstTsEvent) throws IOException {
        assertEquals(bytes, Files.size(Fixtures.file(name)));
        final OhlcvRecord any = new OhlcvRecord();
        try (DbnDecoder d = Fixtures.open(name)) {
            assertEquals(version, d.version());
            final DbnMetadata md = d.metadata();
            if (name.contains(".frag")) {
                assertEquals(0, md.metadataLength());
            } else if (name.endsWith(".dbz")) {
                assertTrue(md.legacyDbz());
                assertEquals(22, md.symbolCstrLen());
            } else if (md.symbols().equals(java.util.List.of("ESH1"))) {
                // the GLBX.MDP3 ESH1 files: one symbol, one mapping
                assertEquals(version == 1 ? 198 : version == 2 ? 345 : 352, md.metadataLength(), "header length");
                assertEquals(version == 1 ? 206 : version == 2 ? 353 : 360, md.recordsOffset());
            } else {
                // other headers (more symbols, or none) must still be exactly what the encoder writes
                assertEquals(MetadataEncoder.encode(md).length, md.recordsOffset());
            }
            long n = 0;
            while (d.next()) {
                d.wrap(any);
                if (n == 0) {
                    assertEquals(firstRtype, any.rtype());
                    assertEquals(firstInstrument, any.instrumentId());
                    assertEquals(firstTsEvent, any.tsEvent());
                    assertEquals(md.recordsOffset(), d.recordPosition());
                }
                assertEquals(d.recordLength(), any.lengthBytes());
                assertTrue(any.lengthBytes() >= RType.minimumLength(any.rtype(), version));
                n++;
            }
            assertEquals(records, n);
            assertEquals(records, d.recordsRead());
            if (records == 0) {
                assertEquals(-1, firstRtype);
            }
        }
    }
}
