package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedImpliedVolatilityTest {
    private static final long MINUTE = 60_000_000_000L;
    private static final long EXPIRY = TimeToExpiry.nseExpiryInstantNs(2026, 1, 27);
    private static final long NOW = EXPIRY - 3 * 24 * 60 * MINUTE;
    private static final double F = 24_000.0;
    private static final double K = 24_200.0;
    private final QuotedImpliedVolatility solver = new QuotedImpliedVolatility(0.065, 0.10, 5 * MINUTE);
    private final IvResult r = new IvResult();

    private static double call(final double vol) {
        final double t = TimeToExpiry.years(EXPIRY, NOW);
        return StrictMath.exp(-0.065 * t) * Black76.callPrice(F, K, t, vol);
    }

    @Test
    void usesTheMidOfATightQuote() {
        final double mid = call(0.15);
        solver.solve(true, mid - 0.5, mid + 0.5, call(0.3), NOW - MINUTE, F, K, EXPIRY, NOW, r);
        assertEquals(IvFlags.NONE, r.flags());
        assertEquals(mid, r.priceUsed(), 1e-12);
        assertEquals(0.15, r.vol(), 1e-12);
    }

    @Test
    void wideSpreadFallsBackToTheLastTrade() {
        final double mid = call(0.15);
        solver.solve(true, 0.5 * mid, 1.5 * mid, call(0.16), NOW - MINUTE, F, K, EXPIRY, NOW, r);
        assertEquals(IvFlags.WIDE_SPREAD, r.flags());
        assertEquals(0.16, r.vol(), 1e-12);
        solver.solve(true, 0.5 * mid, 1.5 * mid, Double.NaN, NOW - MINUTE, F, K, EXPIRY, NOW, r);
        assertEquals(IvFlags.WIDE_SPREAD | IvFlags.NO_QUOTE, r.flags());
        assertTrue(Double.isNaN(r.vol()));
    }

    @Test
    void staleNoQuoteExpiredAndBounds() {
        final double mid = call(0.15);
        solver.solve(true, mid - 0.5, mid + 0.5, Double.NaN, NOW - 6 * MINUTE, F, K, EXPIRY, NOW, r);
        assertEquals(IvFlags.STALE, r.flags());
        assertEquals(0.15, r.vol(), 1e-12);
        solver.solve(true, Double.NaN, 10.0, 0.0, NOW, F, K, EXPIRY, NOW, r);
        assertEquals(IvFlags.NO_QUOTE, r.flags());
        solver.solve(true, mid - 0.5, mid + 0.5, mid, NOW, F, K, EXPIRY, EXPIRY, r);
        assertEquals(IvFlags.EXPIRED, r.flags());
        assertTrue(Double.isNaN(r.vol()));
        solver.solve(false, 100.0, 101.0, Double.NaN, NOW, F, K, EXPIRY, NOW, r);
        assertEquals(IvFlags.BELOW_INTRINSIC, r.flags());
        assertThrows(IllegalArgumentException.class, () -> new QuotedImpliedVolatility(0.0, -1.0, 0L));
    }
}
