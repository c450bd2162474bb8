package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalDistributionTest {
    /** x, N(x), phi(x): mpmath 1.3 at 40 digits, rounded to double. */
    private static final double[][] MPMATH = {
        {-20.5, 1.0764673258790961e-93, 2.2119843802105703e-92},
        {-8.6, 3.985804962848182e-18, 3.4729627485662076e-17},
        {-8.5, 9.479534822203318e-18, 8.16623563166955e-17},
        {-5.0, 2.866515718791939e-07, 1.4867195147342977e-06},
        {-3.3, 0.0004834241423837775, 0.0017225689390536812},
        {-1.0, 0.15865525393145705, 0.24197072451914334},
        {-0.0615, 0.4754805072039557, 0.3981885436112879},
        {0.0, 0.5, 0.3989422804014327},
        {0.3, 0.6179114221889527, 0.3813878154605241},
        {1.7, 0.955434537241457, 0.09404907737688693},
        {6.0, 0.9999999990134123, 6.075882849823285e-09},
    };

    @Test
    void matchesHighPrecisionValuesToAFewUlpRelative() {
        for (final double[] row : MPMATH) {
            assertEquals(row[1], NormalDistribution.cdf(row[0]), 2e-15 * row[1], "cdf at " + row[0]);
            assertEquals(row[2], NormalDistribution.pdf(row[0]), 2e-15 * row[2], "pdf at " + row[0]);
        }
    }

    @Test
    void isMonotoneAndSymmetricAcrossTableAndTailBoundaries() {
        double previous = 0.0;
        for (int i = -4000; i <= 4000; i++) {
            final double x = i / 400.0;
            final double n = NormalDistribution.cdf(x);
            assertTrue(n >= previous, "not monotone at " + x);
            assertEquals(1.0, n + NormalDistribution.cdf(-x), 2e-16, "symmetry at " + x);
            previous = n;
        }
    }

    @Test
    void handlesInfinitiesAndNaN() {
        assertEquals(0.0, NormalDistribution.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, NormalDistribution.cdf(Double.POSITIVE_INFINITY));
        assertEquals(0.0, NormalDistribution.cdf(-40.0));
        assertTrue(Double.isNaN(NormalDistribution.cdf(Double.NaN)));
    }

    @Test
    void inverseCdfRoundTripsToAFewUlp() {
        for (final double[] row : MPMATH) {
            if (row[1] > 1e-300 && row[1] <= 0.5) { // above 1/2 the answer is only as good as 1 - p
                assertEquals(row[0], NormalDistribution.inverseCdf(row[1]), 4e-15 * Math.max(1.0, Math.abs(row[0])),
                    "inverse at " + row[1]);
            }
        }
        for (int i = 1; i < 1000; i++) {
            final double p = i / 1000.0;
            final double x = NormalDistribution.inverseCdf(p);
            assertEquals(p, NormalDistribution.cdf(x), 4e-16, "round trip at " + p);
        }
        for (double p = 1e-300; p < 0.01; p *= 7.3) {
            // dN/N = |x| dx in the tail: one ulp of x moves N by |x| ulp(x) relative.
            final double x = NormalDistribution.inverseCdf(p);
            assertEquals(p, NormalDistribution.cdf(x), p * (2e-15 + 2 * Math.abs(x) * Math.ulp(x)), "tail round trip at " + p);
        }
        assertEquals(Double.NEGATIVE_INFINITY, NormalDistribution.inverseCdf(0.0));
        assertEquals(Double.POSITIVE_INFINITY, NormalDistribution.inverseCdf(1.0));
        assertEquals(0.0, NormalDistribution.inverseCdf(0.5));
        assertTrue(Double.isNaN(NormalDistribution.inverseCdf(-0.1)));
        assertTrue(Double.isNaN(NormalDistribution.inverseCdf(Double.NaN)));
    }
}
