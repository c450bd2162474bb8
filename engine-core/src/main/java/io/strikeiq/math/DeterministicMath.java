package io.strikeiq.math;

/**
 * {@code exp}, {@code log} and {@code expm1} in pure double arithmetic (plus the exactly rounded
 * {@link Math#fma} and {@link Math#rint}), so every JVM on every CPU returns the same bits, at a
 * fraction of the cost of JDK 17's {@link StrictMath} (a JNI call into fdlibm). Accurate to within
 * one ulp (typically correctly rounded); {@code DeterministicMathTest} checks them against
 * {@code StrictMath} and against exact {@code BigDecimal} values.
 *
 * <p>{@code exp}: {@code x = (128 k + j) ln2/128 + r}, {@code |r| <= ln2/256}, so
 * {@code e^x = 2^k 2^(j/128) e^r}; {@code 2^(j/128)} is a double-double table entry and
 * {@code e^r - 1} a degree-5 Taylor polynomial (truncation below 2^-60 relative). {@code r} comes
 * from a two-part {@code ln2/128} with fma, so it is exact to about 2^-62.
 *
 * <p>{@code log}: {@code x = 2^e m}, {@code m} in [1, 2); the top 7 mantissa bits pick a centre
 * {@code c = 1/inv} with {@code |m inv - 1| <= 2^-8}, so {@code ln x = e ln2 + ln c + log1p(r)},
 * {@code r = fma(m, inv, -1)}; centres at or above 1.5 are halved (and {@code e} raised) so that
 * for {@code x} just below 1 nothing cancels against {@code ln 2}. {@code ln c} is a double-double
 * table entry, the large parts are summed error-free (TwoSum) and {@code log1p(r)} is the Taylor
 * series to {@code r^7}. Within 2^-7 of 1 the Taylor series of {@code log1p(x - 1)} (to the 9th
 * power) is used directly, with the leading {@code f - f^2/2} compensated, so results near 1 keep
 * full relative accuracy.
 *
 * <p>The tables are computed once, at class initialisation, from series in {@code BigDecimal}
 * at 60 significant digits ({@code ln} from {@code 2 atanh((y-1)/(y+1))}, {@code 2^(j/128)} from the
 * exponential series), so they are exact to the last bit of the double-double and need no
 * hand-copied constants.
 */
public final class DeterministicMath {
    private static final int EXP_BITS = 7;
    private static final int EXP_N = 1 << EXP_BITS;
    private static final int LOG_N = 128;
    /** Above this {@code e^x} overflows (ln(Double.MAX_VALUE) = 709.78...); below the lower bound it is 0. */
    private static final double EXP_OVERFLOW = 709.79;
    private static final double EXP_UNDERFLOW = -745.2;
    private static final double NEAR_ONE = 0x1.0p-7;
    private static final double EXPM1_DIRECT = 0.3;
    private static final double EXPM1_TAYLOR = 0x1.0p-5;
    private static final double TWO_POW_54 = 0x1.0p54;
    private static final double TWO_POW_64 = 0x1.0p64;
    private static final double TWO_POW_MINUS_64 = 0x1.0p-64;

    private static final double INV_LN2_N;
    private static final double LN2_N_HI;
    private static final double LN2_N_LO;
    private static final double LN2_HI;
    private static final double LN2_LO;
    private static final double[] EXP_HI = new double[EXP_N];
    private static final double[] EXP_LO = new double[EXP_N];
    /** {@code 2^(j/128) - 1} for {@code j = -64..63} at index {@code j + 64}, double-double, for {@link #expm1}. */
    private static final int EXPM1_OFFSET = EXP_N / 2;
    private static final double[] EXPM1_HI = new double[EXP_N];
    private static final double[] EXPM1_LO = new double[EXP_N];
    private static final double[] LOG_INV = new double[LOG_N];
    private static final double[] LOG_HI = new double[LOG_N];
    private static final double[] LOG_LO = new double[LOG_N];

    // Taylor coefficients 1/n (log) and 1/n! (exp), rounded once.
    private static final double THIRD = 1.0 / 3.0;
    private static final double FIFTH = 1.0 / 5.0;
    private static final double SIXTH = 1.0 / 6.0;
    private static final double SEVENTH = 1.0 / 7.0;
    private static final double NINTH = 1.0 / 9.0;
    private static final double INV_24 = 1.0 / 24.0;
    private static final double INV_120 = 1.0 / 120.0;
    private static final double INV_720 = 1.0 / 720.0;
    private static final double INV_5040 = 1.0 / 5040.0;
    private static final double INV_40320 = 1.0 / 40320.0;
    private static final double INV_362880 = 1.0 / 362880.0;

    static {
        final DeterministicMathTables tables = new DeterministicMathTables();
        final double[] ln2 = tables.ln2Split(42);
        LN2_HI = ln2[0];
        LN2_LO = ln2[1];
        final double[] ln2OverN = tables.ln2OverSplit(EXP_N);
        LN2_N_HI = ln2OverN[0];
        LN2_N_LO = ln2OverN[1];
        INV_LN2_N = tables.nOverLn2(EXP_N);
        tables.powersOfTwo(EXP_N, 0, EXP_HI, EXP_LO, false);
        tables.powersOfTwo(EXP_N, -EXPM1_OFFSET, EXPM1_HI, EXPM1_LO, true);
        for (int j = 0; j < LOG_N; j++) {
            final double centre = 1.0 + (j + 0.5) / LOG_N;
            LOG_INV[j] = 1.0 / centre;
        }
        tables.logOfReciprocals(LOG_INV, LOG_N / 2, LOG_HI, LOG_LO);
    }

    private DeterministicMath() {
    }

    /** {@code e^x}; NaN for NaN, {@code +inf} on overflow, 0 on underflow. */
    public static double exp(final double x) {
        if (!(x <= EXP_OVERFLOW)) {
            return x != x ? x : Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0.0;
        }
        final double kf = Math.rint(x * INV_LN2_N);
        final double r = Math.fma(-kf, LN2_N_LO, Math.fma(-kf, LN2_N_HI, x));
        final int kj = (int) kf;
        final int j = kj & (EXP_N - 1);
        final int k = kj >> EXP_BITS;
        final double p = r + r * r * (0.5 + r * (SIXTH + r * (INV_24 + r * INV_120)));
        final double hi = EXP_HI[j];
        final double y = hi + Math.fma(hi, p, EXP_LO[j]);
        return scale(y, k);
    }

    /** {@code e^x - 1}, accurate also for small {@code |x|}; NaN for NaN. */
    public static double expm1(final double x) {
        if (!(Math.abs(x) <= EXPM1_DIRECT)) {
            // Outside the table range the subtraction is benign only on one side; StrictMath keeps it exact.
            return StrictMath.expm1(x);
        }
        if (x == 0.0) {
            return x; // keeps the sign of -0.0
        }
        if (Math.abs(x) < EXPM1_TAYLOR) {
            // Taylor to x^9: below 2^-5 the truncation is under 2^-58 relative, and nothing cancels.
            final double tail = x * x * (0.5 + x * (SIXTH + x * (INV_24 + x * (INV_120 + x * (INV_720
                + x * (INV_5040 + x * (INV_40320 + x * INV_362880)))))));
            return x + tail;
        }
        final double kf = Math.rint(x * INV_LN2_N);
        final double r = Math.fma(-kf, LN2_N_LO, Math.fma(-kf, LN2_N_HI, x));
        final int j = (int) kf; // 2^-5 <= |x| <= 0.3 < ln2/2: no power of two, |j| in [6, 56]
        final double p = r + r * r * (0.5 + r * (SIXTH + r * (INV_24 + r * INV_120)));
        // 2^(j/128) e^r - 1 = (T - 1) + (T - 1) p + p, with T - 1 a double-double.
        final int i = j + EXPM1_OFFSET;
        final double tm1 = EXPM1_HI[i];
        return tm1 + (EXPM1_LO[i] + Math.fma(tm1, p, p));
    }

    /** Natural logarithm; NaN for negative or NaN, {@code -inf} at 0, {@code +inf} at {@code +inf}. */
    public static double log(final double x) {
        final double f = x - 1.0;
        if (Math.abs(f) < NEAR_ONE) {
            return log1pNearZero(f);
        }
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            return x == Double.POSITIVE_INFINITY ? x : Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52) - 1023;
        if (e == -1023) { // subnormal: scale into the normal range exactly
            bits = Double.doubleToRawLongBits(x * TWO_POW_54);
            e = (int) (bits >>> 52) - 1023 - 54;
        }
        final int j = (int) (bits >>> (52 - 7)) & (LOG_N - 1);
        final double m = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (j >= LOG_N / 2) {
            e++; // m >= 1.5: use m / 2 in [0.75, 1) so that x just below 1 does not cancel against ln 2
        }
        final double r = Math.fma(m, LOG_INV[j], -1.0);
        final double ed = e;
        // (e ln2_hi + ln c_hi) + r summed error-free; LN2_HI has 42 bits so e * LN2_HI is exact.
        final double a = ed * LN2_HI;
        final double b = LOG_HI[j];
        final double s1 = a + b;
        final double bb1 = s1 - a;
        final double e1 = (a - (s1 - bb1)) + (b - bb1);
        final double s2 = s1 + r;
        final double bb2 = s2 - s1;
        final double e2 = (s1 - (s2 - bb2)) + (r - bb2);
        final double r2 = r * r;
        final double tail = r2 * (-0.5 + r * (THIRD + r * (-0.25 + r * (FIFTH + r * (-SIXTH + r * SEVENTH)))));
        return s2 + (((e1 + e2) + (LOG_LO[j] + ed * LN2_LO)) + tail);
    }

    /** {@code ln(1 + f)} for {@code |f| < 2^-7}: {@code f - f^2/2} compensated, then the Taylor tail to {@code f^9}. */
    private static double log1pNearZero(final double f) {
        final double halfF = 0.5 * f;
        final double hf = halfF * f;
        final double hfError = Math.fma(halfF, f, -hf);
        final double s = f - hf;
        final double sError = (f - s) - hf; // exact: |hf| <= |f| / 256
        final double tail = f * f * f * (THIRD + f * (-0.25 + f * (FIFTH + f * (-SIXTH + f * (SEVENTH
            + f * (-0.125 + f * NINTH))))));
        return s + ((sError - hfError) + tail);
    }

    /** {@code y * 2^k} with a single rounding, also when the result is subnormal or overflows. */
    private static double scale(final double y, final int k) {
        if (k >= -1022 && k <= 1023) {
            return y * Double.longBitsToDouble((long) (k + 1023) << 52);
        }
        if (k > 1023) {
            return y * Double.longBitsToDouble((long) (k - 64 + 1023) << 52) * TWO_POW_64;
        }
        // Exact first step into the normal range, then one rounding into the subnormals.
        return y * Double.longBitsToDouble((long) (k + 64 + 1023) << 52) * TWO_POW_MINUS_64;
    }
}
