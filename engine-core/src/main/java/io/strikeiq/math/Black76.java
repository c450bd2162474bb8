package io.strikeiq.math;

/**
 * Black-76 values of European options on a forward, undiscounted (multiply by the discount
 * factor for a present value): call {@code F N(d1) - K N(d2)}, put {@code K N(-d2) - F N(-d1)},
 * {@code d1,2 = ln(F/K) / s +- s/2}, {@code s = vol sqrt(t)}. Static methods on primitives:
 * nothing allocates, and only {@link DeterministicMath} and {@link NormalDistribution} are used, so the
 * results are bit-identical everywhere.
 *
 * <p>The out-of-the-money leg is always evaluated from the small tail probabilities and the
 * in-the-money one by put-call parity ({@code C - P = F - K}), so deep out-of-the-money prices
 * keep their relative accuracy instead of being the difference of two numbers close to
 * {@code F}. With no time or no volatility ({@code vol * sqrt(t) == 0}) prices are intrinsic,
 * deltas are 1, 0 or 1/2 at the money, and vega is 0. Invalid inputs (non-positive forward,
 * negative strike, NaN) give NaN.
 *
 * <p>{@link #greeks} prices a discounted option ({@code D = exp(-r t)}, call
 * {@code D (F N(d1) - K N(d2))}) and all its sensitivities in one pass into a caller-owned
 * {@link Greeks}: two {@code N} evaluations, one density, one {@code log} and one {@code exp}.
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
        final double d1 = DeterministicMath.log(forward / strike) / stdDev + 0.5 * stdDev;
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
        final double d1 = DeterministicMath.log(forward / strike) / stdDev + 0.5 * stdDev;
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
        final double d1 = DeterministicMath.log(forward / strike) / stdDev + 0.5 * stdDev;
        return forward * NormalDistribution.pdf(d1) * Math.sqrt(tYears);
    }

    /**
     * Discounted Black-76 value and greeks in one pass: {@code price = D * undiscounted},
     * {@code delta = forwardDelta = D N(d1)} (call) or {@code -D N(-d1)} (put),
     * {@code gamma = D phi(d1) / (F vol sqrt(t))}, {@code vega = D F phi(d1) sqrt(t)},
     * {@code thetaPerYear = -D F phi(d1) vol / (2 sqrt(t)) + r price} (forward held fixed),
     * {@code rho = -t price} (forward held fixed). Non-positive {@code tYears} is treated as
     * expiry (intrinsic value); invalid inputs set every field to NaN.
     */
    public static void greeks(
        final boolean isCall, final double forward, final double strike, final double tYears, final double rate,
        final double vol, final Greeks out) {
        if (!undiscounted(isCall, forward, strike, tYears, vol, out)) {
            return;
        }
        final double t = Math.max(tYears, 0.0);
        final double df = DeterministicMath.exp(-rate * t);
        out.price *= df;
        out.forwardDelta *= df;
        out.delta = out.forwardDelta;
        out.gamma *= df;
        out.vega *= df;
        out.thetaPerYear = -df * out.thetaPerYear + rate * out.price;
        out.rho = -t * out.price;
    }

    /**
     * One-pass undiscounted kernel shared with {@link BlackScholesMerton}: fills {@code price},
     * {@code forwardDelta}, {@code gamma} (in F), {@code vega}, {@code thetaPerYear} with the
     * undiscounted decay term {@code F phi(d1) vol / (2 sqrt(t))}, and {@code probD2} with
     * {@code N(d2)} (call) or {@code N(-d2)} (put). Returns false (fields NaN) on invalid input.
     */
    static boolean undiscounted(
        final boolean isCall, final double forward, final double strike, final double tYears, final double vol,
        final Greeks out) {
        if (!(forward > 0.0) || !(strike >= 0.0) || timeOrVolIsNaN(tYears, vol)) {
            out.setNaN();
            return false;
        }
        final double intrinsic = isCall ? Math.max(forward - strike, 0.0) : Math.max(strike - forward, 0.0);
        final double stdDev = stdDev(tYears, vol);
        if (stdDev == 0.0 || strike == 0.0) {
            final double callDelta = forward > strike ? 1.0 : forward < strike ? 0.0 : 0.5;
            out.price = intrinsic;
            out.forwardDelta = isCall ? callDelta : callDelta - 1.0;
            out.gamma = 0.0;
            out.vega = 0.0;
            out.thetaPerYear = 0.0;
            out.probD2 = isCall ? callDelta : 1.0 - callDelta;
            return true;
        }
        final double d1 = DeterministicMath.log(forward / strike) / stdDev + 0.5 * stdDev;
        final double d2 = d1 - stdDev;
        // Evaluate the small tail probabilities directly; their complements are >= 1/2 and exact enough.
        final double nd1;
        final double nd2;
        final double nMinusD1;
        final double nMinusD2;
        if (forward <= strike) {
            nd1 = NormalDistribution.cdf(d1);
            nd2 = NormalDistribution.cdf(d2);
            nMinusD1 = 1.0 - nd1;
            nMinusD2 = 1.0 - nd2;
        } else {
            nMinusD1 = NormalDistribution.cdf(-d1);
            nMinusD2 = NormalDistribution.cdf(-d2);
            nd1 = 1.0 - nMinusD1;
            nd2 = 1.0 - nMinusD2;
        }
        final double otm = forward <= strike ? forward * nd1 - strike * nd2 : strike * nMinusD2 - forward * nMinusD1;
        final double timeValue = Math.max(otm, 0.0);
        final double density = NormalDistribution.pdf(d1);
        final double sqrtT = Math.sqrt(tYears);
        out.price = timeValue + intrinsic;
        out.forwardDelta = isCall ? nd1 : -nMinusD1;
        out.gamma = density / (forward * stdDev);
        out.vega = forward * density * sqrtT;
        out.thetaPerYear = forward * density * vol / (2.0 * sqrtT);
        out.probD2 = isCall ? nd2 : nMinusD2;
        return true;
    }

    private static boolean timeOrVolIsNaN(final double tYears, final double vol) {
        return tYears != tYears || vol != vol;
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
