package io.strikeiq.app;

import io.strikeiq.api.SignalSubscriber;
import java.nio.file.Paths;

/**
 * The main class of a "colocated trading process" for {@link ChronicleAnalyticsOffTest}: it
 * uses nothing of StrikeIQ but {@link SignalSubscriber}, as a client would, reads every signal
 * of the journal given as its argument and prints what the test checks.
 */
final class ColocatedSubscriberProbe {
    private ColocatedSubscriberProbe() {
    }

    public static void main(final String[] args) {
        long signals = 0;
        try (SignalSubscriber subscriber = SignalSubscriber.fromStart(Paths.get(args[0]))) {
            int n;
            while ((n = subscriber.poll((index, signal) -> { }, 1_000)) > 0) {
                signals += n;
            }
        }
        System.out.println("signals=" + signals);
        System.out.println("chronicle.analytics.disable=" + System.getProperty("chronicle.analytics.disable"));
    }
}
