package io.strikeiq.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Prints a {@link RunReport} for a person: counts, throughput, latency percentiles, metrics. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(final PrintStream out, final RunReport r, final Path journalDir) {
        out.printf(Locale.ROOT, "  preset           %s (%s)%n", r.preset().label(), r.preset().description());
        out.printf(Locale.ROOT, "  events           %,d published, %,d journaled%s%n", r.events(), r.journaled(),
            r.stoppedEarly() ? "  (stopped by signal; ring drained, journals closed)" : "");
        out.printf(Locale.ROOT, "  signals          %,d%s%n", r.signals(), r.signalsByType().isEmpty() ? "" : "  (" + String.join(", ", r.signalsByType()) + ")");
        out.printf(Locale.ROOT, "  throughput       %,.0f events/s  (%.3f s wall clock)%n", r.eventsPerSecond(), r.elapsedNanos() / 1e9);
        final Histogram h = r.latency();
        if (h.getTotalCount() > 0) {
            out.printf(Locale.ROOT, "  tick-to-publish  p50 %s  p99 %s  p99.9 %s  max %s  (%,d samples; %s)%n",
                micros(h.getValueAtPercentile(50)), micros(h.getValueAtPercentile(99)),
                micros(h.getValueAtPercentile(99.9)), micros(h.getMaxValue()), h.getTotalCount(),
                r.paced() ? "paced: measured from each event's intended send time"
                          : "as fast as possible: includes time queued in the ring; see docs/BENCHMARKS.md for fixed rates");
        }
        out.printf(Locale.ROOT, "  handler errors   %s%n", r.errors().isEmpty() ? "0" : "\n" + r.errors().trim());
        out.printf(Locale.ROOT, "  journals         %s/input  %s/output  %s/instruments.cmap%n", journalDir, journalDir, journalDir);
        if (!r.metrics().isEmpty()) {
            out.println("  latest metrics");
            for (final String line : r.metrics()) {
                out.println("    " + line);
            }
        }
    }

    private static String micros(final long nanos) {
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f us", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}
