package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeiq.testing.AllocationWindows;
import org.junit.jupiter.api.Test;

class MathZeroAllocationTest {
    private static final int ROUNDS = 200_000;

    /** Keeps the JIT from discarding the computations. */
    private volatile double blackhole;
    private final Greeks greeks = new Greeks();
    private final IvResult iv = new IvResult();
    private final ForwardEstimator forwards = new ForwardEstimator();
    private final QuotedImpliedVolatility quoted = new QuotedImpliedVolatility(0.065, 0.1, 60_000_000_000L);
    private final double[] strikes = {23_900.0, 24_000.0, 24_100.0, 24_200.0};
    private final double[] callBid = {180.0, 120.0, 75.0, 42.0};
    private final double[] callAsk = {182.0, 122.0, 77.0, 44.0};
    private final double[] putBid = {75.0, 115.0, 170.0, 236.0};
    private final double[] putAsk = {77.0, 117.0, 172.0, 238.0};

    private double run(final int rounds) {
        double sink = 0.0;
        final long expiry = TimeToExpiry.nseExpiryInstantNs(2026, 1, 27);
        for (int i = 0; i < rounds; i++) {
            final boolean call = (i & 1) == 0;
            final double k = 20_000.0 + (i % 97) * 100.0;
            final double vol = 0.05 + (i % 13) * 0.1;
            final double t = 1.0 / (365 * 24) + (i % 11) * 0.2;
            Black76.greeks(call, 24_000.0, k, t, 0.065, vol, greeks);
            BlackScholesMerton.greeks(call, 24_000.0, k, t, 0.065, 0.01, vol, greeks);
            sink += greeks.thetaPerDay();
            Black76.greeks(call, 24_000.0, k, t, 0.065, vol, greeks);
            ImpliedVolatility.solve(call, greeks.price(), 24_000.0, k, t, 0.065, iv);
            sink += iv.vol() + iv.iterations();
            sink += forwards.estimate(Double.NaN, strikes, callBid, callAsk, putBid, putAsk, 4, 0.999);
            quoted.solve(call, 120.0, 122.0, 121.0, expiry - 2_000_000_000L * i, 24_000.0, 24_000.0, expiry,
                expiry - 86_400_000_000_000L - 1_000L * i, iv);
            sink += iv.flags();
        }
        return sink;
    }

    @Test
    void priceGreeksAndImpliedVolatilityAllocateNothing() {
        // Warm-up: let C2 compile the loops. Three rounds, not one: with DeterministicMath the math runs
        // 2-2.6x faster, and one round could end before the background compiles had all landed; a
        // one-off 72-byte JIT transition then fell inside the measured window (no GC, class load or
        // deoptimization there; a second warm-up round removed it in every run).
        final double[] sink = {0.0};
        AllocationWindows.assertReachesZeroAfter(3, ROUNDS + " rounds of pricing, greeks and IV", 3, ROUNDS,
            () -> sink[0] += run(ROUNDS));
        blackhole = sink[0];
    }
}
