package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForwardEstimatorTest {
    private static final double NAN = Double.NaN;

    @Test
    void futureWinsWhenItTrades() {
        final ForwardEstimator e = new ForwardEstimator();
        final double[] k = {24_000.0};
        final double[] q = {100.0};
        assertEquals(24_050.5, e.estimate(24_050.5, k, q, q, q, q, 1, 0.999), 0.0);
        assertEquals(ForwardEstimator.SOURCE_FUTURE, e.source());
    }

    @Test
    void medianOfParityForwardsAtTheThreeStrikesNearestTheMoney() {
        // Hand-worked: D = 0.99. Mids (C, P) per strike; K + (C - P) / D:
        // 23900: C 210, P 100.99 -> 23900 + 109.01 / 0.99 = 24010.1111...
        // 24000: C 150, P 140.10 -> 24000 + 9.90 / 0.99   = 24010
        // 24100: C 100, P 190.40 -> 24100 - 90.40 / 0.99  = 24008.6869...
        // 23800: C 290, P 70 (|C - P| = 220, fourth nearest) and 24200 (put one-sided) are not used.
        final double[] strikes = {23_800.0, 23_900.0, 24_000.0, 24_100.0, 24_200.0};
        final double[] callBid = {289.0, 209.0, 149.0, 99.0, 60.0};
        final double[] callAsk = {291.0, 211.0, 151.0, 101.0, 62.0};
        final double[] putBid = {69.0, 100.49, 139.6, 189.9, 0.0};
        final double[] putAsk = {71.0, 101.49, 140.6, 190.9, 260.0};
        final ForwardEstimator e = new ForwardEstimator();
        final double forward = e.estimate(NAN, strikes, callBid, callAsk, putBid, putAsk, strikes.length, 0.99);
        assertEquals(24_010.0, forward, 1e-9);
        assertEquals(ForwardEstimator.SOURCE_PARITY, e.source());
        assertEquals(3, e.strikesUsed());
    }

    @Test
    void fewerThanThreeStrikesAndNone() {
        final ForwardEstimator e = new ForwardEstimator();
        final double[] strikes = {100.0, 110.0};
        final double[] cb = {6.0, 1.0};
        final double[] ca = {8.0, 1.0};
        final double[] pb = {4.0, NAN};
        final double[] pa = {6.0, 12.0};
        assertEquals(102.0, e.estimate(NAN, strikes, cb, ca, pb, pa, 2, 1.0), 1e-12); // 100 + (7 - 5)
        assertEquals(1, e.strikesUsed());
        pb[1] = 10.0; // strike 110 becomes two-sided: 110 + (1 - 11) = 100
        assertEquals(0.5 * (102.0 + 100.0), e.estimate(0.0, strikes, cb, ca, pb, pa, 2, 1.0), 1e-12);
        assertEquals(2, e.strikesUsed());
        assertTrue(Double.isNaN(e.estimate(NAN, strikes, cb, ca, pb, pa, 0, 1.0)));
        assertEquals(ForwardEstimator.SOURCE_NONE, e.source());
    }

    @Test
    void recoversTheModelForwardFromBlack76Quotes() {
        final double forward = 24_123.4;
        final double t = 5.0 / 365;
        final double df = StrictMath.exp(-0.065 * t);
        final int n = 41;
        final double[] strikes = new double[n];
        final double[] cb = new double[n];
        final double[] ca = new double[n];
        final double[] pb = new double[n];
        final double[] pa = new double[n];
        for (int i = 0; i < n; i++) {
            strikes[i] = 23_000.0 + 50.0 * i;
            final double c = df * Black76.callPrice(forward, strikes[i], t, 0.14);
            final double p = df * Black76.putPrice(forward, strikes[i], t, 0.14);
            cb[i] = c - 0.5;
            ca[i] = c + 0.5;
            pb[i] = p - 0.25;
            pa[i] = p + 0.25;
        }
        assertEquals(forward, new ForwardEstimator().estimate(NAN, strikes, cb, ca, pb, pa, n, df), 1e-8);
    }
}
