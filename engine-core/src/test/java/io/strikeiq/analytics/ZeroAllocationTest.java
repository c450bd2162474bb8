package io.strikeiq.analytics;

import io.strikeiq.event.MarketEvent;
import org.junit.jupiter.api.Test;

import io.strikeiq.testing.AllocationWindows;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.EXPIRY_2;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.fillOptionTick;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.indexTrade;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.sessionOpen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The state stage and the analytics stage with every engine (PCR and max pain exercised by an OI
 * wave, event-time timers every second) allocate nothing per event once warmed up.
 */
class ZeroAllocationTest {
    private static final int STRIKES = 40;

    @Test
    void applyAndEnginesDoNotAllocate() {
        final ChainHarness h = ChainHarness.pcrAndMaxPain(
            PcrConfig.builder().upperThreshold(1.3).lowerThreshold(0.7).hysteresis(0.05).debounceNanos(30 * SECOND)
                .minTotalOi(0).scope(PcrConfig.Scope.PER_EXPIRY).contrarian(true).build(), MaxPainConfig.builder()
                .debounceNanos(10 * SECOND).minTotalOi(0).fullStrengthSteps(4).build());
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        for (int k = 0; k < STRIKES; k++) {
            for (int side = 0; side < 2; side++) {
                h.apply(optionDefinition(100 + 2 * k + side, NIFTY, EXPIRY_1, 22_500 + 50 * k, side == 0));
                h.apply(optionDefinition(300 + 2 * k + side, NIFTY, EXPIRY_2, 22_500 + 50 * k, side == 0));
            }
        }
        final MarketEvent tick = new MarketEvent();
        final MarketEvent trade = indexTrade(NIFTY, T0, 23_500, 75);
        final MarketEvent open = sessionOpen(NIFTY, T0);

        // Warm-up long enough for every path (timers, session opens, each OI wave) to be JIT-compiled:
        // the first window after a shorter warm-up shows a few hundred one-off bytes, later ones none.
        run(h, tick, trade, open, 0, 700_000);
        // Windows continue the same OI wave, so each measured window exercises every path again.
        final int[] from = {700_000};
        final long[] signals = {0};
        AllocationWindows.assertReachesZero("500,000 PCR / max-pain events", 3, 500_000, () -> {
            signals[0] = run(h, tick, trade, open, from[0], 500_000);
            from[0] += 500_000;
        });
        assertTrue(signals[0] > 100, "the measured run must exercise signal emission, got " + signals[0]);
    }

    /** Cycles OI so PCR crosses its band and max pain moves; returns the number of signals emitted. */
    private static long run(final ChainHarness h, final MarketEvent tick, final MarketEvent trade, final MarketEvent open,
                            final int from, final int count) {
        long emitted = 0;
        for (int i = from; i < from + count; i++) {
            final long t = T0 + i * (SECOND / 10);
            final MarketEvent e;
            if (i % 50_000 == 0) {
                open.eventTimeNanos = t;
                e = open;
            } else if (i % 7 == 0) {
                trade.eventTimeNanos = t;
                trade.ltp = 23_500 + (i % 200) * 0.05;
                e = trade;
            } else {
                final int k = (i / 7) % STRIKES;
                final int side = i & 1;
                final int id = ((i / 3) % 2 == 0 ? 100 : 300) + 2 * k + side;
                // A slow wave moves OI between calls and puts, so PCR leaves and re-enters its band.
                final long wave = (i / 20_000) % 3;
                final long oi = 10_000 + (side == 1 ? wave * 6_000 : (2 - wave) * 6_000) + (i % 97) * 10L;
                fillOptionTick(tick, id, t, 50 + (i % 13), i, oi);
                e = tick;
            }
            emitted += h.run(e);
        }
        return emitted;
    }
}
