package io.strikeiq.math;

/**
 * Preallocated, mutable result of an implied-volatility solve: the annualised volatility (NaN
 * when a {@link IvFlags#NO_VALUE} flag is set), its {@link IvFlags} bit set, the number of
 * Householder iterations taken after the initial guess, and the option price that was inverted.
 * One instance per thread; every solve overwrites every field.
 */
public final class IvResult {
    double vol;
    int flags;
    int iterations;
    double priceUsed;

    /** Annualised implied volatility (per 1.00), NaN when there is none. */
    public double vol() {
        return vol;
    }

    /** {@link IvFlags} bit set. */
    public int flags() {
        return flags;
    }

    /** Householder iterations after the initial guess (0 when no iteration was needed or possible). */
    public int iterations() {
        return iterations;
    }

    /** The discounted option price that was inverted (NaN when none was usable). */
    public double priceUsed() {
        return priceUsed;
    }

    /** True when a volatility value is present (it may still carry WIDE_SPREAD or STALE). */
    public boolean hasValue() {
        return (flags & IvFlags.NO_VALUE) == 0;
    }

    void set(final double vol, final int flags, final int iterations, final double priceUsed) {
        this.vol = vol;
        this.flags = flags;
        this.iterations = iterations;
        this.priceUsed = priceUsed;
    }
}
