package io.strikeiq.bars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.testing.AllocationWindows;
import org.junit.jupiter.api.Test;

/** Trades → 1-minute bars: OHLCV per minute, minutes closed together, late trades dropped, no allocation. */
class TradeBarBuilderTest {
    private static final long M = 60_000_000_000L;
    private static final long T = 1_700_000_040_000_000_000L;

    @Test
    void aLaterMinuteClosesEveryFormingBarInFirstTradeOrder() {
        final TradeBarBuilder b = new TradeBarBuilder();
        assertFalse(b.crosses(T));
        b.onTrade(9, T + 1, 10, 1);
        b.onTrade(4, T + 2, 20, 2);
        b.onTrade(9, T + 3, 12, 3);
        b.onTrade(9, T + M - 1, 8, 4);
        assertFalse(b.crosses(T + M - 1));
        assertTrue(b.crosses(T + M));
        b.closeMinute();
        assertEquals(2, b.ready());
        b.take();
        assertEquals(9, b.id());
        assertEquals(T, b.openTime());
        assertEquals(10, b.open());
        assertEquals(12, b.high());
        assertEquals(8, b.low());
        assertEquals(8, b.close());
        assertEquals(8, b.volume());
        b.take();
        assertEquals(4, b.id());
        assertEquals(20, b.close());
        assertEquals(0, b.ready());
        assertThrows(IllegalStateException.class, b::take);

        assertTrue(b.onTrade(4, T + 2 * M, 21, 1));
        assertFalse(b.onTrade(4, T + M, 22, 1), "older than the forming minute");
        assertEquals(1, b.lateTrades());
        b.closeMinute();
        assertEquals(1, b.ready());
        b.take();
        assertEquals(T + 2 * M, b.openTime());
        assertEquals(21, b.close());
    }

    @Test
    void steadyStateAllocatesNothing() {
        final TradeBarBuilder b = new TradeBarBuilder();
        run(b, 0, 1_000_000);
        final int[] round = {1};
        AllocationWindows.assertReachesZero("200,000 trades", 3, 200_000, () -> {
            final double sum = run(b, round[0] * 1_000_000, round[0] * 1_000_000 + 200_000);
            round[0]++;
            assertTrue(sum > 0);
        });
    }

    private static double run(final TradeBarBuilder b, final int from, final int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            final long time = T + i * 7_000_000_000L;
            if (b.crosses(time)) {
                b.closeMinute();
                while (b.ready() > 0) {
                    b.take();
                    sum += b.close();
                }
            }
            b.onTrade(1 + (i & 3), time, 100 + (i % 13), 1);
        }
        return sum;
    }
}
