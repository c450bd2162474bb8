package io.strikeiq.feeds.dbn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Measures (does not assert) decode throughput of generated NQ + ES 1-minute files, plain
 * (memory-mapped) and zstd, and prints records per second. Not a test: run it by hand, e.g.
 * {@code java -cp <test classpath> io.strikeiq.feeds.dbn.DbnDecodeSpeed [years] [passes]}. The JMH
 * benchmarks are the reference numbers; this is a quick check while working on the decoder.
 */
public final class DbnDecodeSpeed {
    private DbnDecodeSpeed() {
    }

    public static void main(final String[] args) throws IOException {
        final int years = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        final int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        final Path dir = Files.createTempDirectory("dbn-speed");
        final OhlcvFileGenerator g = new OhlcvFileGenerator(42, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020 + years, 1, 1), "ES", "NQ");
        final Path plain = dir.resolve("nq-es.ohlcv-1m.dbn");
        final Path zst = dir.resolve("nq-es.ohlcv-1m.dbn.zst");
        long t0 = System.nanoTime();
        final long records = g.write(plain, Compression.NONE);
        g.write(zst, Compression.ZSTD);
        System.out.printf("generated %,d records in %.1f s: %,d bytes plain, %,d bytes zstd%n", records,
                (System.nanoTime() - t0) / 1e9, Files.size(plain), Files.size(zst));
        for (final Path p : new Path[] {plain, zst}) {
            double best = 0;
            for (int pass = 0; pass < passes; pass++) {
                t0 = System.nanoTime();
                final long sum = decode(p);
                final double seconds = (System.nanoTime() - t0) / 1e9;
                best = Math.max(best, records / seconds);
                if (sum == 42) {
                    System.out.println("(checksum collision)");
                }
            }
            System.out.printf("%-24s best of %d passes: %,.0f records/s%n", p.getFileName(), passes, best);
        }
        Files.delete(plain);
        Files.delete(zst);
        Files.delete(dir);
    }

    private static long decode(final Path p) throws IOException {
        final OhlcvRecord bar = new OhlcvRecord();
        long sum = 0;
        try (DbnDecoder d = DbnDecoder.open(p)) {
            while (d.next()) {
                d.wrap(bar);
                sum += bar.closeRaw() + bar.volume() + bar.instrumentId();
            }
        }
        return sum;
    }
}
