package io.strikeiq.analytics;

import org.junit.jupiter.api.Test;

import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.indexTrade;
import static io.strikeiq.state.TestEvents.sessionOpen;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 1-minute closes 24,000, 24,001, 24,000, ... (seven +1 and seven −1 changes), then 24,002: Wilder's
 * RSI(14) seeds at avg gain = avg loss = 7/14 = 0.5 (RSI 50), then avg gain = (0.5·13 + 2)/14 = 8.5/14,
 * avg loss = 6.5/14, RSI = 100 − 100/(1 + 8.5/6.5) = 100·8.5/15 = 56.667.
 */
class UnderlyingMetricsEngineTest {
    @Test
    void rsiRealisedVolMomentumAndChangeOnMinuteCloses() {
        final ChainHarness h = new ChainHarness(ChainAnalyticsConfig.defaults(), SECOND);
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        h.apply(sessionOpen(NIFTY, T0));
        final double[] closes = new double[16];
        for (int m = 0; m < 16; m++) {
            closes[m] = m == 15 ? 24_002 : 24_000 + (m % 2);
            h.apply(indexTrade(NIFTY, T0 + m * 60 * SECOND + 30 * SECOND, closes[m], 0));
            if (m == 14) {
                h.apply(indexTrade(NIFTY, T0 + 15 * 60 * SECOND, closes[m], 0));
                assertEquals(50.0, h.underlying.rsi(NIFTY), 1e-9, "seeded at 14 changes");
            }
        }
        h.apply(indexTrade(NIFTY, T0 + 16 * 60 * SECOND + SECOND, 24_002, 0));
        assertEquals(16, h.underlying.closeCount(NIFTY));
        assertEquals(100.0 * 8.5 / 15, h.underlying.rsi(NIFTY), 1e-9);
        double sumSq = 0;
        for (int m = 1; m < 16; m++) {
            final double r = StrictMath.log(closes[m] / closes[m - 1]);
            sumSq += r * r;
        }
        assertEquals(Math.sqrt(sumSq / 15 * 94_500), h.underlying.realisedVol(NIFTY), 1e-15);
        assertEquals(0.01403, h.underlying.realisedVol(NIFTY), 1e-5, "≈ √(1.2 · 94,500) / 24,000");
        assertEquals(StrictMath.log(24_002.0 / 24_001.0) / Math.sqrt(sumSq / 15 * 10), h.underlying.momentum(NIFTY), 1e-12);
        assertEquals(2.0, h.underlying.change(NIFTY));
        assertEquals(100.0 * 2 / 24_000, h.underlying.changePct(NIFTY), 1e-12);
    }
}
