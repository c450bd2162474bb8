package io.strikeiq.app;

import io.strikeiq.api.SignalFormatter;
import io.strikeiq.api.SignalSubscriber;
import io.strikeiq.api.StartPosition;
import io.strikeiq.instrument.InstrumentDirectory;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.QueueEnd;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code strikeiq tail --journal DIR}: prints one readable line per signal of an output journal
 * as it arrives, the way a colocated process would see them (it uses the same subscriber API).
 * Following, "nothing yet" is just waited on (a writer may be inside a record). With
 * {@code --no-follow} it checks how the journal ends once caught up: clean is exit 0, a killed
 * writer's unfinished last record is a warning line and exit 0, damage is one line and exit 1.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Print one readable line per signal of a journal's output queue as it arrives.")
final class TailCommand implements Callable<Integer> {
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "Journal folder (holds input/ and output/).")
    Path journal;

    @Option(names = "--from", paramLabel = "start|end|INDEX", defaultValue = "start",
        description = "Where to begin: start, end (only new signals), or the #INDEX a previous tail printed. Default: ${DEFAULT-VALUE}.")
    String from;

    @Option(names = "--name", paramLabel = "NAME",
        description = "Restartable subscriber name: resume after the last signal printed under this name (position kept in DIR/subscribers/).")
    String name;

    @Option(names = "--follow", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Keep waiting for new signals (default); --no-follow exits once caught up.")
    boolean follow;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Stop after N signals (0 = no limit).")
    long limit;

    private volatile boolean stop;

    @Override
    public Integer call() {
        JournalLayout.requireCurrentLayout(journal);
        JournalLayout.requireQueue(JournalLayout.signalsQueue(journal));
        final Map<Integer, String> names = underlyingNames();
        final SignalFormatter formatter = new SignalFormatter(id -> names.get(id));
        final StringBuilder line = new StringBuilder(160);
        final PrintStream out = System.out;
        final long[] printed = {0};
        final Thread main = Thread.currentThread();
        final Thread hook = new Thread(() -> {
            stop = true;
            LockSupport.unpark(main);
        }, "strikeiq-tail-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (SignalSubscriber subscriber = open()) {
            while (!stop) {
                final int budget = limit > 0 ? (int) Math.min(1024, limit - printed[0]) : 1024;
                final int n = subscriber.poll((index, signal) -> {
                    out.println(formatter.format(index, signal, line));
                    printed[0]++;
                }, budget);
                if (limit > 0 && printed[0] >= limit) {
                    break;
                }
                if (n == 0) {
                    if (!follow) {
                        final QueueEnd.State end = subscriber.checkEnd();
                        if (end == QueueEnd.State.MORE) {
                            continue;
                        }
                        if (end == QueueEnd.State.UNFINISHED) {
                            out.flush();
                            System.err.println("strikeiq tail: warning: " + subscriber.unfinishedWarning());
                        }
                        break;
                    }
                    out.flush();
                    LockSupport.parkNanos(1_000_000L);
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (final IllegalStateException shuttingDown) {
                // The JVM is already exiting because of Ctrl-C; nothing to undo.
            }
        }
        out.flush();
        return 0;
    }

    private SignalSubscriber open() {
        final String f = from.toLowerCase(Locale.ROOT);
        if (name != null) {
            if (!f.equals("start") && !f.equals("end")) {
                throw new UserError("--name resumes from its saved position; --from may only be start or end (where a new name begins)");
            }
            try {
                return SignalSubscriber.named(journal, name, journal.resolve("subscribers"),
                    f.equals("end") ? StartPosition.END : StartPosition.START);
            } catch (final IllegalStateException e) {
                // Name already live, or its saved position no longer in the journal: the user's call.
                throw new UserError(e.getMessage());
            }
        }
        switch (f) {
            case "start":
                return SignalSubscriber.fromStart(journal);
            case "end":
                return SignalSubscriber.fromEnd(journal);
            default:
                final long index;
                try {
                    index = Long.parseLong(from);
                } catch (final NumberFormatException e) {
                    throw new UserError("--from must be start, end or a record index printed by tail, got '" + from + "'");
                }
                return SignalSubscriber.fromIndex(journal, index);
        }
    }

    /** Underlying id → symbol from the journal's instrument registry (absent: ids are printed). */
    private Map<Integer, String> underlyingNames() {
        final Map<Integer, String> names = new HashMap<>();
        final Path file = JournalLayout.instrumentsFile(journal);
        if (!Files.exists(file)) {
            return names;
        }
        try (InstrumentDirectory dir = InstrumentDirectory.openReadOnly(file)) {
            // Ids are small dense ints chosen by the feeds: scan until every defined one was seen.
            int found = 0;
            for (int id = 0; found < dir.size() && id < 1 << 22; id++) {
                if (dir.contains(id)) {
                    names.put(id, dir.symbol(id));
                    found++;
                }
            }
            return names;
        } catch (final NoSuchFileException e) {
            return names;
        }
    }
}
