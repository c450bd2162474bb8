package io.strikeiq.journal;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by the current thread, from HotSpot's per-thread accounting. The JIT's tier
 * transitions allocate now and then during the first ~100k calls of a hot loop, so steady
 * state is judged after a warm-up, over several measured windows.
 */
public final class AllocationMeter {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationMeter() {
    }

    public static long allocatedBytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /**
     * Runs {@code batch} {@code warmUps} times, then up to {@code windows} more times, each
     * measured; returns 0 as soon as one measured run allocated nothing, else the smallest
     * amount seen. Code that allocates per call never reaches 0.
     */
    public static long steadyStateBytes(final Runnable batch, final int warmUps, final int windows) {
        for (int i = 0; i < warmUps; i++) {
            batch.run();
        }
        long least = Long.MAX_VALUE;
        for (int i = 0; i < windows; i++) {
            final long before = allocatedBytes();
            batch.run();
            final long allocated = allocatedBytes() - before;
            if (allocated == 0) {
                return 0;
            }
            least = Math.min(least, allocated);
        }
        return least;
    }
}
