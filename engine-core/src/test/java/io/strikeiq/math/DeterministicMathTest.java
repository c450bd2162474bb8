package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class DeterministicMathTest {
    private static final int RANDOM = 2_000_000;

    /** Distance in units in the last place between two doubles of the same sign (0 if both NaN or equal). */
    private static long ulps(final double a, final double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
        }
        if (a == b) {
            return 0;
        }
        if ((a < 0) != (b < 0) && a != 0.0 && b != 0.0) {
            return Long.MAX_VALUE;
        }
        return Math.abs(Double.doubleToLongBits(Math.abs(a)) - Double.doubleToLongBits(Math.abs(b)));
    }

    /** Largest ulp distance of {@code ours} from {@code reference} over {@code inputs}, naming the worst input on failure. */
    private static void assertWithinOneUlp(
        final String name, final DoubleUnaryOperator ours, final DoubleUnaryOperator reference, final double[] inputs) {
        long worst = 0;
        double worstInput = Double.NaN;
        int exact = 0;
        for (final double x : inputs) {
            final long d = ulps(ours.applyAsDouble(x), reference.applyAsDouble(x));
            if (d == 0) {
                exact++;
            }
            if (d > worst) {
                worst = d;
                worstInput = x;
            }
        }
        assertTrue(worst <= 1, name + ": " + worst + " ulp at x = " + worstInput + " (" + Double.toHexString(worstInput)
            + "): ours " + ours.applyAsDouble(worstInput) + ", StrictMath " + reference.applyAsDouble(worstInput));
        // Both are nearly correctly rounded (fdlibm to < 1 ulp), so they agree bit for bit most of the time (the exact-value test below says which is closer).
        assertTrue(exact >= 0.85 * inputs.length, name + ": only " + exact + " of " + inputs.length + " bit-identical");
    }

    private static final MathContext MC = new MathContext(50);
    private static final BigDecimal LN2 = lnNearOne(BigDecimal.valueOf(2));

    /** Exact-to-50-digits {@code ln y} for y in [1/2, 2] from {@code 2 atanh((y-1)/(y+1))}: an oracle independent of the tables. */
    private static BigDecimal lnNearOne(final BigDecimal y) {
        final BigDecimal z = y.subtract(BigDecimal.ONE).divide(y.add(BigDecimal.ONE), MC);
        final BigDecimal z2 = z.multiply(z, MC);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int k = 3; power.abs().compareTo(new BigDecimal("1e-55")) > 0; k += 2) {
            power = power.multiply(z2, MC);
            sum = sum.add(power.divide(BigDecimal.valueOf(k), MC), MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC);
    }

    /** Exact {@code ln x} for a positive normal double: {@code e ln2 + ln m}, m in [1, 2). */
    private static BigDecimal exactLog(final double x) {
        final int e = Math.getExponent(x);
        return LN2.multiply(BigDecimal.valueOf(e), MC).add(lnNearOne(new BigDecimal(Math.scalb(x, -e))), MC);
    }

    /** Exact {@code e^x}: {@code 2^k e^r}, {@code r = x - k ln2} in BigDecimal, exponential series in r. */
    private static BigDecimal exactExp(final double x) {
        final long k = Math.round(x / 0.6931471805599453);
        final BigDecimal r = new BigDecimal(x).subtract(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(new BigDecimal("1e-55")) > 0; n++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        return k >= 0 ? sum.multiply(BigDecimal.valueOf(2).pow((int) k), MC)
            : sum.divide(BigDecimal.valueOf(2).pow((int) -k), MC);
    }

    /** Error of {@code got} against the exact value, in ulps of the exact value's double (as a real number). */
    private static double ulpError(final double got, final BigDecimal exact) {
        return new BigDecimal(got).subtract(exact, MC).abs().doubleValue() / Math.ulp(exact.doubleValue());
    }

    @Test
    void cbrtIsExactOnPerfectCubesAndInvertsCubing() {
        // Perfect cubes of integers and of powers of two are exactly representable: the root must be exact.
        for (int n = -1000; n <= 1000; n++) {
            assertEquals(n, DeterministicMath.cbrt((double) n * n * n), 0.0, "cbrt(" + n + "^3)");
        }
        for (int e = -300; e <= 300; e += 3) {
            assertEquals(Math.scalb(1.0, e / 3), DeterministicMath.cbrt(Math.scalb(1.0, e)), 0.0, "cbrt(2^" + e + ")");
        }
        final SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            final double x = random.nextDouble(1e-12, 1e12);
            final double r = DeterministicMath.cbrt(x);
            // fdlibm cbrt is within 0.667 ulp: cubing back lands within a few ulps of x.
            assertEquals(x, r * r * r, 4 * Math.ulp(x), "cbrt(" + x + ")^3");
        }
    }

    @Test
    void errorsAgainstExactValuesStayWellBelowOneUlp() {
        final SplittableRandom random = new SplittableRandom(16);
        double worstLog = 0.0;
        double worstExp = 0.0;
        double worstExpm1 = 0.0;
        for (int i = 0; i < 20_000; i++) {
            final double x = (i & 1) == 0 ? 0.5 + 1.5 * random.nextDouble() : StrictMath.exp(-700 + 1400 * random.nextDouble());
            worstLog = Math.max(worstLog, ulpError(DeterministicMath.log(x), exactLog(x)));
            final double y = -700 + 1400 * random.nextDouble();
            worstExp = Math.max(worstExp, ulpError(DeterministicMath.exp(y), exactExp(y)));
            final double z = (i & 1) == 0 ? -0.3 + 0.6 * random.nextDouble() : -0.05 + 0.1 * random.nextDouble();
            worstExpm1 = Math.max(worstExpm1, ulpError(DeterministicMath.expm1(z), exactExp(z).subtract(BigDecimal.ONE, MC)));
        }
        // A correctly rounded function would be <= 0.5; the analysis in DeterministicMath allows a little more.
        assertTrue(worstLog < 0.75, "log: " + worstLog + " ulp");
        assertTrue(worstExp < 0.75, "exp: " + worstExp + " ulp");
        assertTrue(worstExpm1 < 0.75, "expm1: " + worstExpm1 + " ulp");
    }

    private static double[] uniform(final long seed, final double lo, final double hi, final int n) {
        final SplittableRandom random = new SplittableRandom(seed);
        final double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = lo + (hi - lo) * random.nextDouble();
        }
        return out;
    }

    /** Positive doubles with uniformly random bit patterns: every exponent, normal and subnormal, equally often. */
    private static double[] positiveBitPatterns(final long seed, final int n) {
        final SplittableRandom random = new SplittableRandom(seed);
        final double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Double.longBitsToDouble(random.nextLong(1L, Double.doubleToRawLongBits(Double.MAX_VALUE) + 1));
        }
        return out;
    }

    private static final double[] EXP_EDGES = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, -1e-300, 0x1.0p-54, -0x1.0p-54,
        1.0, -1.0, 0.5, 2.0, 10.0, -10.0, 100.0, -100.0, 700.0, -700.0, 709.0, 709.78, 709.782712893384,
        709.7827128933840, Math.nextDown(709.782712893384), 709.79, 710.0, -708.39, -708.3964185322641,
        -708.4, -709.0, -720.0, -740.0, -744.44007192138, -745.1332191019411, -745.1332191019412, -745.14,
        -745.2, -746.0, 1e10, -1e10, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN
    };

    private static final double[] LOG_EDGES = {
        0.0, -0.0, -1.0, Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
        Double.MAX_VALUE, 1.0, Math.nextUp(1.0), Math.nextDown(1.0), 1.0 + 0x1.0p-7, 1.0 - 0x1.0p-7,
        Math.nextUp(1.0 + 0x1.0p-7), Math.nextDown(1.0 - 0x1.0p-7), 1.5, Math.nextDown(1.5), 0.75,
        Math.nextDown(0.75), 2.0, 0.5, Math.E, 10.0, 0.1, 1e-300, 1e300,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN
    };

    @Test
    void expIsWithinOneUlpOfStrictMath() {
        assertWithinOneUlp("exp edges", DeterministicMath::exp, StrictMath::exp, EXP_EDGES);
        assertWithinOneUlp("exp full range", DeterministicMath::exp, StrictMath::exp, uniform(1, -746, 710, RANDOM));
        assertWithinOneUlp("exp [-1, 1]", DeterministicMath::exp, StrictMath::exp, uniform(2, -1, 1, RANDOM));
        assertWithinOneUlp("exp subnormal results", DeterministicMath::exp, StrictMath::exp,
            uniform(3, -745.2, -708.3, RANDOM / 4));
        assertWithinOneUlp("exp tiny", DeterministicMath::exp, StrictMath::exp, uniform(4, -1e-9, 1e-9, RANDOM / 4));
        final double[] multiples = new double[20_001];
        for (int k = -10_000; k <= 10_000; k++) {
            multiples[k + 10_000] = k * 0.6931471805599453 / 128; // table points, where r is close to 0
        }
        assertWithinOneUlp("exp at multiples of ln2/128", DeterministicMath::exp, StrictMath::exp, multiples);
    }

    @Test
    void expSpecialValues() {
        assertEquals(1.0, DeterministicMath.exp(0.0));
        assertEquals(1.0, DeterministicMath.exp(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, DeterministicMath.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, DeterministicMath.exp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, DeterministicMath.exp(710.0));
        assertEquals(0.0, DeterministicMath.exp(-746.0));
        assertTrue(Double.isNaN(DeterministicMath.exp(Double.NaN)));
        for (int k = -1074; k <= 1023; k++) {
            final double twoToK = StrictMath.scalb(1.0, k);
            assertTrue(ulps(DeterministicMath.exp(k * 0.6931471805599453), StrictMath.exp(k * 0.6931471805599453)) <= 1,
                "2^" + k + " ~ " + twoToK);
        }
    }

    @Test
    void logIsWithinOneUlpOfStrictMath() {
        assertWithinOneUlp("log edges", DeterministicMath::log, StrictMath::log, LOG_EDGES);
        assertWithinOneUlp("log all exponents", DeterministicMath::log, StrictMath::log, positiveBitPatterns(5, RANDOM));
        assertWithinOneUlp("log [0.5, 2]", DeterministicMath::log, StrictMath::log, uniform(6, 0.5, 2, RANDOM));
        assertWithinOneUlp("log near 1", DeterministicMath::log, StrictMath::log,
            uniform(7, 1 - 0x1.0p-6, 1 + 0x1.0p-6, RANDOM));
        assertWithinOneUlp("log very near 1", DeterministicMath::log, StrictMath::log,
            uniform(8, 1 - 1e-9, 1 + 1e-9, RANDOM / 4));
        assertWithinOneUlp("log strike ratios", DeterministicMath::log, StrictMath::log, uniform(9, 0.6, 1.6, RANDOM));
        final double[] subnormals = new double[RANDOM / 4];
        final SplittableRandom random = new SplittableRandom(10);
        for (int i = 0; i < subnormals.length; i++) {
            subnormals[i] = Double.longBitsToDouble(random.nextLong(1L, 1L << 52));
        }
        assertWithinOneUlp("log subnormals", DeterministicMath::log, StrictMath::log, subnormals);
    }

    @Test
    void logSpecialValuesAndExactPowers() {
        assertEquals(0.0, DeterministicMath.log(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, DeterministicMath.log(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, DeterministicMath.log(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, DeterministicMath.log(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(DeterministicMath.log(-1.0)));
        assertTrue(Double.isNaN(DeterministicMath.log(Double.NEGATIVE_INFINITY)));
        assertTrue(Double.isNaN(DeterministicMath.log(Double.NaN)));
        for (int k = -1074; k <= 1023; k++) {
            final double twoToK = StrictMath.scalb(1.0, k);
            assertTrue(ulps(DeterministicMath.log(twoToK), StrictMath.log(twoToK)) <= 1, "log 2^" + k);
            final double tenToK = StrictMath.pow(10.0, k % 300);
            assertTrue(ulps(DeterministicMath.log(tenToK), StrictMath.log(tenToK)) <= 1, "log 10^" + (k % 300));
        }
    }

    @Test
    void expm1IsWithinOneUlpOfStrictMath() {
        assertWithinOneUlp("expm1 table range", DeterministicMath::expm1, StrictMath::expm1, uniform(11, -0.3, 0.3, RANDOM));
        assertWithinOneUlp("expm1 small", DeterministicMath::expm1, StrictMath::expm1, uniform(12, -1e-3, 1e-3, RANDOM));
        assertWithinOneUlp("expm1 tiny", DeterministicMath::expm1, StrictMath::expm1, uniform(13, -1e-12, 1e-12, RANDOM / 4));
        assertWithinOneUlp("expm1 beyond", DeterministicMath::expm1, StrictMath::expm1, uniform(14, -60, 60, RANDOM / 4));
        assertEquals(0.0, DeterministicMath.expm1(0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(DeterministicMath.expm1(-0.0)));
        assertTrue(Double.isNaN(DeterministicMath.expm1(Double.NaN)));
    }

    @Test
    void literalTablesEqualTheirSeriesDerivation() {
        final DeterministicMathTables tables = new DeterministicMathTables();
        final double[] ln2 = tables.ln2Split(42);
        assertEquals(ln2[0], DeterministicMath.LN2_HI);
        assertEquals(ln2[1], DeterministicMath.LN2_LO);
        final double[] ln2OverN = tables.ln2OverSplit(128);
        assertEquals(ln2OverN[0], DeterministicMath.LN2_N_HI);
        assertEquals(ln2OverN[1], DeterministicMath.LN2_N_LO);
        assertEquals(tables.nOverLn2(128), DeterministicMath.INV_LN2_N);
        final double[] hi = new double[128];
        final double[] lo = new double[128];
        tables.powersOfTwo(128, 0, hi, lo, false);
        assertArrayEquals(hi, DeterministicMath.EXP_HI);
        assertArrayEquals(lo, DeterministicMath.EXP_LO);
        tables.powersOfTwo(128, -64, hi, lo, true);
        assertArrayEquals(hi, DeterministicMath.EXPM1_HI);
        assertArrayEquals(lo, DeterministicMath.EXPM1_LO);
        tables.logOfReciprocals(DeterministicMath.LOG_INV, 64, hi, lo);
        assertArrayEquals(hi, DeterministicMath.LOG_HI);
        assertArrayEquals(lo, DeterministicMath.LOG_LO);
        // Sanity of the split itself: 2^(64/128) = sqrt 2 and ln of the first centre's reciprocal.
        assertEquals(Math.sqrt(2.0), DeterministicMath.EXP_HI[64]);
        assertEquals(StrictMath.log(1.0 + 0.5 / 128), DeterministicMath.LOG_HI[0], 1e-16);
    }

    /** Interpreted (first pass, cold) and C2-compiled (after warm-up) code must give the same bits. */
    @Test
    void resultsAreIdenticalColdAndHot() {
        final double[] inputs = uniform(15, -20, 20, 50_000);
        final double[] cold = evaluate(inputs);
        double[] hot = cold;
        for (int round = 0; round < 40; round++) {
            hot = evaluate(inputs);
        }
        assertArrayEquals(cold, hot);
    }

    private static double[] evaluate(final double[] inputs) {
        final double[] out = new double[3 * inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            final double x = inputs[i];
            out[3 * i] = DeterministicMath.exp(x);
            out[3 * i + 1] = DeterministicMath.log(Math.abs(x));
            out[3 * i + 2] = DeterministicMath.expm1(x * 0.01);
        }
        return out;
    }
}
