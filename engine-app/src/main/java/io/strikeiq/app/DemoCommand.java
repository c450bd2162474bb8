package io.strikeiq.app;

import io.strikeiq.pipeline.Preset;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code strikeiq demo}: a bounded run of the synthetic NIFTY market through the whole pipeline
 * with journals under {@code ./data/demo}, then a summary and the commands to try next.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the synthetic NIFTY market through the engine (journals in ./data/demo) and summarise.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--events", paramLabel = "N", description = "Events to run (default: demo.events from the config, 2,000,000).")
    Long events;

    @Option(names = "--journal", paramLabel = "DIR", description = "Journal folder (default: demo.journal, ./data/demo); wiped first.")
    Path journal;

    @Override
    public Integer call() {
        final AppConfig config = configOptions.load();
        final Preset preset = pipelineOptions.resolve(config, spec.commandLine());
        final long n = events != null ? events : config.getLong("demo.events");
        if (n <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--events must be positive");
        }
        final Path dir = journal != null ? journal : Paths.get(config.get("demo.journal"));
        final double rate = config.getDouble("feed.rate");
        System.out.printf("StrikeIQ demo: %,d events of the synthetic NIFTY market (seed %d) -> %s (wiped first)%n",
            n, config.getLong("synthetic.seed"), dir);
        JournalFolder.prepare(dir, true, "");
        JournaledRun.execute(new RunSpec(dir, preset, n, rate, true), config,
            Feeds.open("synthetic", config), System.err,
            report -> RunSummary.print(System.out, report, dir));
        final Path replay = Paths.get(dir + "-replay");
        System.out.println();
        System.out.println("Try next:");
        System.out.println("  ./strikeiq tail --journal " + dir + " --from start --no-follow   # every signal, one line each");
        System.out.println("  ./strikeiq replay --input " + dir + " --out " + replay + " --force   # same input, same pipeline");
        System.out.println("  ./strikeiq verify " + dir + " " + replay + "                       # identical output, record by record");
        return 0;
    }
}
