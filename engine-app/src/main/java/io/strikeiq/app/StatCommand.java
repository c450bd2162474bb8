package io.strikeiq.app;

import io.strikeiq.counters.CountersFileException;
import io.strikeiq.counters.CountersView;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code strikeiq stat --journal DIR [--watch]}: prints the counters and the distinct errors of
 * a journal folder's {@code DIR/counters} file, from another process while the engine runs (or
 * the last values of a stopped run). One line per counter, label and value; then one line per
 * distinct error (observations, first and last time, the exception's first line). With
 * {@code --watch} it prints a fresh reading every second until interrupted. A folder without a
 * counters file is one line and exit 1.
 */
@Command(name = "stat", mixinStandardHelpOptions = true,
    description = "Print a journal folder's engine counters and distinct errors (readable while the engine runs).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "1:no (readable) counters file in the folder", "2:usage error"})
final class StatCommand implements Callable<Integer> {
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "Journal folder (holds DIR/counters).")
    Path journal;

    @Option(names = "--watch", description = "Print a fresh reading every second until Ctrl-C.")
    boolean watch;

    @Override
    public Integer call() throws InterruptedException {
        final PrintStream out = System.out;
        print(read(), out);
        while (watch) {
            Thread.sleep(1_000);
            out.println();
            print(read(), out);
        }
        return 0;
    }

    private CountersView read() {
        try {
            return CountersView.read(journal);
        } catch (final CountersFileException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void print(final CountersView view, final PrintStream out) {
        out.printf(Locale.ROOT, "counters of %s (engine pid %d, run started %s, read %s)%n", journal, view.writerPid(),
            Instant.ofEpochMilli(view.startMillis()), Instant.now());
        int width = 0;
        for (final CountersView.Counter c : view.counters()) {
            width = Math.max(width, c.label().length());
        }
        for (final CountersView.Counter c : view.counters()) {
            out.printf(Locale.ROOT, "%-" + width + "s %,20d%n", c.label(), c.value());
        }
        out.printf(Locale.ROOT, "distinct errors: %d%n", view.errors().size());
        for (final CountersView.ErrorEntry e : view.errors()) {
            out.printf(Locale.ROOT, "  %,d x  first %s  last %s  %s%n", e.observations(), Instant.ofEpochMilli(e.firstMillis()),
                Instant.ofEpochMilli(e.lastMillis()), e.firstLine());
        }
        out.flush();
    }
}
