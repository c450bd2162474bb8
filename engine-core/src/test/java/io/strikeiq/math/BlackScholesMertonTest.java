package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlackScholesMertonTest {
    @Test
    void textbookValues() {
        // Hull, Options, Futures and Other Derivatives, example 15.6: S 42, K 40, r 10 %, vol 20 %, 6 months.
        final Greeks g = new Greeks();
        BlackScholesMerton.greeks(true, 42.0, 40.0, 0.5, 0.10, 0.0, 0.20, g);
        assertEquals(4.759422392871535, g.price(), 1e-12);
        BlackScholesMerton.greeks(false, 42.0, 40.0, 0.5, 0.10, 0.0, 0.20, g);
        assertEquals(0.8085993729000958, g.price(), 1e-12);
    }

    @Test
    void agreesWithBlack76OnTheCarriedForward() {
        final Greeks s = new Greeks();
        final Greeks f = new Greeks();
        for (final boolean call : new boolean[] {true, false}) {
            for (final double k : new double[] {80.0, 100.0, 125.0}) {
                final double spot = 100.0;
                final double t = 0.75;
                final double r = 0.065;
                final double q = 0.02;
                final double growth = StrictMath.exp((r - q) * t);
                BlackScholesMerton.greeks(call, spot, k, t, r, q, 0.3, s);
                Black76.greeks(call, spot * growth, k, t, r, 0.3, f);
                assertEquals(f.price(), s.price(), 1e-13 * f.price());
                assertEquals(f.forwardDelta(), s.forwardDelta(), 1e-15);
                assertEquals(f.delta() * growth, s.delta(), 1e-15);
                assertEquals(f.gamma() * growth * growth, s.gamma(), 1e-13 * f.gamma());
                assertEquals(f.vega(), s.vega(), 1e-13 * f.vega());
                // Spot parity C - P = S e^(-q t) - K e^(-r t).
                BlackScholesMerton.greeks(!call, spot, k, t, r, q, 0.3, f);
                final double callMinusPut = (call ? 1 : -1) * (s.price() - f.price());
                assertEquals(spot * StrictMath.exp(-q * t) - k * StrictMath.exp(-r * t), callMinusPut, 1e-12 * spot);
            }
        }
    }

    @Test
    void greeksMatchCentralFiniteDifferences() {
        final Greeks g = new Greeks();
        final Greeks up = new Greeks();
        final Greeks down = new Greeks();
        for (final boolean call : new boolean[] {true, false}) {
            for (final double k : new double[] {21_000.0, 24_000.0, 27_000.0}) {
                for (final double t : new double[] {3.0 / 365, 0.25, 2.0}) {
                    final double s = 24_000.0;
                    final double r = 0.065;
                    final double q = 0.012;
                    final double v = 0.2;
                    BlackScholesMerton.greeks(call, s, k, t, r, q, v, g);
                    final double hs = 1e-3 * s * v * Math.sqrt(t);
                    BlackScholesMerton.greeks(call, s + hs, k, t, r, q, v, up);
                    BlackScholesMerton.greeks(call, s - hs, k, t, r, q, v, down);
                    assertEquals((up.price() - down.price()) / (2 * hs), g.delta(), 1e-6, "delta");
                    assertEquals((up.delta() - down.delta()) / (2 * hs), g.gamma(), 1e-5 * g.gamma() + 1e-12, "gamma");
                    BlackScholesMerton.greeks(call, s, k, t, r, q, v + 1e-5, up);
                    BlackScholesMerton.greeks(call, s, k, t, r, q, v - 1e-5, down);
                    assertEquals((up.price() - down.price()) / 2e-5, g.vega(), 1e-6 * g.vega() + 1e-7, "vega");
                    BlackScholesMerton.greeks(call, s, k, t - 1e-6, r, q, v, up);
                    BlackScholesMerton.greeks(call, s, k, t + 1e-6, r, q, v, down);
                    assertEquals((up.price() - down.price()) / 2e-6, g.thetaPerYear(),
                        1e-5 * Math.abs(g.thetaPerYear()) + 1e-4, "theta");
                    BlackScholesMerton.greeks(call, s, k, t, r + 1e-6, q, v, up);
                    BlackScholesMerton.greeks(call, s, k, t, r - 1e-6, q, v, down);
                    assertEquals((up.price() - down.price()) / 2e-6, g.rho(), 1e-6 * Math.abs(g.rho()) + 1e-6, "rho");
                }
            }
        }
    }

    @Test
    void invalidInputsAreNaN() {
        final Greeks g = new Greeks();
        BlackScholesMerton.greeks(true, 0.0, 100.0, 0.5, 0.05, 0.0, 0.2, g);
        assertTrue(Double.isNaN(g.price()) && Double.isNaN(g.gamma()));
        BlackScholesMerton.greeks(true, 100.0, 100.0, 0.5, Double.NaN, 0.0, 0.2, g);
        assertTrue(Double.isNaN(g.price()));
    }
}
