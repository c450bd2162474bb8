package io.strikeiq.bench.cost;

import io.strikeiq.bench.EventTape;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.wiring.EngineSettings;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The engine's own cost per input event, separated from the machine's noise: one recorded
 * synthetic market (an {@link EventTape}) run through the real analytics path ({@link StagePass})
 * single-threaded, {@code R} times over the same events on fresh state each time, after
 * warm-up passes for the JIT (by default over the same tape with event time stretched 100x, so that
 * every periodic job has run hundreds of times and the JIT has compiled it). Each event's analytics time is recorded per pass; its <b>engine
 * cost</b> is the minimum over the passes, because the work is a pure function of the input and
 * the same in every pass, while descheduling, GC, safepoints and JIT work hit one pass, not all.
 * Prints the distribution of that minimum (p50 … max), the per-pass raw maxima beside it, the
 * top events with what they made the engines do and which piece took the time
 * ({@link BreakdownPass}), a table per event kind, optionally the same minimum by thread CPU
 * time, and the bytes the thread allocated in the second half of each pass.
 *
 * <p>Options: {@code --strikes-each-side N} (default 40: the demo's 2 x 81 strikes),
 * {@code --events N} (default 1,200,000: 120 s of event time), {@code --passes R} (default 9),
 * {@code --warmup W} (default 2), {@code --cpu-passes C} (default 0), {@code --top K} (default 10), {@code --warmup-schedule stretched|dense|default} (default stretched).
 */
public final class EventCostHarness {
    private static final PrintStream OUT = System.out;
    private static final long STRETCH = 100;

    private EventCostHarness() {
    }

    public static void main(final String[] args) {
        int strikesEachSide = SyntheticConfig.defaults().strikesEachSide();
        int events = 1_200_000;
        int passes = 9;
        int warmup = 2;
        int cpuPasses = 0;
        int top = 10;
        String warmupSchedule = "stretched";
        for (int i = 0; i + 1 < args.length; i += 2) {
            if ("--warmup-schedule".equals(args[i])) {
                warmupSchedule = args[i + 1];
                continue;
            }
            final int v = Integer.parseInt(args[i + 1].replace("_", ""));
            switch (args[i]) {
                case "--strikes-each-side": strikesEachSide = v; break;
                case "--events": events = v; break;
                case "--passes": passes = v; break;
                case "--warmup": warmup = v; break;
                case "--cpu-passes": cpuPasses = v; break;
                case "--top": top = v; break;
                default:
                    System.err.println("unknown option " + args[i] + "; usage: EventCostHarness [--strikes-each-side 40]"
                        + " [--events 1200000] [--passes 9] [--warmup 2] [--cpu-passes 0] [--top 10] [--warmup-schedule stretched|dense|default]");
                    System.exit(2);
            }
        }
        final EventTape tape = EventTape.record(
            new SyntheticMarket(SyntheticConfig.defaults().withStrikesEachSide(strikesEachSide)), events);
        final EngineSettings settings = EngineSettings.defaults();
        final int n = tape.size();
        OUT.printf(Locale.ROOT, "StrikeIQ event cost: %,d synthetic NIFTY events (2 expiries x %d strikes, %.1f s of event"
                + " time), %d warm-up + %d measured passes on fresh state, default engine settings%n", n,
            2 * strikesEachSide + 1, tape.spanNanos() / 1e9, warmup, passes);
        OUT.printf(Locale.ROOT, "machine: %d cpus, %s %s; load average (1 min) at start %.2f%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"), load());

        final StagePass pass = new StagePass(tape, settings);
        final long[] sample = new long[n];
        final long t0 = System.nanoTime();
        final StagePass warm;
        final String how;
        switch (warmupSchedule) {
            case "stretched":
                warm = new StagePass(tape, settings, STRETCH);
                how = "the tape's event time stretched " + STRETCH + "x (default settings; every periodic job, the"
                    + " 1-minute closes and 60 s samples included, fires " + STRETCH + "x as often: the JIT has compiled"
                    + " the rare paths)";
                break;
            case "dense":
                warm = new StagePass(tape, dense(settings));
                how = "dense schedules (snapshot every 10 ms, flip and samples every 1 s of event time; minute closes"
                    + " stay once a minute)";
                break;
            case "default":
                warm = pass;
                how = "the default schedules (the rare paths run as seldom as in a session's first minutes: they may"
                    + " still be interpreted)";
                break;
            default:
                throw new IllegalArgumentException("--warmup-schedule stretched|dense|default, not " + warmupSchedule);
        }
        for (int w = 0; w < warmup; w++) {
            warm.run(sample, false);
        }
        OUT.printf(Locale.ROOT, "warm-up: %d passes, %s%n", warmup, how);
        final long[] minWall = new long[n];
        Arrays.fill(minWall, Long.MAX_VALUE);
        OUT.println();
        OUT.println("per pass (raw, wall clock): p50 / p99 / p99.9 / max us, events > 50 us, bytes allocated in the"
            + " second half");
        for (int p = 0; p < passes; p++) {
            pass.run(sample, false);
            int over = 0;
            for (int i = 0; i < n; i++) {
                minWall[i] = Math.min(minWall[i], sample[i]);
                if (sample[i] > 50_000) {
                    over++;
                }
            }
            final long[] sorted = sample.clone();
            Arrays.sort(sorted);
            OUT.printf(Locale.ROOT, "  pass %d: %s   >50us %,d   alloc %,d B%s%n", p + 1, dist(sorted), over,
                pass.allocatedSecondHalf(), pass.errors() != 0 ? "   ENGINE ERRORS " + pass.errors() : "");
        }
        final long[] sortedMin = minWall.clone();
        Arrays.sort(sortedMin);
        OUT.printf(Locale.ROOT, "%nengine cost = per-event minimum over %d passes (wall clock): %s%n", passes,
            dist(sortedMin));
        OUT.printf(Locale.ROOT, "events whose minimum is > 50 us: %,d of %,d%n", countOver(minWall, 50_000), n);

        final int[] topIdx = topIndices(minWall, top);
        final BreakdownPass breakdown = new BreakdownPass(tape, settings, topIdx);
        for (int p = 0; p < Math.max(3, passes / 2); p++) {
            breakdown.run();
        }
        printKinds(minWall, breakdown);
        printTop(minWall, topIdx, breakdown, tape);

        if (cpuPasses > 0) {
            final long[] minCpu = new long[n];
            Arrays.fill(minCpu, Long.MAX_VALUE);
            long rawCpuMax = 0;
            for (int p = 0; p < cpuPasses; p++) {
                pass.run(sample, true);
                for (int i = 0; i < n; i++) {
                    minCpu[i] = Math.min(minCpu[i], sample[i]);
                    rawCpuMax = Math.max(rawCpuMax, sample[i]);
                }
            }
            final long[] sortedCpu = minCpu.clone();
            Arrays.sort(sortedCpu);
            OUT.printf(Locale.ROOT, "%nthread CPU time (ThreadMXBean; each read costs ~%.2f us and is included),"
                    + " per-event minimum over %d passes: %s; raw max of any pass %.1f us%n", cpuReadCost() / 1e3,
                cpuPasses, dist(sortedCpu), rawCpuMax / 1e3);
        }
        OUT.printf(Locale.ROOT, "%ntotal %.1f s, load average (1 min) at end %.2f%n", (System.nanoTime() - t0) / 1e9,
            load());
    }

    private static void printKinds(final long[] minWall, final BreakdownPass b) {
        OUT.printf(Locale.ROOT, "%nengine cost by what the event made the engines do (an event with several is in each"
            + " row):%n");
        for (int bit = 1; bit <= EventKind.LAST; bit <<= 1) {
            printKind(EventKind.name(bit), minWall, b, bit);
        }
        printKind("plain tick", minWall, b, 0);
    }

    /** {@code bit} 0: events with no bit set. */
    private static void printKind(final String name, final long[] minWall, final BreakdownPass b, final int bit) {
        int count = 0;
        for (int i = 0; i < minWall.length; i++) {
            if (bit == 0 ? b.kinds[i] == 0 : (b.kinds[i] & bit) != 0) {
                count++;
            }
        }
        final long[] v = new long[count];
        int j = 0;
        for (int i = 0; i < minWall.length; i++) {
            if (bit == 0 ? b.kinds[i] == 0 : (b.kinds[i] & bit) != 0) {
                v[j++] = minWall[i];
            }
        }
        Arrays.sort(v);
        OUT.printf(Locale.ROOT, "  %-17s n=%,9d  %s%n", name, count, count == 0 ? "-" : dist(v));
    }

    private static void printTop(final long[] minWall, final int[] topIdx, final BreakdownPass b, final EventTape tape) {
        OUT.printf(Locale.ROOT, "%ntop %d events by engine cost (min over passes), with the pieces over 2 us (min over"
            + " the breakdown passes):%n", topIdx.length);
        for (int r = 0; r < topIdx.length; r++) {
            final int i = topIdx[r];
            final StringBuilder pieces = new StringBuilder();
            long sum = 0;
            for (int k = 0; k < b.components(); k++) {
                final long v = b.minNanos(r, k);
                sum += v;
                if (v > 2_000) {
                    pieces.append(String.format(Locale.ROOT, " %s %.1f;", b.name(k), v / 1e3));
                }
            }
            OUT.printf(Locale.ROOT, "  #%-2d event %,9d  t=%8.3f s  %7.1f us  %s%n      pieces (sum %.1f us):%s%n", r + 1,
                i, tape.eventTimeNanos(i) / 1e9 - tape.eventTimeNanos(0) / 1e9, minWall[i] / 1e3,
                EventKind.describe(b.type[i], b.kinds[i], b.resolved[i], b.ivSolves[i]), sum / 1e3, pieces);
        }
    }

    /** The same engines with every periodic job as frequent as it goes, so a warm-up pass compiles the rare paths. */
    private static EngineSettings dense(final EngineSettings s) {
        final long second = 1_000_000_000L;
        return s.withChain(s.chain().toBuilder().sampleNanos(second).flipNanos(second).snapshotNanos(second / 100).build());
    }

    private static int[] topIndices(final long[] v, final int k) {
        final int[] idx = new int[Math.min(k, v.length)];
        Arrays.fill(idx, -1);
        for (int i = 0; i < v.length; i++) {
            for (int r = 0; r < idx.length; r++) {
                if (idx[r] < 0 || v[i] > v[idx[r]]) {
                    System.arraycopy(idx, r, idx, r + 1, idx.length - r - 1);
                    idx[r] = i;
                    break;
                }
            }
        }
        return idx;
    }

    private static int countOver(final long[] v, final long limit) {
        int c = 0;
        for (final long x : v) {
            if (x > limit) {
                c++;
            }
        }
        return c;
    }

    /** p50 / p99 / p99.9 / max of sorted nanoseconds, in microseconds. */
    private static String dist(final long[] sorted) {
        final int n = sorted.length;
        return String.format(Locale.ROOT, "p50 %.2f  p99 %.2f  p99.9 %.2f  max %.1f us", sorted[(int) (0.50 * (n - 1))] / 1e3,
            sorted[(int) Math.ceil(0.99 * (n - 1))] / 1e3, sorted[(int) Math.ceil(0.999 * (n - 1))] / 1e3,
            sorted[n - 1] / 1e3);
    }

    private static long cpuReadCost() {
        final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10_000; i++) {
            final long t0 = System.nanoTime();
            threads.getCurrentThreadCpuTime();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
