package io.strikeiq.math;

/**
 * Preallocated, mutable result of one pricing pass ({@link Black76#greeks} or
 * {@link BlackScholesMerton#greeks}): present value and its sensitivities, all discounted. Reuse
 * one instance per thread; every call overwrites every field, so nothing allocates.
 *
 * <p>Units and signs: {@code delta}/{@code gamma} are with respect to the model's underlying
 * input (the forward for Black-76, the spot for Black-Scholes-Merton); {@code forwardDelta} is
 * always {@code dV/dF}. {@code vega} is per 1.00 of volatility (multiply by 0.01 for per vol
 * point, see {@link #vegaPerPercent()}). {@code thetaPerYear} is {@code dV/d(calendar time)} in
 * years, i.e. {@code -dV/dT} (negative for a long option that only decays), and
 * {@code thetaPerDay = thetaPerYear / 365}. {@code rho} is {@code dV/dr} per 1.00 of the
 * continuously compounded rate. Invalid inputs leave every field NaN.
 */
public final class Greeks {
    /** Calendar days per year, matching the time-to-expiry convention {@code t = seconds / (365 * 86400)}. */
    public static final double DAYS_PER_YEAR = 365.0;

    double price;
    double delta;
    double forwardDelta;
    double gamma;
    double vega;
    double thetaPerYear;
    double rho;
    /** Scratch from the kernel: {@code N(d2)} for a call, {@code N(-d2)} for a put (undiscounted exercise probability). */
    double probD2;

    /** Present value. */
    public double price() {
        return price;
    }

    /** First derivative of the value with respect to the underlying input (forward or spot). */
    public double delta() {
        return delta;
    }

    /** {@code dV/dF}: first derivative of the value with respect to the forward, for either model. */
    public double forwardDelta() {
        return forwardDelta;
    }

    /** Second derivative of the value with respect to the underlying input (forward or spot). */
    public double gamma() {
        return gamma;
    }

    /** {@code dV/dsigma} per 1.00 of volatility. */
    public double vega() {
        return vega;
    }

    /** Vega per 1 volatility point (0.01). */
    public double vegaPerPercent() {
        return vega * 0.01;
    }

    /** {@code dV/d(calendar time)} per year: {@code -dV/dT}. */
    public double thetaPerYear() {
        return thetaPerYear;
    }

    /** Theta per calendar day: {@link #thetaPerYear()} / 365. */
    public double thetaPerDay() {
        return thetaPerYear / DAYS_PER_YEAR;
    }

    /** {@code dV/dr} per 1.00 of the continuously compounded rate. */
    public double rho() {
        return rho;
    }

    void setNaN() {
        price = Double.NaN;
        delta = Double.NaN;
        forwardDelta = Double.NaN;
        gamma = Double.NaN;
        vega = Double.NaN;
        thetaPerYear = Double.NaN;
        rho = Double.NaN;
    }
}
