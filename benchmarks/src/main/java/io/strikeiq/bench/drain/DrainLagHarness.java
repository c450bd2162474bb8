package io.strikeiq.bench.drain;

import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.persistence.DrainOptions;
import io.strikeiq.persistence.EmbeddedDatabase;
import io.strikeiq.persistence.JournalDrain;
import io.strikeiq.persistence.SchemaMigrator;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.FeedDriver;
import io.strikeiq.wiring.JournaledEngine;
import io.strikeiq.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * How far the journal drain trails the engine while both run: the synthetic NIFTY market is
 * offered to the full engine (journals, every options engine, snapshots every 10 s of event
 * time) at a fixed rate while a {@link JournalDrain} follows the journals into an embedded
 * PostgreSQL on its own thread. Every 100 ms it samples the lag in records (journaled by the
 * engine minus read and committed by the drain) into an HdrHistogram, then reports the
 * percentiles and how long the drain needs to catch up once the feed stops.
 *
 * <p>Usage: {@code DrainLagHarness [ratePerSecond=100000 (0 = as fast as possible, the demo's first phase)] [events=2000000]}
 */
public final class DrainLagHarness {
    private DrainLagHarness() {
    }

    public static void main(final String[] args) throws Exception {
        final double rate = args.length > 0 ? Double.parseDouble(args[0]) : 100_000;
        final long events = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000;
        final Path tmp = Files.createTempDirectory("strikeiq-drain-lag");
        final Path journal = tmp.resolve("journal");
        System.out.printf(Locale.ROOT, "drain lag: %,d synthetic NIFTY events offered at %s; load average %.2f%n", events,
            rate > 0 ? String.format(Locale.ROOT, "%,.0f events/s", rate) : "full speed",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (EmbeddedDatabase pg = EmbeddedDatabase.start(tmp.resolve("pg"))) {
            SchemaMigrator.migrate(pg.target());
            try (JournaledEngine engine = new JournaledEngine(journal, EngineSettings.defaults())) {
                final FeedDriver driver = engine.start();
                final Pipeline pipeline = engine.pipeline();
                final Thread feed = new Thread(() -> driver.run(new SyntheticMarket(SyntheticConfig.defaults()),
                    events, rate), "feed");
                feed.start();
                // The drain opens the queues once the engine has created them.
                try (JournalDrain drain = new JournalDrain(journal, pg.target(), DrainOptions.defaults("lag"))) {
                    final Thread follower = new Thread(drain::follow, "drain");
                    follower.start();
                    final Histogram lag = new Histogram(1, 1L << 40, 3);
                    while (feed.isAlive()) {
                        Thread.sleep(100);
                        lag.recordValue(Math.max(1, produced(pipeline) - drain.recordsRead()));
                    }
                    pipeline.awaitDrained();
                    final long produced = produced(pipeline);
                    final long stopped = System.nanoTime();
                    while (drain.recordsRead() < produced) {
                        Thread.sleep(10);
                    }
                    final double catchUp = (System.nanoTime() - stopped) / 1e9;
                    drain.requestStop();
                    follower.join();
                    System.out.printf(Locale.ROOT, "records journaled (input + output): %,d; output records: %,d signals + %,d snapshots/other%n",
                        produced, pipeline.signalsPublished(), pipeline.recordsPublished());
                    System.out.printf(Locale.ROOT, "lag in records, sampled every 100 ms (%d samples): p50 %,d  p90 %,d  p99 %,d  max %,d%n",
                        lag.getTotalCount(), lag.getValueAtPercentile(50), lag.getValueAtPercentile(90),
                        lag.getValueAtPercentile(99), lag.getMaxValue());
                    if (rate > 0) {
                        System.out.printf(Locale.ROOT, "in seconds of feed at the offered rate: p50 %.3f  p99 %.3f  max %.3f%n",
                            lag.getValueAtPercentile(50) / rate, lag.getValueAtPercentile(99) / rate, lag.getMaxValue() / rate);
                    }
                    System.out.printf(Locale.ROOT, "caught up %.3f s after the feed stopped; rows inserted %s; batches %,d; retries %d%n",
                        catchUp, drain.rowsInserted(), drain.batchesCommitted(), drain.retries());
                }
            }
        } finally {
            delete(tmp);
        }
    }

    /** Records the engine has appended to its journals (read racily, as a sample). */
    private static long produced(final Pipeline pipeline) {
        return pipeline.eventsJournaled() + pipeline.signalsPublished() + pipeline.recordsPublished();
    }

    private static void delete(final Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (final IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
