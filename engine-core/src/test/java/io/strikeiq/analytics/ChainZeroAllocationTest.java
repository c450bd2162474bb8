package io.strikeiq.analytics;

import org.junit.jupiter.api.Test;

import io.strikeiq.testing.AllocationWindows;

import static io.strikeiq.state.TestEvents.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-tick path (state, IV and greeks, chain metrics, GEX) and every timer (windows, samples,
 * flip grid, regimes, snapshots) allocate nothing once warmed up: ThreadMXBean on the current
 * thread over 300,000 events that include hundreds of flip recomputes and snapshots.
 */
class ChainZeroAllocationTest {
    @Test
    void ticksTimersFlipAndSnapshotsDoNotAllocate() {
        final ChainAnalyticsConfig config = ChainAnalyticsConfig.builder()
            .sampleNanos(5 * SECOND).windowNanos(20 * SECOND).flipNanos(2 * SECOND).snapshotNanos(3 * SECOND).pcrZWindow(10).pcrZMinSamples(3).ivHistory(20).ivMinSamples(3)
            .debounceNanos(10 * SECOND).build();
        final ChainHarness h = new ChainHarness(config, SECOND);
        final ChainMarket market = new ChainMarket(11, 41, 100_000);
        market.define(h);
        run(h, market, 400_000);
        final long snapshotsBefore = h.snapshots.snapshots();
        final long[] signals = {0};
        final long[] windows = AllocationWindows.assertReachesZero("300,000 chain events", 3, 300_000,
            () -> signals[0] = run(h, market, 300_000));
        final long allocated = windows[windows.length - 1];
        System.out.printf("chain engines: %d bytes over 300,000 events, %d signals, %d snapshots, flip %.2f%n",
            allocated, signals[0], h.snapshots.snapshots() - snapshotsBefore, h.gex.gammaFlip(1));
        assertTrue(h.snapshots.snapshots() - snapshotsBefore > 1_000, "snapshots were written");
        assertEquals(0, h.snapshots.refused());
    }

    private static long run(final ChainHarness h, final ChainMarket market, final int events) {
        long signals = 0;
        for (int i = 0; i < events; i++) {
            signals += h.run(market.next());
        }
        return signals;
    }
}
