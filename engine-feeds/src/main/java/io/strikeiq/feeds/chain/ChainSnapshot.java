package io.strikeiq.feeds.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One option-chain snapshot of one underlying at one instant, as loaded from a file: the
 * underlying's value when the file has one (NaN otherwise), and the chain of every expiry the
 * file lists, nearest first. Immutable; {@link ChainSnapshotEvents} turns it into engine events.
 *
 * @param file            the file it came from (name only), for messages
 * @param format          the loader's format name ({@code nse-api-json}, {@code nse-legacy-csv}, {@code groww-json})
 * @param underlying      the underlying symbol ({@code NIFTY}, {@code BANKNIFTY})
 * @param timeNanos       the snapshot instant, ns since the epoch (UTC)
 * @param underlyingValue the underlying's value (index level), NaN when the file has none
 * @param oiUnit          what the open interest (and its change) counts
 * @param volumeUnit      what the volume counts
 * @param expiries        the expiries, strictly ascending
 * @param exchangeTotals  the file's own totals, or null when it states none
 */
public record ChainSnapshot(
    String file, String format, String underlying, long timeNanos, double underlyingValue,
    QuantityUnit oiUnit, QuantityUnit volumeUnit, List<ExpiryChain> expiries, ExchangeTotals exchangeTotals) {

    /** Copies the expiries and checks they ascend strictly. */
    public ChainSnapshot {
        expiries = List.copyOf(expiries);
        for (int i = 1; i < expiries.size(); i++) {
            if (!expiries.get(i).expiryDate().isAfter(expiries.get(i - 1).expiryDate())) {
                throw new IllegalArgumentException(file + ": expiries not strictly ascending at "
                    + expiries.get(i).expiryDate());
            }
        }
    }

    public Instant time() {
        return Instant.ofEpochSecond(Math.floorDiv(timeNanos, 1_000_000_000L), Math.floorMod(timeNanos, 1_000_000_000L));
    }

    public boolean hasUnderlyingValue() {
        return !Double.isNaN(underlyingValue);
    }

    /** The chain of {@code date}, or null. */
    public ExpiryChain expiry(final LocalDate date) {
        for (final ExpiryChain e : expiries) {
            if (e.expiryDate().equals(date)) {
                return e;
            }
        }
        return null;
    }

    /** The nearest expiry with at least one strike. */
    public ExpiryChain nearest() {
        for (final ExpiryChain e : expiries) {
            if (!e.strikes().isEmpty()) {
                return e;
            }
        }
        throw new IllegalStateException(file + " has no strikes");
    }

    /** The same snapshot with only the expiry {@code date} (its exchange totals kept if they cover it). */
    public ChainSnapshot restrictTo(final LocalDate date) {
        final ExpiryChain e = expiry(date);
        if (e == null) {
            throw new IllegalArgumentException(file + " has no expiry " + date);
        }
        return new ChainSnapshot(file, format, underlying, timeNanos, underlyingValue, oiUnit, volumeUnit, List.of(e),
            exchangeTotals != null && exchangeTotals.expiry().equals(date) ? exchangeTotals : null);
    }

    /** Σ call open interest over every expiry. */
    public double callOi() {
        double total = 0;
        for (final ExpiryChain e : expiries) {
            total += e.callOi();
        }
        return total;
    }

    /** Σ put open interest over every expiry. */
    public double putOi() {
        double total = 0;
        for (final ExpiryChain e : expiries) {
            total += e.putOi();
        }
        return total;
    }
}
