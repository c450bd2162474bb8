package io.strikeiq.analytics.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.bars.SessionAlignment;
import io.strikeiq.testing.AllocationWindows;
import org.junit.jupiter.api.Test;

/**
 * Zero bytes per bar after warm-up for the whole chain (validation, five-timeframe aggregation,
 * six bias engines, patterns, triangles, records); also prints the time per 1-minute bar
 * (measured, not asserted).
 */
class FuturesChainAllocationTest {
    /** A seeded random walk on the 0.25 tick, one bar per minute, through the real analytics stage (timers included). */
    static final class Walk {
        final FuturesHarness h;
        long time = FuturesHarness.t("2024-01-01T23:00:00Z");
        long state = 42;
        double price = 17_000;

        Walk(final FuturesHarness h) {
            this.h = h;
        }

        double step() {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return ((int) (state >>> 59) - 16) * 0.25 * 0.5;
        }

        void run(final int bars) {
            for (int i = 0; i < bars; i++) {
                final double o = price;
                final double c = Math.rint((o + step() * 4) * 4) / 4;
                final double hi = Math.max(o, c) + Math.abs(step());
                final double lo = Math.min(o, c) - Math.abs(step());
                h.bar(3, time, o, hi, lo, c);
                price = c;
                time += FuturesHarness.MIN;
                if ((state & 63) == 0) {
                    time += FuturesHarness.MIN; // a missing minute now and then
                }
            }
        }
    }

    @Test
    void zeroAllocationPerBarAfterWarmUpAndTimePerBar() {
        final FuturesHarness h = new FuturesHarness(FuturesConfig.builder().alignment(SessionAlignment.CME).build());
        h.collect = false;
        final Walk w = new Walk(h);
        AllocationWindows.assertReachesZeroAfter(5, "100,000 bars", 5, 100_000, () -> w.run(100_000));
        assertTrue(h.engine.triangles() > 0, "the walk produced triangles: the full path ran");
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            final long t0 = System.nanoTime();
            w.run(200_000);
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("futures chain: %.1f ns per 1-minute bar (best of 5 x 200,000; validation + 5 HTF aggregation"
            + " + 6 bias engines + patterns + triangles + records), %d triangles%n", best / 200_000.0, h.engine.triangles());
    }
}
