package io.strikeiq.app;

import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.JournalLock;
import io.strikeiq.pipeline.Preset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strikeiq replay --input DIR --out DIR2}: runs a recorded input journal through the same
 * pipeline on event time. With the same configuration the output journal is identical to the
 * recorded run's, record for record ({@code strikeiq verify DIR DIR2}).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Run a recorded input journal through the pipeline into a new journal folder.")
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Mixin
    MetricsOptions metricsOptions;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Journal folder whose input/ queue is replayed.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR2", description = "Journal folder to write (must be empty unless --force; never the --input folder, inside it or around it).")
    Path out;

    @Option(names = "--force", description = "Delete the output folder's contents first if it is not empty.")
    boolean force;

    @Override
    public Integer call() {
        final AppConfig config = options.load();
        final Preset preset = options.preset(config);
        JournalLayout.requireQueue(JournalLayout.inputQueue(input));
        try (MetricsServer metrics = metricsOptions.start("replay")) {
            // Never writes over, deletes or nests in the journal it reads: --out outside --input, real paths compared.
            final JournalLock lock = JournalFolder.prepare(out, force, "strikeiq replay", List.of(input));
            System.out.printf("StrikeIQ replay: %s -> %s%n", input, out);
            final InputJournalReader reader = InputJournalReader.open(input);
            JournaledRun.execute(RunSpec.single(out, preset, 0, 0), lock, config, reader, System.err, metrics, false,
                report -> RunSummary.print(System.out, report, out));
            if (reader.endWarning() != null) {
                // A killed writer's journal: its complete records were replayed; the unfinished one never happened.
                System.err.println("strikeiq replay: warning: " + reader.endWarning());
            }
        }
        return 0;
    }
}
