package io.strikeiq.math;

/**
 * Black-Scholes-Merton value and greeks of a European option on a spot {@code S} paying a
 * continuous yield {@code q} (dividend yield, or the foreign rate / cost of carry), with a
 * continuously compounded rate {@code r}: forward {@code F = S exp((r - q) t)}, discount
 * {@code D = exp(-r t)}, value {@code D * Black76(F, K, t, vol)}. One pass through the shared
 * Black-76 kernel, then the spot-based sensitivities: {@code delta = dV/dS}, {@code gamma =
 * d2V/dS2}, theta and rho with the spot (not the forward) held fixed. Static, allocation-free,
 * {@link DeterministicMath} only.
 */
public final class BlackScholesMerton {
    private BlackScholesMerton() {
    }

    /**
     * Value and greeks into {@code out}: {@code delta = exp(-q t) N(d1)} (call) or
     * {@code -exp(-q t) N(-d1)} (put); {@code gamma = exp(-q t) phi(d1) / (S vol sqrt(t))};
     * {@code vega = S exp(-q t) phi(d1) sqrt(t)};
     * {@code thetaPerYear = -S exp(-q t) phi(d1) vol / (2 sqrt(t)) - w r K D N(w d2) + q S exp(-q t) w N(w d1)};
     * {@code rho = w K t D N(w d2)}, where {@code w = +1} for a call and {@code -1} for a put.
     * {@code forwardDelta} is {@code dV/dF = D w N(w d1)}. Invalid inputs set every field to NaN.
     */
    public static void greeks(
        final boolean isCall, final double spot, final double strike, final double tYears, final double rate,
        final double dividendYield, final double vol, final Greeks out) {
        if (!(spot > 0.0) || rate != rate || dividendYield != dividendYield) {
            out.setNaN();
            return;
        }
        final double t = Math.max(tYears, 0.0);
        final double growth = DeterministicMath.exp((rate - dividendYield) * t);
        final double forward = spot * growth;
        if (!Black76.undiscounted(isCall, forward, strike, tYears, vol, out)) {
            return;
        }
        final double df = DeterministicMath.exp(-rate * t);
        final double decay = out.thetaPerYear;
        final double sign = isCall ? 1.0 : -1.0;
        out.price *= df;
        out.forwardDelta *= df;
        out.delta = out.forwardDelta * growth;
        out.gamma *= df * growth * growth;
        out.vega *= df;
        out.thetaPerYear = -df * decay - sign * rate * strike * df * out.probD2
            + dividendYield * forward * out.forwardDelta;
        out.rho = sign * strike * t * df * out.probD2;
    }
}
