package io.strikeiq.pipeline;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Named performance presets: ring size, thread layout and wait strategy chosen together,
 * because a 2-core laptop and an isolated-core server need different choices. Busy-spin only
 * where every spinning thread owns a core, which the JVM cannot know (it sees processors, not
 * which are isolated or shared with other processes): so {@link #forCores} never picks
 * {@link #LATENCY}; it is chosen only by name, with a {@linkplain #oversubscription warning}
 * when the machine has fewer processors than it spins threads.
 */
public enum Preset {
    /** Three consumer threads busy-spinning: lowest latency, needs ≥ 4 isolated cores. */
    LATENCY(1 << 14, ThreadLayout.PARALLEL, BusySpinWaitStrategy::new,
        "journal | state+analytics -> publish on 3 busy-spinning threads, ring 16Ki; needs >= 4 dedicated cores"),
    /** Three consumer threads that yield when idle: DESIGN's layout on a shared machine. */
    BALANCED(1 << 16, ThreadLayout.PARALLEL, YieldingWaitStrategy::new,
        "journal | state+analytics -> publish on 3 yielding threads, ring 64Ki; for >= 4 cores"),
    /** Journal, then a fused state/analytics/publish thread, big ring, sleeping waits. */
    THROUGHPUT(1 << 18, ThreadLayout.PIPELINED, SleepingWaitStrategy::new,
        "journal -> state+analytics+publish on 2 threads, sleeping wait, ring 256Ki"),
    /** Every stage on one consumer thread: the right choice for 2 cores (feed + engine). */
    COMPACT(1 << 16, ThreadLayout.SINGLE_THREAD, YieldingWaitStrategy::new,
        "journal, state, analytics, publish in order on 1 yielding thread, ring 64Ki; for 2 cores");

    private final int ringSize;
    private final ThreadLayout layout;
    private final Supplier<WaitStrategy> waitStrategy;
    private final String description;

    Preset(final int ringSize, final ThreadLayout layout, final Supplier<WaitStrategy> waitStrategy,
           final String description) {
        this.ringSize = ringSize;
        this.layout = layout;
        this.waitStrategy = waitStrategy;
        this.description = description;
    }

    public int ringSize() {
        return ringSize;
    }

    public ThreadLayout layout() {
        return layout;
    }

    /** A fresh wait strategy (they hold per-ring state). */
    public WaitStrategy newWaitStrategy() {
        return waitStrategy.get();
    }

    public String description() {
        return description;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Threads that never sleep while this preset runs: the busy-spinning consumers and the feed
     * thread that publishes to them; 0 for presets whose consumers yield or sleep when idle.
     */
    public int busyThreads() {
        return this == LATENCY ? layout.consumerThreads() + 1 : 0;
    }

    /**
     * The {@code pipeline.preset=auto} choice for a machine with {@code cores} available
     * processors: never {@link #LATENCY}, whose spinning threads starve everything else on a
     * machine whose cores are shared.
     */
    public static Preset forCores(final int cores) {
        return cores >= 4 ? BALANCED : COMPACT;
    }

    /**
     * One line warning that this preset spins more threads than {@code cores} processors
     * exist, or {@code null} when it does not.
     */
    public String oversubscription(final int cores) {
        if (cores >= busyThreads()) {
            return null;
        }
        return "preset " + label() + " busy-spins " + busyThreads() + " threads but only " + cores
            + " processors are available: expect stalls; balanced or compact yield instead";
    }

    /** Parses a preset name (case-insensitive) with an error listing the valid names. */
    public static Preset parse(final String name) {
        for (final Preset p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + name + "' (expected one of: latency, balanced, throughput, compact)");
    }
}
