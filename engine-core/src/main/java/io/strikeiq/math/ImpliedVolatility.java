package io.strikeiq.math;

/**
 * Black-76 implied volatility to double precision in at most {@link #MAX_ITERATIONS}
 * Householder steps, in the manner of Jäckel's "Let's Be Rational" (2015), written from the
 * mathematics. Never throws: inputs outside the no-arbitrage bounds give NaN with an
 * {@link IvFlags} reason. Static, allocation-free, {@link DeterministicMath} only (plus
 * {@link StrictMath#cbrt} in the rarely taken low-price initial guess).
 *
 * <p>The price is normalised to the out-of-the-money call on {@code x = -|ln(F/K)| <= 0}:
 * {@code beta = timeValue / (D sqrt(F K))}, the normalised Black function being
 * {@code b(x, s) = e^(x/2) N(x/s + s/2) - e^(-x/2) N(x/s - s/2)}, {@code s = vol sqrt(t)},
 * {@code 0 <= b < e^(x/2)}. The s-axis is cut at the inflection point {@code s_c = sqrt(2|x|)} and
 * at the tangent intercepts {@code s_l}, {@code s_u} into four regions. The initial guess is a
 * rational cubic interpolation: of {@code s(beta)} directly in the two middle regions; in the
 * low region of the map {@code f_l(s) = 2 pi |x| / (3 sqrt 3) N(-|x| / (sqrt 3 s))^3} (which has
 * the same {@code s -> 0} asymptote as {@code b}) followed by its exact inverse; in the high
 * region of {@code f_u(s) = N(-s/2)} (the {@code s -> inf} asymptote of {@code (e^(x/2) - b) / 2}).
 * Householder's third-order step then runs on an objective that is nearly linear in its region:
 * {@code 1/ln b - 1/ln beta} (low), {@code b - beta} (middle), {@code ln((e^(x/2) - beta) / (e^(x/2) - b))}
 * (high), stopping once a step moves {@code s} by less than 2^-30 relative: with fourth-order
 * convergence the error left after such a step is far below one ulp.
 */
public final class ImpliedVolatility {
    /** Upper bound on Householder iterations after the initial guess. */
    public static final int MAX_ITERATIONS = 3;

    private static final double SQRT_3 = 1.7320508075688772;
    private static final double TWO_PI = 6.283185307179586;
    private static final double STOP = 0x1.0p-30;
    private static final int OBJECTIVE_LOW = 0;
    private static final int OBJECTIVE_MIDDLE = 1;
    private static final int OBJECTIVE_HIGH = 2;

    private ImpliedVolatility() {
    }

    /**
     * Implied volatility of a discounted Black-76 price ({@code D = exp(-rate t)}) into {@code out}.
     * {@code tYears <= 0} is {@link IvFlags#EXPIRED}; a NaN price is {@link IvFlags#NO_QUOTE}; a price
     * exactly at intrinsic value gives volatility 0.
     */
    public static void solve(
        final boolean isCall, final double price, final double forward, final double strike, final double tYears,
        final double rate, final IvResult out) {
        if (price != price) {
            out.set(Double.NaN, IvFlags.NO_QUOTE, 0, price);
            return;
        }
        if (!(forward > 0.0) || !(strike > 0.0) || rate != rate || tYears != tYears
            || forward == Double.POSITIVE_INFINITY || strike == Double.POSITIVE_INFINITY) {
            out.set(Double.NaN, IvFlags.BAD_INPUT, 0, price);
            return;
        }
        if (tYears <= 0.0) {
            out.set(Double.NaN, IvFlags.EXPIRED, 0, price);
            return;
        }
        final double intrinsic = isCall ? Math.max(forward - strike, 0.0) : Math.max(strike - forward, 0.0);
        // Time value = (price - D intrinsic) / D with D - 1 from expm1: on a deep in-the-money option the
        // time value is a few digits of the price, and rounding D itself would cost ulp(price) absolute.
        final double discountMinusOne = DeterministicMath.expm1(-rate * tYears);
        final double timeValue = ((price - intrinsic) - discountMinusOne * intrinsic) / (1.0 + discountMinusOne);
        if (timeValue < 0.0) {
            out.set(Double.NaN, IvFlags.BELOW_INTRINSIC, 0, price);
            return;
        }
        if (timeValue >= Math.min(forward, strike)) {
            out.set(Double.NaN, IvFlags.ABOVE_UPPER_BOUND, 0, price);
            return;
        }
        if (timeValue == 0.0) {
            out.set(0.0, IvFlags.NONE, 0, price);
            return;
        }
        final double x = -Math.abs(DeterministicMath.log(forward / strike));
        final double beta = timeValue / Math.sqrt(forward * strike);
        final double s = normalisedVol(beta, x, out);
        out.set(s / Math.sqrt(tYears), IvFlags.NONE, out.iterations, price);
    }

    /** Solves {@code b(x, s) = beta} for {@code s}, {@code x <= 0}, {@code 0 < beta < e^(x/2)}; stores the iteration count. */
    static double normalisedVol(final double beta, final double x, final IvResult out) {
        final double bMax = DeterministicMath.exp(0.5 * x);
        final double guess;
        final int objective;
        if (x == 0.0) {
            // b(0, s) = 1 - 2 N(-s/2) inverts exactly.
            guess = -2.0 * NormalDistribution.inverseCdf(0.5 * (1.0 - beta));
            objective = OBJECTIVE_MIDDLE;
        } else {
            final double sC = Math.sqrt(-2.0 * x);
            final double bC = black(x, sC, bMax);
            final double vC = blackVega(x, sC);
            if (beta < bC) {
                final double sL = sC - bC / vC;
                final double bL = sL > 0.0 ? black(x, sL, bMax) : 0.0;
                if (beta < bL) {
                    guess = lowGuess(beta, x, sL, bL);
                    objective = OBJECTIVE_LOW;
                } else {
                    final double dl = sL > 0.0 ? 1.0 / blackVega(x, sL) : 0.0;
                    final double dr = 1.0 / vC;
                    final double r = RationalCubic.controlFromRight(bL, bC, Math.max(sL, 0.0), sC, dl, dr, 0.0);
                    guess = RationalCubic.interpolate(beta, bL, bC, Math.max(sL, 0.0), sC, dl, dr, r);
                    objective = OBJECTIVE_MIDDLE;
                }
            } else {
                final double sU = sC + (bMax - bC) / vC;
                final double bU = black(x, sU, bMax);
                if (beta <= bU) {
                    final double dl = 1.0 / vC;
                    final double dr = 1.0 / blackVega(x, sU);
                    final double r = RationalCubic.controlFromLeft(bC, bU, sC, sU, dl, dr, 0.0);
                    guess = RationalCubic.interpolate(beta, bC, bU, sC, sU, dl, dr, r);
                    objective = OBJECTIVE_MIDDLE;
                } else {
                    guess = highGuess(beta, x, sU, bU, bMax);
                    objective = OBJECTIVE_HIGH;
                }
            }
        }
        return householder(beta, x, bMax, guess, objective, out);
    }

    /** Low region: rational cubic of {@code f_l} against {@code beta} on {@code [0, b_l]}, then {@code s = f_l^-1(f)}. */
    private static double lowGuess(final double beta, final double x, final double sL, final double bL) {
        final double ax = -x;
        final double scale = TWO_PI * ax / (3.0 * SQRT_3);
        final double z = -ax / (SQRT_3 * sL);
        final double cdf = NormalDistribution.cdf(z);
        final double pdf = NormalDistribution.pdf(z);
        final double dz = -z / sL;
        final double d2z = 2.0 * z / (sL * sL);
        final double f = scale * cdf * cdf * cdf;
        final double df = 3.0 * scale * cdf * cdf * pdf * dz;
        final double d2f = 3.0 * scale * cdf * pdf * (2.0 * pdf * dz * dz - z * cdf * dz * dz + cdf * d2z);
        final double bPrime = blackVega(x, sL);
        final double bSecond = bPrime * (x * x / (sL * sL * sL) - 0.25 * sL);
        final double dfdb = df / bPrime;
        final double d2fdb2 = (d2f - dfdb * bSecond) / (bPrime * bPrime);
        final double r = RationalCubic.controlFromRight(0.0, bL, 0.0, f, 1.0, dfdb, d2fdb2);
        final double fGuess = RationalCubic.interpolate(beta, 0.0, bL, 0.0, f, 1.0, dfdb, r);
        if (!(fGuess > 0.0)) {
            return 0.5 * sL; // beta underflowed the map; the iterations start from a safe small s
        }
        final double cubeRoot = DeterministicMath.cbrt(fGuess / scale);
        return -ax / (SQRT_3 * NormalDistribution.inverseCdf(Math.min(cubeRoot, 0.5)));
    }

    /** High region: rational cubic of {@code f_u = N(-s/2)} against {@code beta} on {@code [b_u, b_max]}, then {@code s = -2 N^-1(f)}. */
    private static double highGuess(final double beta, final double x, final double sU, final double bU,
        final double bMax) {
        final double f = NormalDistribution.cdf(-0.5 * sU);
        final double pdf = NormalDistribution.pdf(0.5 * sU);
        final double df = -0.5 * pdf;
        final double d2f = 0.125 * sU * pdf;
        final double bPrime = blackVega(x, sU);
        final double bSecond = bPrime * (x * x / (sU * sU * sU) - 0.25 * sU);
        final double dfdb = df / bPrime;
        final double d2fdb2 = (d2f - dfdb * bSecond) / (bPrime * bPrime);
        final double r = RationalCubic.controlFromLeft(bU, bMax, f, 0.0, dfdb, -0.5, d2fdb2);
        final double fGuess = RationalCubic.interpolate(beta, bU, bMax, f, 0.0, dfdb, -0.5, r);
        final double fClamped = Math.min(Math.max(fGuess, Double.MIN_NORMAL), f);
        return -2.0 * NormalDistribution.inverseCdf(fClamped);
    }

    private static double householder(
        final double beta, final double x, final double bMax, final double guess, final int objective,
        final IvResult out) {
        double s = guess;
        int iterations = 0;
        final double lnBeta = objective == OBJECTIVE_LOW ? DeterministicMath.log(beta) : 0.0;
        final double lnBetaGap = objective == OBJECTIVE_HIGH ? DeterministicMath.log(bMax - beta) : 0.0;
        while (iterations < MAX_ITERATIONS) {
            final double b = black(x, s, bMax);
            final double bPrime = blackVega(x, s);
            final double ratio2 = x * x / (s * s * s) - 0.25 * s;
            final double ratio3 = ratio2 * ratio2 - 3.0 * x * x / (s * s * s * s) - 0.25;
            final double newton;
            final double eta2;
            final double eta3;
            if (objective == OBJECTIVE_LOW) {
                final double lnB = DeterministicMath.log(b);
                final double g2 = -(lnB + 2.0) / (b * lnB);
                final double g3 = 2.0 * (lnB * lnB + 3.0 * lnB + 3.0) / (b * b * lnB * lnB);
                // g = 1/ln b - 1/ln beta, g' = -b' / (b ln^2 b)
                newton = (1.0 / lnB - 1.0 / lnBeta) * b * lnB * lnB / bPrime;
                eta2 = g2 * bPrime + ratio2;
                eta3 = g3 * bPrime * bPrime + 3.0 * g2 * bPrime * ratio2 + ratio3;
            } else if (objective == OBJECTIVE_HIGH) {
                final double gap = blackGap(x, s, bMax);
                final double g2 = 1.0 / gap;
                // g = ln(bMax - beta) - ln(bMax - b), g' = b' / (bMax - b)
                newton = -(lnBetaGap - DeterministicMath.log(gap)) * gap / bPrime;
                eta2 = g2 * bPrime + ratio2;
                eta3 = 2.0 * g2 * g2 * bPrime * bPrime + 3.0 * g2 * bPrime * ratio2 + ratio3;
            } else {
                newton = -(b - beta) / bPrime;
                eta2 = ratio2;
                eta3 = ratio3;
            }
            final double step = newton * (1.0 + 0.5 * eta2 * newton) / (1.0 + newton * (eta2 + eta3 * newton / 6.0));
            iterations++;
            final double next = s + step;
            if (!(next > 0.0) || next == Double.POSITIVE_INFINITY) {
                s = next > 0.0 ? 2.0 * s : 0.5 * s; // keep s inside (0, inf); the next step resumes
                continue;
            }
            s = next;
            if (Math.abs(step) <= STOP * s) {
                break;
            }
        }
        out.iterations = iterations;
        return s;
    }

    /** Normalised out-of-the-money Black call {@code b(x, s)}, {@code x <= 0}, {@code bMax = e^(x/2)}. */
    static double black(final double x, final double s, final double bMax) {
        if (!(s > 0.0)) {
            return 0.0;
        }
        final double h = x / s;
        final double half = 0.5 * s;
        return bMax * NormalDistribution.cdf(h + half) - NormalDistribution.cdf(h - half) / bMax;
    }

    /** {@code e^(x/2) - b(x, s)} without cancellation: {@code e^(x/2) N(-x/s - s/2) + e^(-x/2) N(x/s - s/2)}. */
    private static double blackGap(final double x, final double s, final double bMax) {
        final double h = x / s;
        final double half = 0.5 * s;
        return bMax * NormalDistribution.cdf(-h - half) + NormalDistribution.cdf(h - half) / bMax;
    }

    /** {@code db/ds = phi(x/s + s/2) e^(x/2) = exp(-(x/s)^2/2 - s^2/8) / sqrt(2 pi)}. */
    private static double blackVega(final double x, final double s) {
        final double h = x / s;
        return NormalDistribution.INV_SQRT_2PI * DeterministicMath.exp(-0.5 * h * h - 0.125 * s * s);
    }
}
