package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated NQ/ES 1-minute files: deterministic, on Globex hours, rolling quarterly, decodable. */
class OhlcvFileGeneratorTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    @TempDir
    Path tmp;

    /** Three weeks across the March 2024 roll (NQH4 expires 2024-03-15, rolls on 2024-03-07). */
    private static OhlcvFileGenerator generator(final long seed) {
        return new OhlcvFileGenerator(seed, LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 18), "NQ", "ES");
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        final Path a = tmp.resolve("a.dbn");
        final Path b = tmp.resolve("b.dbn");
        final Path c = tmp.resolve("c.dbn");
        assertEquals(generator(7).write(a, Compression.NONE), generator(7).write(b, Compression.NONE));
        generator(8).write(c, Compression.NONE);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void contractsAndMappingsRollQuarterly() {
        final List<OhlcvFileGenerator.Contract> cs = generator(1).contracts();
        assertEquals(List.of("ESH4", "ESM4", "NQH4", "NQM4"), cs.stream().map(OhlcvFileGenerator.Contract::rawSymbol)
                .toList());
        final OhlcvFileGenerator.Contract nqh4 = cs.get(2);
        assertEquals(LocalDate.of(2024, 3, 15), nqh4.expiry());
        assertEquals(20240226, nqh4.frontFrom());
        assertEquals(20240307, nqh4.frontUntil());
        assertEquals(20240307, cs.get(3).frontFrom());
        assertEquals(20240318, cs.get(3).frontUntil());
        final DbnMetadata md = generator(1).metadata(3);
        assertEquals(List.of("ES.v.0", "NQ.v.0"), md.symbols());
        assertEquals(new SymbolMapping("NQ.v.0", List.of(
                new MappingInterval(20240226, 20240307, Integer.toString(nqh4.instrumentId())),
                new MappingInterval(20240307, 20240318, Integer.toString(cs.get(3).instrumentId())))),
                md.mappings().get(1));
    }

    @Test
    void everyBarIsOnGlobexHoursValidAndOnItsFrontContract() throws IOException {
        for (final Compression compression : Compression.values()) {
            final Path p = tmp.resolve("bars-" + compression + ".dbn");
            final long written = generator(3).write(p, compression);
            final OhlcvRecord bar = new OhlcvRecord();
            long n = 0;
            long previousTs = Long.MIN_VALUE;
            int rolls = 0;
            try (DbnDecoder d = DbnDecoder.open(p)) {
                final SymbolResolver resolver = new SymbolResolver(d.metadata());
                final RollDetector detector = new RollDetector(resolver.symbolCount());
                while (d.next()) {
                    d.wrap(bar);
                    n++;
                    assertEquals(RType.OHLCV_1M, bar.rtype());
                    assertTrue(bar.tsEvent() >= previousTs, "time ordered");
                    previousTs = bar.tsEvent();
                    assertEquals(0, bar.tsEvent() % 60_000_000_000L);
                    final ZonedDateTime ct = Instant.ofEpochSecond(bar.tsEvent() / 1_000_000_000L).atZone(CHICAGO);
                    final int minute = ct.getHour() * 60 + ct.getMinute();
                    assertTrue(ct.getDayOfWeek() != DayOfWeek.SATURDAY, ct.toString());
                    assertFalse(ct.getDayOfWeek() == DayOfWeek.SUNDAY && minute < 17 * 60, ct.toString());
                    assertFalse(ct.getDayOfWeek() == DayOfWeek.FRIDAY && minute >= 16 * 60, ct.toString());
                    assertFalse(minute >= 16 * 60 && minute < 17 * 60, "daily halt " + ct);
                    assertTrue(bar.low() <= Math.min(bar.open(), bar.close()));
                    assertTrue(bar.high() >= Math.max(bar.open(), bar.close()));
                    assertEquals(0, bar.openRaw() % 250_000_000L, "on the 0.25 tick");
                    assertTrue(bar.volume() > 0);
                    assertEquals(0, bar.undefinedMask());
                    final int series = resolver.symbolIndexOf(bar.instrumentId(), bar.tsEvent());
                    assertTrue(series >= 0, "every bar's instrument is mapped on its date");
                    assertEquals(bar.instrumentId(), resolver.instrumentId(series, bar.tsEvent()));
                    if (detector.onRecord(series, bar.instrumentId())) {
                        rolls++;
                        assertEquals(20240307, UtcDate.yyyymmdd(bar.tsEvent()));
                        final double price = bar.open();
                        assertTrue(price > (resolver.symbol(series).startsWith("NQ") ? 10_000 : 3_000));
                    }
                }
            }
            assertEquals(written, n);
            assertEquals(2, rolls, "NQ and ES both roll once");
            // 15 trading days (3 weeks) of 23 h, minus the odd quiet minute, for two products
            assertTrue(n > 2 * 15 * 23 * 60 * 0.95 && n <= 2 * 15 * 23 * 60, "bars: " + n);
        }
    }

    @Test
    void smallWindowsAndBuffersDecodeTheSameRecords() throws IOException {
        final Path plain = tmp.resolve("g.dbn");
        final Path zst = tmp.resolve("g.dbn.zst");
        generator(5).write(plain, Compression.NONE);
        generator(5).write(zst, Compression.ZSTD);
        try (DbnDecoder ref = DbnDecoder.open(plain);
             DbnDecoder mapped = DbnDecoder.open(plain, 0, 4096 + 7, 0);
             DbnDecoder stream = DbnDecoder.open(zst, 0, 0, 100)) {
            final OhlcvRecord a = new OhlcvRecord();
            final OhlcvRecord b = new OhlcvRecord();
            final OhlcvRecord c = new OhlcvRecord();
            assertEquals(ref.metadata(), stream.metadata());
            while (ref.next()) {
                assertTrue(mapped.next());
                assertTrue(stream.next());
                ref.wrap(a);
                mapped.wrap(b);
                stream.wrap(c);
                assertEquals(ref.recordPosition(), mapped.recordPosition());
                assertEquals(ref.recordPosition(), stream.recordPosition());
                for (final OhlcvRecord x : new OhlcvRecord[] {b, c}) {
                    assertEquals(a.tsEvent(), x.tsEvent());
                    assertEquals(a.instrumentId(), x.instrumentId());
                    assertEquals(a.openRaw(), x.openRaw());
                    assertEquals(a.highRaw(), x.highRaw());
                    assertEquals(a.lowRaw(), x.lowRaw());
                    assertEquals(a.closeRaw(), x.closeRaw());
                    assertEquals(a.volume(), x.volume());
                }
            }
            assertFalse(mapped.next());
            assertFalse(stream.next());
        }
    }

    @Test
    void decodingAllocatesNothingPerRecord() throws IOException {
        final Path plain = tmp.resolve("alloc.dbn");
        final Path zst = tmp.resolve("alloc.dbn.zst");
        generator(9).write(plain, Compression.NONE);
        generator(9).write(zst, Compression.ZSTD);
        final com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long tid = Thread.currentThread().getId();
        for (final Path p : new Path[] {plain, zst}) {
            // a small stream buffer so the zstd loop crosses many refills; the mapped file fits one
            // window (a re-map allocates one MappedByteBuffer per GiB window, not per record)
            try (DbnDecoder d = DbnDecoder.open(p, 0, MappedFileSource.DEFAULT_WINDOW, 1 << 12)) {
                final OhlcvRecord bar = new OhlcvRecord();
                long sum = 0;
                for (int i = 0; i < 5_000 && d.next(); i++) {
                    sum += d.wrap(bar).closeRaw();
                }
                final long before = mx.getThreadAllocatedBytes(tid);
                long n = 0;
                while (d.next()) {
                    d.wrap(bar);
                    sum += bar.closeRaw() + bar.volume() + bar.tsEvent() + (long) bar.open();
                    n++;
                }
                final long allocated = mx.getThreadAllocatedBytes(tid) - before;
                assertTrue(n > 30_000, "records measured: " + n);
                assertNotEquals(0, sum);
                assertEquals(0, allocated, p + ": bytes allocated while decoding " + n + " records");
            }
        }
    }

    @Test
    void writesEveryVersion() throws IOException {
        for (int v = 1; v <= 3; v++) {
            final Path p = tmp.resolve("v" + v + ".dbn.zst");
            final long n = generator(2).write(p, Compression.ZSTD, v);
            try (DbnDecoder d = DbnDecoder.open(p)) {
                assertEquals(v, d.version());
                long count = 0;
                while (d.next()) {
                    count++;
                }
                assertEquals(n, count);
            }
        }
    }
}
