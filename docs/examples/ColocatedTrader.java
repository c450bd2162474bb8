/*
 * A colocated trading process tailing StrikeIQ signals (single-file source program).
 *
 * Run from the repository root after building the app module:
 *   java @engine-app/target/jvm.options -cp "engine-app/target/lib/*:engine-app/target/strikeiq.jar" \
 *       docs/examples/ColocatedTrader.java DIR [NAME]
 *
 * DIR is an engine journal directory (the one holding signals/). With NAME the subscriber is
 * restartable: it remembers what it consumed in DIR/../subscribers/NAME.position, so stopping
 * it (Ctrl-C) and starting it again continues where it left off. Without NAME it starts at the
 * end and prints only new signals.
 */

import io.strikeiq.api.SignalFormatter;
import io.strikeiq.api.SignalHandler;
import io.strikeiq.api.SignalSubscriber;
import io.strikeiq.api.StartPosition;
import io.strikeiq.sbe.SignalDecoder;
import io.strikeiq.signal.SignalType;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

public final class ColocatedTrader {
    public static void main(final String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ColocatedTrader.java JOURNAL_DIR [SUBSCRIBER_NAME]");
            System.exit(2);
        }
        final Path journalDir = Path.of(args[0]);
        final AtomicBoolean running = new AtomicBoolean(true);
        final CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C / SIGTERM: stop polling, let main close the subscriber cleanly, then exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.set(false);
            try {
                stopped.await(2, TimeUnit.SECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));

        // Hot path: react to the flyweight without allocating. Here we only count PCR_HIGH
        // signals and remember the strongest; a real trader would update its quotes.
        final long[] pcrHigh = {0};
        final double[] strongest = {0};
        final SignalFormatter formatter = new SignalFormatter(id -> id == 1 ? "NIFTY" : null);
        final StringBuilder line = new StringBuilder(160);
        final SignalHandler handler = (index, signal) -> {
            if (signal.signalType() == SignalType.PCR_HIGH) {
                pcrHigh[0]++;
                strongest[0] = Math.max(strongest[0], signal.strength());
            }
            // Printing allocates: fine for a demo, keep it off a real hot path.
            System.out.println(formatter.format(index, signal, line));
        };

        try (SignalSubscriber subscriber = args.length > 1
            ? SignalSubscriber.named(journalDir, args[1], journalDir.toAbsolutePath().getParent().resolve("subscribers"), StartPosition.START)
            : SignalSubscriber.fromEnd(journalDir)) {
            while (running.get()) {
                if (subscriber.poll(handler, 256) == 0) {
                    LockSupport.parkNanos(50_000); // idle: back off 50 us; busy-spin if you own a core
                }
            }
            System.err.println("stopped after record index " + subscriber.lastConsumedIndex()
                + "; PCR_HIGH seen: " + pcrHigh[0] + ", strongest " + strongest[0]);
        } finally {
            stopped.countDown();
        }
    }

    private ColocatedTrader() {
    }
}
