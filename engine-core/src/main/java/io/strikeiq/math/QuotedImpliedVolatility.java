package io.strikeiq.math;

/**
 * Implied volatility of a quoted option contract at an event time: picks the price (the mid when
 * the quote is two-sided and its spread / mid is at most {@code maxSpreadRatio}, else the last
 * trade), flags it ({@link IvFlags#WIDE_SPREAD}, {@link IvFlags#STALE} when the contract has not
 * updated for more than {@code maxAgeNs} of event time, {@link IvFlags#NO_QUOTE} when there is no
 * usable price, {@link IvFlags#EXPIRED} at or after the expiry instant) and inverts it with
 * {@link ImpliedVolatility} on {@code t = }{@link TimeToExpiry#years}. Immutable configuration,
 * allocation-free solves.
 */
public final class QuotedImpliedVolatility {
    private final double rate;
    private final double maxSpreadRatio;
    private final long maxAgeNs;

    /**
     * @param rate           continuously compounded rate for the discount {@code exp(-rate t)} (0 allowed)
     * @param maxSpreadRatio largest {@code (ask - bid) / mid} for which the mid is used
     * @param maxAgeNs       largest event-time age of the contract's last update before it is STALE
     */
    public QuotedImpliedVolatility(final double rate, final double maxSpreadRatio, final long maxAgeNs) {
        if (!(rate == rate) || !(maxSpreadRatio >= 0.0) || maxAgeNs < 0L) {
            throw new IllegalArgumentException("rate must be a number, maxSpreadRatio and maxAgeNs non-negative");
        }
        this.rate = rate;
        this.maxSpreadRatio = maxSpreadRatio;
        this.maxAgeNs = maxAgeNs;
    }

    /**
     * Solves for one contract. {@code bid}, {@code ask}, {@code last} are NaN or non-positive when
     * absent; {@code lastUpdateNs} is the event time of the contract's latest quote or trade.
     */
    public void solve(
        final boolean isCall, final double bid, final double ask, final double last, final long lastUpdateNs,
        final double forward, final double strike, final long expiryNs, final long eventNs, final IvResult out) {
        if (TimeToExpiry.isExpired(expiryNs, eventNs)) {
            out.set(Double.NaN, IvFlags.EXPIRED, 0, Double.NaN);
            return;
        }
        int flags = eventNs - lastUpdateNs > maxAgeNs ? IvFlags.STALE : IvFlags.NONE;
        final boolean hasLast = last > 0.0 && last < Double.POSITIVE_INFINITY;
        double price = Double.NaN;
        if (bid > 0.0 && ask >= bid && ask < Double.POSITIVE_INFINITY) {
            final double mid = 0.5 * (bid + ask);
            if ((ask - bid) / mid <= maxSpreadRatio) {
                price = mid;
            } else {
                flags |= IvFlags.WIDE_SPREAD;
                price = hasLast ? last : Double.NaN;
            }
        } else if (hasLast) {
            price = last;
        }
        ImpliedVolatility.solve(isCall, price, forward, strike, TimeToExpiry.years(expiryNs, eventNs), rate, out);
        out.flags |= flags;
    }
}
