package io.strikeiq.feeds.chain;

import io.strikeiq.math.TimeToExpiry;
import java.time.LocalDate;
import java.util.List;

/**
 * The strikes of one expiry in a snapshot, ascending. The expiry instant is NSE's: 15:30
 * Asia/Kolkata on the expiry date ({@link TimeToExpiry#nseExpiryInstantNs}). Totals sum the legs
 * whose value is present; {@link #legsMissingOi()} says how many were skipped so a caller can tell
 * a partial total from a complete one. Sums are doubles (OI can be fractional, see
 * {@link OptionQuote}); they are exact while every term and partial sum is a multiple of 2^-k below
 * 2^53, which holds for whole and half lots.
 *
 * @param expiryDate  the expiry date
 * @param expiryNanos 15:30 IST on that date, ns since the epoch
 * @param strikes     the strike rows, strictly ascending by strike
 */
public record ExpiryChain(LocalDate expiryDate, long expiryNanos, List<StrikeRow> strikes) {
    /** Copies the rows and checks that strikes ascend strictly and the instant matches the date. */
    public ExpiryChain {
        strikes = List.copyOf(strikes);
        for (int i = 1; i < strikes.size(); i++) {
            if (!(strikes.get(i).strike() > strikes.get(i - 1).strike())) {
                throw new IllegalArgumentException("strikes of " + expiryDate + " not strictly ascending at "
                    + strikes.get(i).strike());
            }
        }
        if (expiryNanos != expiryInstant(expiryDate)) {
            throw new IllegalArgumentException("expiry instant " + expiryNanos + " is not 15:30 IST on " + expiryDate);
        }
    }

    /** 15:30 Asia/Kolkata on {@code date}, ns since the epoch. */
    public static long expiryInstant(final LocalDate date) {
        return TimeToExpiry.nseExpiryInstantNs(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The row at {@code strike}, or null. */
    public StrikeRow row(final double strike) {
        int lo = 0;
        int hi = strikes.size() - 1;
        while (lo <= hi) {
            final int mid = (lo + hi) >>> 1;
            final double k = strikes.get(mid).strike();
            if (k < strike) {
                lo = mid + 1;
            } else if (k > strike) {
                hi = mid - 1;
            } else {
                return strikes.get(mid);
            }
        }
        return null;
    }

    public int callCount() {
        int n = 0;
        for (final StrikeRow r : strikes) {
            n += r.call() != null ? 1 : 0;
        }
        return n;
    }

    public int putCount() {
        int n = 0;
        for (final StrikeRow r : strikes) {
            n += r.put() != null ? 1 : 0;
        }
        return n;
    }

    /** Σ call open interest over the calls that report it. */
    public double callOi() {
        return sum(true, OptionQuote.OI);
    }

    /** Σ put open interest over the puts that report it. */
    public double putOi() {
        return sum(false, OptionQuote.OI);
    }

    public double callVolume() {
        return sum(true, OptionQuote.VOLUME);
    }

    public double putVolume() {
        return sum(false, OptionQuote.VOLUME);
    }

    /** PCR of open interest, Σ put OI / Σ call OI (NaN when there is no call OI). */
    public double pcrOi() {
        final double calls = callOi();
        return calls == 0 ? Double.NaN : putOi() / calls;
    }

    /** PCR of volume, Σ put volume / Σ call volume (NaN when there is no call volume). */
    public double pcrVolume() {
        final double calls = callVolume();
        return calls == 0 ? Double.NaN : putVolume() / calls;
    }

    /** Listed legs (calls and puts) whose open interest is absent. */
    public int legsMissingOi() {
        int n = 0;
        for (final StrikeRow r : strikes) {
            n += r.call() != null && !r.call().has(OptionQuote.OI) ? 1 : 0;
            n += r.put() != null && !r.put().has(OptionQuote.OI) ? 1 : 0;
        }
        return n;
    }

    private double sum(final boolean calls, final int field) {
        double total = 0;
        for (final StrikeRow r : strikes) {
            final OptionQuote q = calls ? r.call() : r.put();
            if (q != null && q.has(field)) {
                total += field == OptionQuote.OI ? q.openInterest() : q.volume();
            }
        }
        return total;
    }
}
