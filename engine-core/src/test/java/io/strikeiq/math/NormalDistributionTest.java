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
}
