package io.strikeiq.app;

import io.strikeiq.event.EventSource;
import io.strikeiq.feeds.chain.ChainFileSource;
import io.strikeiq.feeds.dbn.DbnEventSource;
import io.strikeiq.journal.JournalLock;
import io.strikeiq.pipeline.Preset;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strikeiq run --feed synthetic|dbn:FILE[,FILE...]|chain:PATH[,PATH...] --journal DIR [--pace max|1x|10x]
 * [--instruments FILE] [--lot-size U=N] [--expiry U=DATE]}: runs the
 * engine on a feed, journaling input and output into DIR, until the feed ends, {@code --events} is
 * reached or SIGTERM. A DBN feed shows a progress bar per file and ends with one ingest-run line per
 * file, read back from the IngestRun records the futures engine wrote (from the feed's journaled
 * IngestFile events, so a replay writes them again); it exits 0 only when every file ended OK, else 1
 * with a line naming the files that did not (a SIGTERM / Ctrl-C stop exits 143 / 130, as the JVM does).
 * A chain feed ({@link ChainFeed}) does the same with its own ingest lines ({@link ChainIngestSummary}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the engine on a feed, journaling input and output into a folder.")
final class RunCommand implements Callable<Integer> {
    /** Largest offered rate accepted, events/s (the same bound as feed.rate). */
    static final double MAX_RATE = 1e9;

    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metricsOptions;

    @Option(names = "--feed", required = true, paramLabel = "FEED", description = "Event source: " + Feeds.AVAILABLE + ".")
    String feed;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "Journal folder to create (must be empty unless --force).")
    Path journal;

    @Option(names = "--events", paramLabel = "N", description = "Stop after N events (default: until the feed ends or SIGTERM).")
    Long events;

    @Option(names = "--rate", paramLabel = "R", description = "Offered rate in events/s (default: feed.rate from the config; 0 = as fast as possible).")
    Double rate;

    @Option(names = "--pace", paramLabel = "PACE", description = "File feeds: max (default), 1x (event time in real time), 10x ...")
    String pace;

    @Option(names = "--instruments", paramLabel = "FILE", description = "Chain feed: Upstox instrument master JSON (lot size and expiry of the contracts it lists).")
    Path instruments;

    @Option(names = "--lot-size", paramLabel = "U=N", description = "Chain feed: lot size of an underlying's contracts the master does not list, e.g. NIFTY=50 (repeatable).")
    List<String> lotSizes = new ArrayList<>();

    @Option(names = "--expiry", paramLabel = "U=DATE", description = "Chain feed: an expiry date for files that record none (NSE CSV, Groww), e.g. NIFTY=2019-07-25; each snapshot takes the nearest on or after its date (repeatable).")
    List<String> expiries = new ArrayList<>();

    @Option(names = "--force", description = "Delete the journal folder's contents first if it is not empty.")
    boolean force;

    @Override
    public Integer call() {
        final AppConfig config = options.load();
        final Preset preset = options.preset(config);
        // feed.rate is range-checked by the config; the flags are checked here, NaN and Infinity included.
        if (rate != null && !(rate >= 0 && rate <= MAX_RATE)) {
            throw options.usage("--rate must be a number from 0 to " + (long) MAX_RATE + " events/s (0 = as fast as possible), got " + rate);
        }
        final double r = rate != null ? rate : config.getDouble("feed.rate");
        if (events != null && events < 0) {
            throw options.usage("--events must not be negative, got " + events);
        }
        final boolean chain = feed.startsWith(ChainFeed.PREFIX);
        if (!"synthetic".equals(feed) && !feed.startsWith("dbn:") && !chain) {
            throw options.usage("--feed must be " + Feeds.AVAILABLE + ", got '" + feed + "'");
        }
        final double paceFactor;
        try {
            paceFactor = Feeds.pace(pace);
        } catch (final UserError e) {
            throw options.usage(e.getMessage());
        }
        if (chain && paceFactor != 0) {
            throw options.usage("--pace applies to dbn: feeds; a chain: feed replays as fast as the engine takes it");
        }
        if (!chain && (instruments != null || !lotSizes.isEmpty() || !expiries.isEmpty())) {
            throw options.usage("--instruments, --lot-size and --expiry apply to chain: feeds only");
        }
        try (MetricsServer metrics = metricsOptions.start("run")) {
            final EventSource source = chain ? ChainFeed.open(feed.substring(ChainFeed.PREFIX.length()), instruments, lotSizes,
                expiries) : Feeds.open(feed, config, paceFactor);
            final JournalLock lock = JournalFolder.prepare(journal, force, "strikeiq run", JournalFolder.inputsOf(source));
            System.out.printf("StrikeIQ run: feed %s -> %s (Ctrl-C or SIGTERM stops cleanly)%n", feed, journal);
            final DbnEventSource dbn = source instanceof DbnEventSource d ? d : null;
            final ChainFileSource chains = source instanceof ChainFileSource c ? c : null;
            final RunSpec single = RunSpec.single(journal, preset, events == null ? 0 : events, r);
            final RunSpec spec = dbn == null && chains == null ? single : new RunSpec(journal, preset, single.phases(), false);
            final Thread progress = dbn != null ? startProgressBar(dbn, System.err)
                : chains != null ? ChainIngestSummary.startProgressBar(chains, System.err) : null;
            final IngestSummary[] ingest = new IngestSummary[1];
            final boolean[] chainsOk = {true};
            try {
                JournaledRun.execute(spec, lock, config, source, System.err, metrics, false, report -> {
                    if (progress != null) {
                        progress.interrupt();
                    }
                    RunSummary.print(System.out, report, journal);
                    if (dbn != null) {
                        ingest[0] = IngestSummary.read(journal, dbn);
                        ingest[0].print(System.out);
                        if (!ingest[0].allOk()) {
                            // Printed here, not after: a SIGTERM exit (143) never returns to the caller.
                            System.err.println("strikeiq run: " + ingest[0].incomplete());
                        }
                    }
                    if (chains != null) {
                        ChainIngestSummary.print(chains, System.out, System.err);
                        chainsOk[0] = ChainIngestSummary.allOk(chains);
                    }
                });
            } finally {
                if (progress != null) {
                    progress.interrupt();
                }
            }
            // A DBN run succeeds only when every file was read to its end: FAILED, INTERRUPTED (--events)
            // or NOT READ files make it exit 1 (bars read before a failure stay in the journal).
            return (ingest[0] == null || ingest[0].allOk()) && chainsOk[0] ? 0 : 1;
        }
    }

    // ---- DBN ingest: progress bar

    private static Thread startProgressBar(final DbnEventSource source, final PrintStream err) {
        final Thread t = new Thread(() -> {
            final long start = System.nanoTime();
            try {
                while (true) {
                    Thread.sleep(1_000);
                    final int f = source.fileIndex();
                    if (f < 0) {
                        continue;
                    }
                    final double p = source.fileProgress();
                    final int filled = Double.isNaN(p) ? 0 : (int) Math.round(p * 30);
                    final double secs = (System.nanoTime() - start) / 1e9;
                    err.printf(Locale.ROOT, "\r  [%s%s] %s file %d/%d %s  %,d bars  %,.0f bars/s   ",
                        "#".repeat(filled), ".".repeat(30 - filled), Double.isNaN(p) ? "  ?%" : String.format(Locale.ROOT,
                            "%3.0f%%", p * 100), f + 1, source.fileCount(), source.file(f).getFileName(),
                        source.barsEmitted(), source.barsEmitted() / secs);
                }
            } catch (final InterruptedException done) {
                err.println();
                Thread.currentThread().interrupt();
            }
        }, "strikeiq-dbn-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
