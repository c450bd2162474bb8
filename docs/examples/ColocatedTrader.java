/*
 * A colocated trading process tailing StrikeIQ signals (single-file source program).
 *
 * Run from the repository root after building the app module:
 *   java @engine-app/target/jvm.options -cp "engine-app/target/lib/*:engine-app/target/strikeiq.jar" \
 *       docs/examples/ColocatedTrader.java DIR [NAME] [--no-follow]
 *
 * DIR is an engine journal directory (the one holding signals/). With NAME the subscriber is
 * restartable: it remembers what it consumed in DIR/../subscribers/NAME.position, so stopping
 * it (Ctrl-C) and starting it again continues where it left off. Without NAME it starts at the
 * end and prints only new signals. With --no-follow it stops once it has caught up instead of
 * waiting for new signals. Each signal family is its own SBE message (docs/SUBSCRIBER.md): the
 * header fields are on the view, a family's typed values come from its generated decoder.
 * ColocatedTraderExampleTest compiles and runs this file.
 */

import io.strikeiq.api.SignalFormatter;
import io.strikeiq.api.SignalHandler;
import io.strikeiq.api.SignalSubscriber;
import io.strikeiq.api.StartPosition;
import io.strikeiq.sbe.PcrThresholdSignalDecoder;
import io.strikeiq.signal.SignalType;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

public final class ColocatedTrader {
    public static void main(final String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ColocatedTrader.java JOURNAL_DIR [SUBSCRIBER_NAME] [--no-follow]");
            System.exit(2);
        }
        final Path journalDir = Path.of(args[0]);
        final boolean follow = !args[args.length - 1].equals("--no-follow");
        final String name = args.length > 1 && !args[1].equals("--no-follow") ? args[1] : null;
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
        // signals and remember the strongest and the highest PCR (a typed value of the
        // PCR_THRESHOLD family, read through its generated decoder); a real trader would update its quotes.
        final long[] pcrHigh = {0};
        final double[] strongest = {0};
        final double[] highestPcr = {Double.NaN};
        final PcrThresholdSignalDecoder pcr = new PcrThresholdSignalDecoder();
        final SignalFormatter formatter = new SignalFormatter(id -> id == 1 ? "NIFTY" : null);
        final StringBuilder line = new StringBuilder(160);
        final SignalHandler handler = (index, signal) -> {
            if (signal.signalType() == SignalType.PCR_HIGH) {
                pcrHigh[0]++;
                strongest[0] = Math.max(strongest[0], signal.strength());
                final double ratio = signal.wrap(pcr).pcr();
                highestPcr[0] = Double.isNaN(highestPcr[0]) ? ratio : Math.max(highestPcr[0], ratio);
            }
            // Printing allocates: fine for a demo, keep it off a real hot path.
            System.out.println(formatter.format(index, signal, line));
        };

        try (SignalSubscriber subscriber = name != null
            ? SignalSubscriber.named(journalDir, name, journalDir.toAbsolutePath().getParent().resolve("subscribers"), StartPosition.START)
            : SignalSubscriber.fromEnd(journalDir)) {
            while (running.get()) {
                if (subscriber.poll(handler, 256) == 0) {
                    if (!follow) {
                        break; // caught up
                    }
                    LockSupport.parkNanos(50_000); // idle: back off 50 us; busy-spin if you own a core
                }
            }
            System.err.println("stopped after record index " + subscriber.lastConsumedIndex()
                + "; PCR_HIGH seen: " + pcrHigh[0] + ", strongest " + strongest[0] + ", highest PCR " + highestPcr[0]);
        } finally {
            stopped.countDown();
        }
    }

    private ColocatedTrader() {
    }
}
