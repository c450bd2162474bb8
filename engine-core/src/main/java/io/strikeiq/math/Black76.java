package io.strikeiq.math;

/**
 * Black-76 values of European options on a forward, undiscounted (multiply by the discount
 * factor for a present value): call {@code F N(d1) - K N(d2)}, put {@code K N(-d2) - F N(-d1)},
 * {@code d1,2 = ln(F/K) / s +- s/2}, {@code s = vol sqrt(t)}. Static methods on primitives:
 * nothing allocates, and only {@link StrictMath} and {@link NormalDistribution} are used, so the
 * results are bit-identical everywhere.
 *
 * <p>The out-of-the-money leg is always evaluated from the small tail probabilities and the
 * in-the-money one by put-call parity ({@code C - P = F - K}), so deep out-of-the-money prices
 * keep their relative accuracy instead of being the difference of two numbers close to
 * {@code F}. With no time or no volatility ({@code vol * sqrt(t) == 0}) prices are intrinsic,
 * deltas are 1, 0 or 1/2 at the money, and vega is 0. Invalid inputs (non-positive forward,
 * negative strike, NaN) give NaN.
 */
public final class Black76 {
    private Black76() {
    }

    /** Undiscounted call value. */
    public static double callPrice(final double forward, final double strike, final double tYears, final double vol) {
        return price(true, forward, strike, tYears, vol);
    }

    /** Undiscounted put value. */
    public static double putPrice(final double forward, final double strike, final double tYears, final double vol) {
        return price(false, forward, strike, tYears, vol);
    }

    /** Undiscounted value of a call ({@code isCall}) or put. */
    public static double price(
        final boolean isCall, final double forward, final double strike, final double tYears, final double vol) {
        if (!(forward > 0.0) || !(strike >= 0.0)) {
            return Double.NaN;
        }
        final double intrinsic = isCall ? Math.max(forward - strike, 0.0) : Math.max(strike - forward, 0.0);
        final double stdDev = stdDev(tYears, vol);
        if (stdDev != stdDev) {
            return Double.NaN;
        }
        if (stdDev == 0.0 || strike == 0.0) {
            return intrinsic;
        }
        final double d1 = StrictMath.log(forward / strike) / stdDev + 0.5 * stdDev;
        final double d2 = d1 - stdDev;
        // Out-of-the-money leg from the tails: call when F <= K, put when F > K.
        final double otm = forward <= strike
            ? forward * NormalDistribution.cdf(d1) - strike * NormalDistribution.cdf(d2)
            : strike * NormalDistribution.cdf(-d2) - forward * NormalDistribution.cdf(-d1);
        final boolean otmIsCall = forward <= strike;
        // Rounding can leave a tiny negative difference; an option is never worth less than 0.
        final double timeValue = Math.max(otm, 0.0);
        return isCall == otmIsCall ? timeValue : timeValue + intrinsic;
    }

    /** Undiscounted forward delta {@code dC/dF = N(d1)} of a call. */
    public static double callDelta(final double forward, final double strike, final double tYears, final double vol) {
        return delta(true, forward, strike, tYears, vol);
    }

    /** Undiscounted forward delta {@code dP/dF = N(d1) - 1 = -N(-d1)} of a put. */
    public static double putDelta(final double forward, final double strike, final double tYears, final double vol) {
        return delta(false, forward, strike, tYears, vol);
    }

    /** Undiscounted forward delta of a call ({@code isCall}) or put. */
    public static double delta(
        final boolean isCall, final double forward, final double strike, final double tYears, final double vol) {
        if (!(forward > 0.0) || !(strike >= 0.0)) {
            return Double.NaN;
        }
        final double stdDev = stdDev(tYears, vol);
        if (stdDev != stdDev) {
            return Double.NaN;
        }
        if (stdDev == 0.0 || strike == 0.0) {
            final double callDelta = forward > strike ? 1.0 : forward < strike ? 0.0 : 0.5;
            return isCall ? callDelta : callDelta - 1.0;
        }
        final double d1 = StrictMath.log(forward / strike) / stdDev + 0.5 * stdDev;
        return isCall ? NormalDistribution.cdf(d1) : -NormalDistribution.cdf(-d1);
    }

    /** Undiscounted vega {@code F phi(d1) sqrt(t)} per 1.00 of volatility (same for call and put). */
    public static double vega(final double forward, final double strike, final double tYears, final double vol) {
        if (!(forward > 0.0) || !(strike >= 0.0)) {
            return Double.NaN;
        }
        final double stdDev = stdDev(tYears, vol);
        if (stdDev != stdDev) {
            return Double.NaN;
        }
        if (stdDev == 0.0 || strike == 0.0) {
            return 0.0;
        }
        final double d1 = StrictMath.log(forward / strike) / stdDev + 0.5 * stdDev;
        return forward * NormalDistribution.pdf(d1) * Math.sqrt(tYears);
    }

    /** {@code vol * sqrt(t)}; 0 for non-positive time or vol, NaN for NaN. */
    private static double stdDev(final double tYears, final double vol) {
        if (tYears != tYears || vol != vol) {
            return Double.NaN;
        }
        if (tYears <= 0.0 || vol <= 0.0) {
            return 0.0;
        }
        return vol * Math.sqrt(tYears);
    }
}
