package io.strikeiq.app;

import io.strikeiq.journal.JournalLock;
import io.strikeiq.persistence.DatabaseUnavailableException;
import io.strikeiq.persistence.TableSizes;
import io.strikeiq.pipeline.Preset;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strikeiq demo}: a bounded run of the synthetic NIFTY market through the whole pipeline
 * with journals under {@code ./data/demo}, then a summary and the commands to try next.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the synthetic NIFTY market through the engine (journals in ./data/demo) and summarise.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metricsOptions;

    @Option(names = "--events", paramLabel = "N",
        description = "Events in the throughput phase (default: demo.events, 2,000,000); a latency phase of demo.latency-events follows.")
    Long events;

    @Option(names = "--journal", paramLabel = "DIR",
        description = "Journal folder (default: demo.journal, ./data/demo); wiped first if it is a StrikeIQ journal, else refused.")
    Path journal;

    @Option(names = "--force", description = "Delete the journal folder's contents first even if it is not a StrikeIQ journal.")
    boolean force;

    @Override
    public Integer call() {
        final AppConfig config = options.load();
        final Preset preset = options.preset(config);
        final long n = events != null ? events : config.getLong("demo.events");
        if (n <= 0) {
            throw options.usage("--events must be positive");
        }
        final Path dir = journal != null ? journal : Paths.get(config.get("demo.journal"));
        final long latencyEvents = config.getLong("demo.latency-events");
        final double latencyRate = config.getDouble("demo.latency-rate");
        final List<RunPhase> phases = new ArrayList<>();
        phases.add(new RunPhase("throughput", n, config.getDouble("feed.rate")));
        if (latencyEvents > 0) {
            phases.add(new RunPhase("latency", latencyEvents, latencyRate));
        }
        System.out.printf("StrikeIQ demo: synthetic NIFTY market (seed %d) -> %s (a journal there is wiped first)%n", config.getLong("synthetic.seed"), dir);
        System.out.printf("  %,d events as fast as the pipeline takes them, then %,d more offered at %,.0f/s to measure latency%n",
            n, latencyEvents, latencyRate);
        try (MetricsServer metrics = metricsOptions.start("demo")) {
            final JournalLock lock = JournalFolder.prepareReusingJournal(dir, force, "strikeiq demo");
            // Service time always: the summary shows the engine's own work beside the latency.
            JournaledRun.execute(new RunSpec(dir, preset, phases, true), lock, config,
                Feeds.open("synthetic", config), System.err, metrics, true,
                report -> RunSummary.print(System.out, report, dir));
            if (config.getBoolean("demo.drain")) {
                drain(dir, config, metrics);
            }
        }
        final Path replay = Paths.get(dir + "-replay");
        System.out.println();
        System.out.println("Try next:");
        System.out.println("  ./strikeiq tail --journal " + dir + " --from start --no-follow   # every signal, one line each");
        System.out.println("  ./strikeiq replay --input " + dir + " --out " + replay + " --force   # same input, same pipeline");
        System.out.println("  ./strikeiq verify " + dir + " " + replay + "                       # identical output, record by record");
        if (config.getBoolean("demo.drain")) {
            System.out.println("  ./strikeiq query signals --journal " + dir + " --limit 20        # stored signals, via jOOQ");
            System.out.println("  ./strikeiq query sizes --journal " + dir + "                    # rows and size per table");
        }
        return 0;
    }

    /** Drains the demo's journal into the embedded PostgreSQL (or db.url) and prints row counts per table. */
    private static void drain(final Path dir, final AppConfig config, final MetricsServer metrics) {
        System.out.println();
        final long start = System.nanoTime();
        try (DatabaseChoice db = DatabaseChoice.open(null, config, dir, false, System.getenv())) {
            final Map<String, Long> inserted = DrainCommand.run(dir, db, config, "demo", false, metrics);
            System.out.printf("Drained into %s in %.1f s:%n", db.describe(), (System.nanoTime() - start) / 1e9);
            DrainCommand.printCounts(System.out, inserted, TableSizes.rowCounts(db.target()));
        } catch (final DatabaseUnavailableException e) {
            throw new UserError(e.getMessage());
        }
    }
}
