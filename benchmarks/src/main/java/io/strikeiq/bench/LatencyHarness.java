package io.strikeiq.bench;

import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.journal.JournalComparator;
import io.strikeiq.journal.JournalComparison;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.Preset;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Tick-to-publish latency at fixed offered rates and flat-out throughput, for the Disruptor
 * engine ({@link io.strikeiq.wiring.JournaledEngine}, journaling on) and the
 * {@link AbqPipeline} baseline side by side in one JVM, on the same pre-generated synthetic NIFTY
 * events ({@link EventTape}). Paced runs stamp each event with its intended send time, so a stall
 * is charged to every event it delayed (coordinated-omission corrected). Every run gets fresh
 * journals in a temporary folder that is deleted afterwards, and the two pipelines' output
 * journals for the same run are compared record by record, which shows they did the same work.
 *
 * <p>Options: {@code --preset P} (default compact), {@code --rates r1,r2,..} (default
 * 100000,500000,1000000), {@code --seconds S} per paced run (default 2), {@code --max-events N}
 * for the flat-out run (default 4000000), {@code --warmup N} events per pipeline (default 2000000),
 * {@code --tape N} pre-generated events (default 3000000), {@code --dir D} parent of the
 * temporary journals (default the system temp folder), {@code --strikes-each-side N} for the
 * synthetic chain (default 40: 81 strikes per expiry). Each row also gives the analytics stage's
 * per-event service time (engine work only, no queueing; both pipelines time it the same way).
 */
public final class LatencyHarness {
    private static final PrintStream OUT = System.out;
    private static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};

    private final EngineSettings settings;
    private final EventTape tape;
    private final Path root;
    private final int capacity;

    private LatencyHarness(final EngineSettings settings, final EventTape tape, final Path root) {
        this.settings = settings;
        this.tape = tape;
        this.root = root;
        this.capacity = settings.preset().ringSize();
    }

    public static void main(final String[] args) throws IOException {
        Preset preset = Preset.COMPACT;
        double[] rates = {100_000, 500_000, 1_000_000};
        double seconds = 2;
        long maxEvents = 4_000_000;
        long warmup = 2_000_000;
        int tapeEvents = 3_000_000;
        int strikesEachSide = SyntheticConfig.defaults().strikesEachSide();
        Path parent = Paths.get(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i++) {
            final String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                usage("missing value for " + args[i]);
            }
            switch (args[i]) {
                case "--preset": preset = Preset.parse(value); break;
                case "--rates": rates = Stream.of(value.split(",")).mapToDouble(Double::parseDouble).toArray(); break;
                case "--seconds": seconds = Double.parseDouble(value); break;
                case "--max-events": maxEvents = Long.parseLong(value); break;
                case "--warmup": warmup = Long.parseLong(value); break;
                case "--tape": tapeEvents = Integer.parseInt(value); break;
                case "--dir": parent = Paths.get(value); break;
                case "--strikes-each-side": strikesEachSide = Integer.parseInt(value); break;
                default: usage("unknown option " + args[i]);
            }
            i++;
        }
        Files.createDirectories(parent);
        final Path root = Files.createTempDirectory(parent, "strikeiq-harness-");
        final Thread cleanup = new Thread(() -> deleteQuietly(root), "harness-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);

        final long genStart = System.nanoTime();
        final EventTape tape = EventTape.record(
            new SyntheticMarket(SyntheticConfig.defaults().withStrikesEachSide(strikesEachSide)), tapeEvents);
        OUT.printf(Locale.ROOT, "StrikeIQ latency harness: Disruptor JournaledEngine (preset %s) vs ArrayBlockingQueue "
                + "baseline (capacity %d)%n", preset.label(), preset.ringSize());
        OUT.printf(Locale.ROOT, "machine: %d cpus, %s %s, max heap %d MiB, journals under %s%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20, root);
        OUT.printf(Locale.ROOT, "system load average (1 min) at start: %.2f%n",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        OUT.printf(Locale.ROOT, "tape: %,d synthetic NIFTY events (%d strikes per expiry, %d definitions/session first) "
                + "generated in %.1f s%n", tape.size(), 2 * strikesEachSide + 1, tape.prefixLength(),
            (System.nanoTime() - genStart) / 1e9);

        final LatencyHarness h = new LatencyHarness(EngineSettings.defaults().withPreset(preset), tape, root);
        final long t0 = System.nanoTime();
        h.warmUp(warmup);
        OUT.printf(Locale.ROOT, "warm-up: %,d events flat out through each pipeline, %.1f s%n%n", warmup,
            (System.nanoTime() - t0) / 1e9);

        OUT.println("Fixed offered rate, tick-to-publish latency in microseconds (coordinated-omission corrected);");
        OUT.println("svc* = analytics-stage service time per event in microseconds (engine work only, no queueing)");
        OUT.println(header("achieved/s"));
        for (final double rate : rates) {
            final long events = (long) (rate * seconds);
            h.pair(events, rate);
        }
        OUT.println();
        OUT.println("Maximum throughput (flat out, journaling on); latency here is queueing delay");
        OUT.println(header("events/s"));
        final RunResult[] max = h.pair(maxEvents, 0);
        OUT.printf(Locale.ROOT, "%nthroughput ratio disruptor/abq = %.2f  (%,.0f vs %,.0f events/s)%n",
            max[0].eventsPerSecond() / max[1].eventsPerSecond(), max[0].eventsPerSecond(), max[1].eventsPerSecond());
        OUT.printf(Locale.ROOT, "total harness time %.1f s (JVM uptime %.1f s), load average at end %.2f%n",
            (System.nanoTime() - t0) / 1e9, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        deleteQuietly(root);
        Runtime.getRuntime().removeShutdownHook(cleanup);
    }

    private static void usage(final String problem) {
        System.err.println(problem);
        System.err.println("usage: LatencyHarness [--preset compact|throughput|balanced|latency] [--rates 100000,500000]"
            + " [--seconds 2] [--max-events 4000000] [--warmup 2000000] [--tape 3000000] [--dir DIR] [--strikes-each-side 40]");
        System.exit(2);
    }

    private void warmUp(final long events) {
        for (int round = 0; round < 2; round++) {
            run("disruptor", events / 2);
            run("abq", events / 2);
        }
    }

    /** Both pipelines on the same events; prints both rows and checks their outputs are identical. */
    private RunResult[] pair(final long events, final double rate) {
        final Path d = newDir("disruptor");
        final Path a = newDir("abq");
        try {
            final RunResult dr = measure("disruptor", d, events, rate);
            print(dr);
            final RunResult ar = measure("abq", a, events, rate);
            print(ar);
            final JournalComparison cmp = JournalComparator.compareOutputs(d, a);
            if (!cmp.identical()) {
                OUT.println("  WARNING: output journals differ: " + cmp.describe());
            } else {
                OUT.printf(Locale.ROOT, "  output journals identical (%,d signal records, %,d other records)%n",
                    cmp.signalCount(), cmp.recordCount() - cmp.signalCount());
            }
            return new RunResult[] {dr, ar};
        } finally {
            deleteQuietly(d);
            deleteQuietly(a);
        }
    }

    private void run(final String kind, final long events) {
        final Path dir = newDir(kind);
        try {
            measure(kind, dir, events, 0);
        } finally {
            deleteQuietly(dir);
        }
    }

    private RunResult measure(final String kind, final Path dir, final long events, final double rate) {
        System.gc();
        final MeasuredPipeline p = "disruptor".equals(kind)
            ? new DisruptorPipeline(dir, settings)
            : startedAbq(dir);
        final long elapsed;
        final long fed;
        try {
            final TapeSource source = new TapeSource(tape);
            final long start = System.nanoTime();
            fed = p.run(source, events, rate);
            p.awaitDrained();
            elapsed = System.nanoTime() - start;
        } finally {
            p.close();
        }
        return new RunResult(kind, rate, fed, elapsed, p.signalsPublished(), p.errors().total(), p.latency().copy(),
            p.serviceTime());
    }

    private AbqPipeline startedAbq(final Path dir) {
        final AbqPipeline abq = new AbqPipeline(dir, settings, capacity);
        abq.start();
        return abq;
    }

    private static String header(final String rateColumn) {
        return String.format(Locale.ROOT, "%-9s %-9s %10s %11s %8s %8s %8s %8s %8s %9s %8s %8s %8s %8s %9s", "offered/s",
            "pipeline", "events", rateColumn, "p50", "p90", "p99", "p99.9", "p99.99", "max", "signals", "svc50", "svc99",
            "svc99.9", "svcmax");
    }

    private static void print(final RunResult r) {
        final Histogram h = r.latency();
        final StringBuilder sb = new StringBuilder(160);
        sb.append(String.format(Locale.ROOT, "%-9s %-9s %,10d %,11.0f", r.offeredRate() > 0
            ? String.format(Locale.ROOT, "%,.0f", r.offeredRate()) : "max", r.pipeline(), r.events(),
            r.eventsPerSecond()));
        for (final double p : PERCENTILES) {
            sb.append(String.format(Locale.ROOT, " %8.2f", h.getValueAtPercentile(p) / 1e3));
        }
        sb.append(String.format(Locale.ROOT, " %9.1f %,8d", h.getMaxValue() / 1e3, r.signals()));
        final Histogram s = r.serviceTime();
        sb.append(String.format(Locale.ROOT, " %8.2f %8.2f %8.2f %9.1f", s.getValueAtPercentile(50) / 1e3,
            s.getValueAtPercentile(99) / 1e3, s.getValueAtPercentile(99.9) / 1e3, s.getMaxValue() / 1e3));
        if (r.errors() != 0) {
            sb.append("  handler errors: ").append(r.errors());
        }
        OUT.println(sb);
    }

    private Path newDir(final String kind) {
        try {
            return Files.createTempDirectory(root, kind + "-");
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(final Path dir) {
        try {
            BenchDirs.delete(dir);
        } catch (final UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
