package io.strikeiq.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Prints a {@link RunReport} for a person: counts, throughput, latency and service-time percentiles, metrics. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(final PrintStream out, final RunReport r, final Path journalDir) {
        out.printf(Locale.ROOT, "  preset           %s (%s)%n", r.preset().label(), r.preset().description());
        out.printf(Locale.ROOT, "  events           %,d published, %,d journaled%s%n", r.events(), r.journaled(),
            r.failure() != null ? "  (HALTED: a journal could not be written)" : r.stoppedEarly() ? "  (stopped by signal; ring drained, journals closed)" : "");
        if (r.failure() != null) {
            out.printf(Locale.ROOT, "  failure          %s%n", r.failure());
        }
        out.printf(Locale.ROOT, "  signals          %,d%s%n", r.signals(), r.signalsByType().isEmpty() ? "" : "  (" + String.join(", ", r.signalsByType()) + ")");
        out.printf(Locale.ROOT, "  records          %,d  (snapshots, bars, biases ... in %s/records)%n", r.records(), journalDir);
        for (final PhaseResult p : r.phases()) {
            final String label = r.phases().size() > 1 ? p.phase().name() + ": " : "";
            final String offered = p.phase().ratePerSecond() > 0
                ? String.format(Locale.ROOT, "offered %,.0f/s", p.phase().ratePerSecond()) : "as fast as possible";
            out.printf(Locale.ROOT, "  %-16s %s%,d events in %.3f s = %,.0f events/s (%s)%n",
                r.phases().size() > 1 ? "phase" : "throughput", label, p.events(), p.elapsedNanos() / 1e9,
                p.eventsPerSecond(), offered);
            final Histogram h = p.latency();
            if (h.getTotalCount() > 0) {
                out.printf(Locale.ROOT, "  %-16s p50 %s  p99 %s  p99.9 %s  max %s  (%,d samples; %s)%n", "tick-to-publish",
                    micros(h.getValueAtPercentile(50)), micros(h.getValueAtPercentile(99)),
                    micros(h.getValueAtPercentile(99.9)), micros(h.getMaxValue()), h.getTotalCount(),
                    p.phase().ratePerSecond() > 0 ? "from each event's intended send time: coordinated-omission corrected"
                        : "saturated ring: this is mostly queueing time");
            }
            final Histogram s = p.serviceTime();
            if (s != null && s.getTotalCount() > 0) {
                out.printf(Locale.ROOT, "  %-16s p50 %s  p99 %s  p99.9 %s  max %s  (%,d events; analytics stage work only, no queueing)%n",
                    "service time", micros(s.getValueAtPercentile(50)), micros(s.getValueAtPercentile(99)),
                    micros(s.getValueAtPercentile(99.9)), micros(s.getMaxValue()), s.getTotalCount());
            }
        }
        out.printf(Locale.ROOT, "  handler errors   %s%n", r.errors().isEmpty() ? "0" : "\n" + r.errors().trim());
        out.printf(Locale.ROOT, "  journals         %s/input  %s/signals  %s/records  %s/instruments.cmap%n", journalDir, journalDir,
            journalDir, journalDir);
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
