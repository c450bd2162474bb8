package io.strikeiq.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Derives {@link DeterministicMath}'s constants from power series in {@link BigDecimal} at 60
 * significant digits, splitting each value into a double-double ({@code hi} the nearest double,
 * {@code lo} the nearest double to the remainder). This is how the literal tables were generated,
 * and {@code DeterministicMathTest} uses it to check them bit for bit.
 */
final class DeterministicMathTables {
    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal EPSILON = new BigDecimal("1e-64");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final BigDecimal ln2 = ln(TWO);

    /** {@code ln 2} as {@code {hi, lo}} with {@code hi} cut to {@code bits} significant bits (so small multiples are exact). */
    double[] ln2Split(final int bits) {
        final long raw = Double.doubleToRawLongBits(ln2.doubleValue());
        final double hi = Double.longBitsToDouble(raw & -(1L << (53 - bits)));
        return new double[] {hi, ln2.subtract(new BigDecimal(hi), MC).doubleValue()};
    }

    /** {@code ln 2 / n} as a double-double. */
    double[] ln2OverSplit(final int n) {
        return split(ln2.divide(BigDecimal.valueOf(n), MC));
    }

    /** {@code n / ln 2} rounded to a double. */
    double nOverLn2(final int n) {
        return BigDecimal.valueOf(n).divide(ln2, MC).doubleValue();
    }

    /** {@code 2^(j/n)} (minus 1 if {@code minusOne}) for {@code j = jStart + i} into {@code hi[i]}, {@code lo[i]}. */
    void powersOfTwo(final int n, final int jStart, final double[] hi, final double[] lo, final boolean minusOne) {
        for (int i = 0; i < hi.length; i++) {
            final BigDecimal argument = ln2.multiply(BigDecimal.valueOf(jStart + i), MC).divide(BigDecimal.valueOf(n), MC);
            BigDecimal value = exp(argument);
            if (minusOne) {
                value = value.subtract(BigDecimal.ONE, MC);
            }
            final double[] parts = split(value);
            hi[i] = parts[0];
            lo[i] = parts[1];
        }
    }

    /**
     * {@code -ln(inv[j])}, minus {@code ln 2} from index {@code halveFrom} on (those centres are
     * halved), into {@code hi[j]}, {@code lo[j]}; {@code inv[j]} is taken as the exact double it is.
     */
    void logOfReciprocals(final double[] inv, final int halveFrom, final double[] hi, final double[] lo) {
        for (int j = 0; j < inv.length; j++) {
            BigDecimal value = ln(new BigDecimal(inv[j])).negate();
            if (j >= halveFrom) {
                value = value.subtract(ln2, MC);
            }
            final double[] parts = split(value);
            hi[j] = parts[0];
            lo[j] = parts[1];
        }
    }

    private static double[] split(final BigDecimal value) {
        final double hi = value.doubleValue();
        return new double[] {hi, value.subtract(new BigDecimal(hi), MC).doubleValue()};
    }

    /** {@code ln y = 2 atanh(z)}, {@code z = (y - 1) / (y + 1)}, for {@code y} in [1/2, 2]: {@code |z| <= 1/3}. */
    private static BigDecimal ln(final BigDecimal y) {
        final BigDecimal z = y.subtract(BigDecimal.ONE, MC).divide(y.add(BigDecimal.ONE, MC), MC);
        final BigDecimal z2 = z.multiply(z, MC);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int k = 3; power.abs().compareTo(EPSILON) > 0; k += 2) {
            power = power.multiply(z2, MC);
            sum = sum.add(power.divide(BigDecimal.valueOf(k), MC), MC);
        }
        return sum.multiply(TWO, MC);
    }

    /** Exponential series; arguments here are below 1 in magnitude. */
    private static BigDecimal exp(final BigDecimal a) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; term.abs().compareTo(EPSILON) > 0; k++) {
            term = term.multiply(a, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        return sum;
    }
}
