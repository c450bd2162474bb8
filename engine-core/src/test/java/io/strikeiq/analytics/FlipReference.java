package io.strikeiq.analytics;

import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.ArrayList;
import java.util.List;

/**
 * The gamma flip computed the slow, obvious way, written apart from {@code FlipSolver}: the
 * reference the flip tests compare the engine's flip with (classic convention, the default
 * ±10 % grid in 0.1 % steps of the first underlying).
 */
final class FlipReference {
    private static final OptionLegFlyweight LEG = new OptionLegFlyweight();

    private FlipReference() {
    }

    /**
     * Total CLASSIC GEX on the grid spot·(1 + 0.001 k), k = −100 … 100: every contract's discounted
     * Black-76 gamma at the forward scaled by the same multiple, times (F·x)² · OI · lot · 0.01; the
     * zero crossing nearest spot, linear between the two grid points that change sign.
     */
    static double bruteForce(final ChainHarness h, final double rate, final long now) {
        final double spot = h.state.underlying(0).last();
        final List<double[]> points = new ArrayList<>();
        for (int k = -100; k <= 100; k++) {
            final double x = 1.0 + k * 0.001;
            double total = 0;
            for (int c = 0; c < h.state.chainCount(); c++) {
                final ChainState chain = h.state.chain(c);
                final double f = h.greeks.forward(c) * x;
                final double t = TimeToExpiry.years(chain.expiryNanos(), now);
                for (int s = 0; s < chain.slotCount(); s++) {
                    for (int side = 0; side < 2; side++) {
                        chain.leg(s, side, LEG);
                        if (!LEG.isListed() || !(LEG.iv() > 0) || LEG.oi() <= 0) {
                            continue;
                        }
                        final double sd = LEG.iv() * Math.sqrt(t);
                        final double d1 = (Math.log(f / chain.strikeAt(s)) + 0.5 * sd * sd) / sd;
                        final double gamma = Math.exp(-rate * t) * Math.exp(-0.5 * d1 * d1)
                            / Math.sqrt(2 * Math.PI) / (f * sd);
                        total += (side == 0 ? 1 : -1) * gamma * f * f * LEG.oi() * chain.lotSize() * 0.01;
                    }
                }
            }
            points.add(new double[] {spot * x, total});
        }
        double best = Double.NaN;
        for (int k = 0; k + 1 < points.size(); k++) {
            final double[] p = points.get(k);
            final double[] q = points.get(k + 1);
            if (Math.signum(p[1]) != Math.signum(q[1])) {
                final double cross = p[0] + (q[0] - p[0]) * p[1] / (p[1] - q[1]);
                if (Double.isNaN(best) || Math.abs(cross - spot) < Math.abs(best - spot)) {
                    best = cross;
                }
            }
        }
        return best;
    }
}
