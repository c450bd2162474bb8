package io.strikeiq.app;

import io.strikeiq.event.EventSource;
import io.strikeiq.pipeline.Preset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strikeiq run --feed synthetic --journal DIR}: runs the engine on a feed, journaling
 * input and output into DIR, until the feed ends, {@code --events} is reached or SIGTERM.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the engine on a feed, journaling input and output into a folder.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--feed", required = true, paramLabel = "FEED", description = "Event source: " + Feeds.AVAILABLE + ".")
    String feed;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "Journal folder to create (must be empty unless --force).")
    Path journal;

    @Option(names = "--events", paramLabel = "N", description = "Stop after N events (default: until the feed ends or SIGTERM).")
    Long events;

    @Option(names = "--rate", paramLabel = "R", description = "Offered rate in events/s (default: feed.rate from the config; 0 = as fast as possible).")
    Double rate;

    @Option(names = "--force", description = "Delete the journal folder's contents first if it is not empty.")
    boolean force;

    @Override
    public Integer call() {
        final AppConfig config = options.load();
        final Preset preset = options.preset(config);
        final double r = rate != null ? rate : config.getDouble("feed.rate");
        if (r < 0 || (events != null && events < 0)) {
            throw options.usage("--rate and --events must not be negative");
        }
        final EventSource source = Feeds.open(feed, config);
        JournalFolder.prepare(journal, force, "--force");
        System.out.printf("StrikeIQ run: feed %s -> %s (Ctrl-C or SIGTERM stops cleanly)%n", feed, journal);
        JournaledRun.execute(RunSpec.single(journal, preset, events == null ? 0 : events, r),
            config, source, System.err,
            report -> RunSummary.print(System.out, report, journal));
        return 0;
    }
}
