package io.strikeiq.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The one allocation assertion every zero-allocation test uses. HotSpot counts bytes per thread
 * exactly, but while the JIT settles a window can show a few one-off bytes (a tier transition, a
 * deoptimisation); code that allocates per call shows bytes in every window. So a test runs up to
 * N consecutive measured windows after its warm-up: the run passes when a window allocates exactly
 * 0 bytes (that window is then the last one), and fails when N windows in a row did not, or when
 * any window allocated more than the per-window ceiling (a per-event allocation shows at once).
 */
public final class AllocationWindows {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationWindows() {
    }

    /** Bytes allocated so far by the calling thread (read on the thread that runs the windows). */
    public static LongSupplier currentThread() {
        final long id = Thread.currentThread().getId();
        THREADS.setThreadAllocatedMemoryEnabled(true);
        THREADS.getThreadAllocatedBytes(id); // the first call may set up JMX internals
        return () -> THREADS.getThreadAllocatedBytes(id);
    }

    /**
     * Bytes allocated so far by all of {@code threads} together (e.g. a pipeline's stage threads
     * and the feed). Read one id at a time: the array form allocates its result on the reading thread.
     */
    public static LongSupplier threads(final long... ids) {
        THREADS.setThreadAllocatedMemoryEnabled(true);
        final long[] copy = ids.clone();
        for (final long id : copy) {
            THREADS.getThreadAllocatedBytes(id);
        }
        return () -> {
            long sum = 0;
            for (final long id : copy) {
                sum += THREADS.getThreadAllocatedBytes(id);
            }
            return sum;
        };
    }

    /** Runs {@code window} {@code warmUps} times unmeasured, then measures it as below, on the calling thread. */
    public static long[] assertReachesZeroAfter(final int warmUps, final String what, final int windows, final long ceiling,
                                                final Runnable window) {
        for (int i = 0; i < warmUps; i++) {
            window.run();
        }
        return assertReachesZero(what, windows, ceiling, window);
    }

    /** {@link #assertReachesZero(String, int, long, LongSupplier, Runnable)} on the calling thread. */
    public static long[] assertReachesZero(final String what, final int windows, final long ceiling, final Runnable window) {
        return assertReachesZero(what, windows, ceiling, currentThread(), window);
    }

    /**
     * Runs {@code window} up to {@code windows} times, measuring {@code allocated} around each run.
     *
     * @param what names the measured work in the failure message ("300,000 chain events")
     * @param ceiling most bytes a settling window may show; more fails at once
     * @return the bytes of each window run, the last of which is 0
     */
    public static long[] assertReachesZero(final String what, final int windows, final long ceiling,
                                           final LongSupplier allocated, final Runnable window) {
        final long[] seen = new long[windows];
        for (int i = 0; i < windows; i++) {
            final long before = allocated.getAsLong();
            window.run();
            seen[i] = allocated.getAsLong() - before;
            assertTrue(seen[i] <= ceiling, "allocates per event: " + seen[i] + " bytes in window " + (i + 1)
                + " of " + what + " (ceiling " + ceiling + ")");
            if (seen[i] == 0) {
                return Arrays.copyOf(seen, i + 1);
            }
        }
        return fail("no window of " + what + " allocated 0 bytes in " + windows + " consecutive windows: "
            + Arrays.toString(seen));
    }
}
