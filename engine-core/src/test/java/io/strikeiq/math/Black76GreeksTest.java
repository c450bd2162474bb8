package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Black76GreeksTest {
    /** Same floor as {@link Black76Test}: QuantLib's N(d) = 0.5 (1 + erf) is only good to ~1 ulp of 1 absolute. */
    private static final double QUANTLIB_CDF_FLOOR = 0x1.0p-52;

    private static double tolerance(final double relative, final double expected) {
        return Math.abs(expected) < 1e-12 ? relative * 1e-12 : relative * Math.abs(expected);
    }

    @Test
    void onePassMatchesQuantLibOracle() {
        final OracleFile o = OracleFile.load();
        assertEquals(2000, o.rows);
        final Greeks g = new Greeks();
        int priceStrict = 0;
        double worstDelta = 0.0;
        double worstGamma = 0.0;
        double worstVega = 0.0;
        for (int i = 0; i < o.rows; i++) {
            final int row = o.id[i];
            Black76.greeks(o.call[i], o.forward[i], o.strike[i], o.t[i], o.rate[i], o.vol[i], g);
            final double df = StrictMath.exp(-o.rate[i] * o.t[i]);
            final double scale = Math.max(o.forward[i], o.strike[i]) * df;
            // Price: 1e-12 relative, except where QuantLib's own cdf cancels (see Black76Test#beatsQuantLibWhereItsCdfCancels).
            assertEquals(o.price[i], g.price(), 1e-12 * o.price[i] + QUANTLIB_CDF_FLOOR * scale, () -> "price, case " + row);
            if (Math.abs(g.price() - o.price[i]) <= 1e-12 * o.price[i]) {
                priceStrict++;
            }
            // Greeks: 1e-10 relative on every row, no floor needed (measured worst: delta 1.1e-11).
            assertEquals(o.delta[i], g.delta(), tolerance(1e-10, o.delta[i]), () -> "delta, case " + row);
            assertEquals(o.gamma[i], g.gamma(), tolerance(1e-10, o.gamma[i]), () -> "gamma, case " + row);
            assertEquals(o.vega[i], g.vega(), tolerance(1e-10, o.vega[i]), () -> "vega, case " + row);
            worstDelta = Math.max(worstDelta, Math.abs(g.delta() - o.delta[i]) / Math.abs(o.delta[i]));
            worstGamma = Math.max(worstGamma, Math.abs(g.gamma() - o.gamma[i]) / o.gamma[i]);
            worstVega = Math.max(worstVega, Math.abs(g.vega() - o.vega[i]) / o.vega[i]);
            // The one-pass kernel and the colleague's single-value methods agree exactly.
            assertEquals(df * Black76.price(o.call[i], o.forward[i], o.strike[i], o.t[i], o.vol[i]), g.price(),
                2e-16 * g.price());
            assertEquals(g.forwardDelta(), g.delta(), 0.0);
        }
        System.out.printf("Black76 greeks vs QuantLib: price within 1e-12 on %d/%d rows; worst relative delta %.2e gamma %.2e vega %.2e%n",
            priceStrict, o.rows, worstDelta, worstGamma, worstVega);
        assertTrue(priceStrict >= 1850, "rows within 1e-12 relative: " + priceStrict);
    }

    @Test
    void greeksMatchCentralFiniteDifferences() {
        final Greeks g = new Greeks();
        final Greeks up = new Greeks();
        final Greeks down = new Greeks();
        for (final boolean call : new boolean[] {true, false}) {
            for (final double k : new double[] {18_000.0, 22_500.0, 24_000.0, 25_500.0, 30_000.0}) {
                for (final double t : new double[] {2.0 / 365, 0.1, 1.0}) {
                    final double f = 24_000.0;
                    final double r = 0.065;
                    final double v = 0.18;
                    Black76.greeks(call, f, k, t, r, v, g);
                    final double hf = 1e-3 * f * v * Math.sqrt(t);
                    Black76.greeks(call, f + hf, k, t, r, v, up);
                    Black76.greeks(call, f - hf, k, t, r, v, down);
                    assertEquals((up.price() - down.price()) / (2 * hf), g.delta(), 1e-6, "delta");
                    assertEquals((up.delta() - down.delta()) / (2 * hf), g.gamma(), 1e-5 * g.gamma() + 1e-12, "gamma");
                    final double hv = 1e-5;
                    Black76.greeks(call, f, k, t, r, v + hv, up);
                    Black76.greeks(call, f, k, t, r, v - hv, down);
                    assertEquals((up.price() - down.price()) / (2 * hv), g.vega(), 1e-6 * g.vega() + 1e-7, "vega");
                    final double ht = 1e-6;
                    Black76.greeks(call, f, k, t - ht, r, v, up);
                    Black76.greeks(call, f, k, t + ht, r, v, down);
                    assertEquals((up.price() - down.price()) / (2 * ht), g.thetaPerYear(),
                        1e-5 * Math.abs(g.thetaPerYear()) + 1e-4, "theta");
                    assertEquals(g.thetaPerYear() / 365.0, g.thetaPerDay(), 1e-15 * Math.abs(g.thetaPerYear()));
                    final double hr = 1e-6;
                    Black76.greeks(call, f, k, t, r + hr, v, up);
                    Black76.greeks(call, f, k, t, r - hr, v, down);
                    assertEquals((up.price() - down.price()) / (2 * hr), g.rho(), 1e-6 * Math.abs(g.rho()) + 1e-6, "rho");
                }
            }
        }
    }

    @Test
    void putCallParityOfPriceAndGreeks() {
        final Greeks c = new Greeks();
        final Greeks p = new Greeks();
        for (double u = -1.5; u <= 1.5; u += 0.05) {
            for (final double t : new double[] {1.0 / (365 * 24), 7.0 / 365, 0.5, 2.0}) {
                final double f = 24_000.0;
                final double k = f * StrictMath.exp(u);
                final double r = 0.065;
                final double df = StrictMath.exp(-r * t);
                Black76.greeks(true, f, k, t, r, 0.25, c);
                Black76.greeks(false, f, k, t, r, 0.25, p);
                assertEquals(df * (f - k), c.price() - p.price(), 4e-16 * (f + k), "price parity at u=" + u);
                assertEquals(df, c.delta() - p.delta(), 1e-15, "delta parity");
                assertEquals(c.gamma(), p.gamma(), 1e-15 * c.gamma());
                assertEquals(c.vega(), p.vega(), 1e-15 * c.vega());
                assertEquals(r * df * (f - k), c.thetaPerYear() - p.thetaPerYear(), 1e-12 * (f + k), "theta parity");
                assertEquals(-t * df * (f - k), c.rho() - p.rho(), 1e-12 * (f + k), "rho parity");
            }
        }
    }

    @Test
    void monotoneInVolatilityAndStrike() {
        final Greeks g = new Greeks();
        for (final boolean call : new boolean[] {true, false}) {
            double previous = -1.0;
            for (double v = 0.01; v <= 3.0; v += 0.01) {
                Black76.greeks(call, 100.0, 110.0, 0.25, 0.05, v, g);
                assertTrue(g.price() >= previous, "price never decreases with vol");
                if (g.vega() * 0.01 > 8 * Math.ulp(g.price())) {
                    assertTrue(g.price() > previous, "price increases with vol where the increase is representable");
                }
                assertTrue(g.vega() > 0.0);
                previous = g.price();
            }
            double prev = call ? Double.POSITIVE_INFINITY : -1.0;
            for (double k = 50.0; k <= 200.0; k += 0.5) {
                Black76.greeks(call, 100.0, k, 0.25, 0.05, 0.3, g);
                assertTrue(call ? g.price() <= prev : g.price() >= prev, "monotone in strike at " + k);
                prev = g.price();
            }
        }
    }

    @Test
    void expiryAndInvalidInputs() {
        final Greeks g = new Greeks();
        Black76.greeks(true, 110.0, 100.0, 0.0, 0.05, 0.2, g);
        assertEquals(10.0, g.price());
        assertEquals(1.0, g.delta());
        assertEquals(0.0, g.gamma());
        assertEquals(0.0, g.vega());
        assertEquals(0.0, g.rho(), 0.0);
        Black76.greeks(false, 110.0, 100.0, -1.0, 0.05, 0.2, g);
        assertEquals(0.0, g.price(), 0.0);
        assertEquals(0.0, g.delta(), 0.0);
        Black76.greeks(true, -1.0, 100.0, 0.5, 0.05, 0.2, g);
        assertTrue(Double.isNaN(g.price()) && Double.isNaN(g.delta()) && Double.isNaN(g.rho()));
        Black76.greeks(true, 100.0, 100.0, 0.5, 0.05, Double.NaN, g);
        assertTrue(Double.isNaN(g.price()) && Double.isNaN(g.thetaPerDay()));
    }
}
