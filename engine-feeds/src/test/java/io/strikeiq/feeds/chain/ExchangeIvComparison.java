package io.strikeiq.feeds.chain;

import io.strikeiq.math.ForwardEstimator;
import io.strikeiq.math.ImpliedVolatility;
import io.strikeiq.math.IvResult;
import io.strikeiq.math.QuotedImpliedVolatility;
import io.strikeiq.math.TimeToExpiry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Our implied volatility against the exchange-published one, for every leg of a snapshot that has
 * an exchange IV: forward from put-call parity ({@link ForwardEstimator}, mids of two-sided quotes,
 * else last prices), {@code t} from the snapshot instant to 15:30 IST on the expiry
 * ({@link TimeToExpiry}), {@code r} = the spec's default 6.5 %. Two prices: the spec's rule
 * ({@link QuotedImpliedVolatility}: mid when two-sided and spread / mid ≤ {@link #MAX_SPREAD},
 * else last) and the last trade alone. Differences are |ours − exchange| in vol points.
 */
final class ExchangeIvComparison {
    static final double RATE = 0.065;
    static final double MAX_SPREAD = 0.10;

    /** Absolute differences (vol points) for the legs where both IVs exist; counts of the rest. */
    final List<Double> specRule = new ArrayList<>();
    final List<Double> lastTrade = new ArrayList<>();
    /** The LTP solved with NSE's apparent conventions: forward S·e^{rt} from the spot, t = whole calendar days / 365. */
    final List<Double> spotDays = new ArrayList<>();
    int published;
    int expired;
    int noForward;
    int unsolved;
    int parityFromQuotes;
    int parityFromLast;

    void add(final ChainSnapshot s) {
        final ForwardEstimator estimator = new ForwardEstimator();
        final QuotedImpliedVolatility quoted = new QuotedImpliedVolatility(RATE, MAX_SPREAD, Long.MAX_VALUE);
        final IvResult r = new IvResult();
        for (final ExpiryChain e : s.expiries()) {
            final int n = e.strikes().size();
            int withIv = 0;
            for (final StrikeRow row : e.strikes()) {
                withIv += (row.call() != null && row.call().has(OptionQuote.IV) ? 1 : 0)
                    + (row.put() != null && row.put().has(OptionQuote.IV) ? 1 : 0);
            }
            if (withIv == 0) {
                continue;
            }
            published += withIv;
            final double t = TimeToExpiry.years(e.expiryNanos(), s.timeNanos());
            if (TimeToExpiry.isExpired(e.expiryNanos(), s.timeNanos())) {
                expired += withIv;
                continue;
            }
            final double discount = StrictMath.exp(-RATE * t);
            final long days = e.expiryDate().toEpochDay() - java.time.LocalDateTime.ofEpochSecond(
                Math.floorDiv(s.timeNanos(), 1_000_000_000L), 0, java.time.ZoneOffset.ofHoursMinutes(5, 30)).toLocalDate().toEpochDay();
            final double forward = forward(estimator, e, n, discount);
            if (Double.isNaN(forward)) {
                noForward += withIv;
                continue;
            }
            for (final StrikeRow row : e.strikes()) {
                for (int side = 0; side < 2; side++) {
                    final OptionQuote q = side == 0 ? row.call() : row.put();
                    if (q == null || !q.has(OptionQuote.IV)) {
                        continue;
                    }
                    final double exchange = 100.0 * q.impliedVol();
                    quoted.solve(side == 0, q.bid(), q.ask(), q.ltp(), s.timeNanos(), forward, row.strike(),
                        e.expiryNanos(), s.timeNanos(), r);
                    if (r.hasValue()) {
                        specRule.add(Math.abs(100.0 * r.vol() - exchange));
                    } else {
                        unsolved++;
                    }
                    ImpliedVolatility.solve(side == 0, q.ltp(), forward, row.strike(), t, RATE, r);
                    if (r.hasValue()) {
                        lastTrade.add(Math.abs(100.0 * r.vol() - exchange));
                    }
                    final double tDays = days / 365.0;
                    if (tDays > 0 && !Double.isNaN(s.underlyingValue())) {
                        ImpliedVolatility.solve(side == 0, q.ltp(), s.underlyingValue() * StrictMath.exp(RATE * tDays),
                            row.strike(), tDays, RATE, r);
                        if (r.hasValue()) {
                            spotDays.add(Math.abs(100.0 * r.vol() - exchange));
                        }
                    }
                }
            }
        }
    }

    private double forward(final ForwardEstimator estimator, final ExpiryChain e, final int n, final double discount) {
        final double[] k = new double[n];
        final double[] cb = new double[n];
        final double[] ca = new double[n];
        final double[] pb = new double[n];
        final double[] pa = new double[n];
        for (int i = 0; i < n; i++) {
            final StrikeRow row = e.strikes().get(i);
            k[i] = row.strike();
            cb[i] = row.call() == null ? Double.NaN : row.call().bid();
            ca[i] = row.call() == null ? Double.NaN : row.call().ask();
            pb[i] = row.put() == null ? Double.NaN : row.put().bid();
            pa[i] = row.put() == null ? Double.NaN : row.put().ask();
        }
        final double fromQuotes = estimator.estimate(Double.NaN, k, cb, ca, pb, pa, n, discount);
        if (!Double.isNaN(fromQuotes)) {
            parityFromQuotes++;
            return fromQuotes;
        }
        for (int i = 0; i < n; i++) {
            final StrikeRow row = e.strikes().get(i);
            cb[i] = row.call() == null ? Double.NaN : row.call().ltp();
            pb[i] = row.put() == null ? Double.NaN : row.put().ltp();
        }
        final double fromLast = estimator.estimate(Double.NaN, k, cb, cb, pb, pb, n, discount);
        if (!Double.isNaN(fromLast)) {
            parityFromLast++;
        }
        return fromLast;
    }

    static double quantile(final List<Double> values, final double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        final double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        final double pos = q * (v.length - 1);
        final int lo = (int) Math.floor(pos);
        final int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }

    static String header() {
        return String.format("| %-36s | %6s | %6s | %7s | %6s | %8s | %8s | %8s | %8s | %8s | %8s | %8s | %8s |",
            "file", "NSE IV", "solved", "expired", "no fwd", "med spec", "p90 spec", "max spec", "med LTP", "p90 LTP",
            "max LTP", "med S+d", "p90 S+d") + "\n|" + "-".repeat(38) + "|" + "--------|".repeat(2) + "---------|--------|"
            + "----------|".repeat(8);
    }

    String row(final String name) {
        return String.format("| %-36s | %6d | %6d | %7d | %6d | %8.2f | %8.2f | %8.2f | %8.2f | %8.2f | %8.2f | %8.2f | %8.2f |", name,
            published, specRule.size(), expired, noForward, quantile(specRule, 0.5), quantile(specRule, 0.9), quantile(specRule, 1.0),
            quantile(lastTrade, 0.5), quantile(lastTrade, 0.9), quantile(lastTrade, 1.0),
            quantile(spotDays, 0.5), quantile(spotDays, 0.9));
    }
}
