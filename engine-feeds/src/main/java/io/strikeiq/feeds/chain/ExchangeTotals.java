package io.strikeiq.feeds.chain;

import java.time.LocalDate;

/**
 * Totals a file states about itself (NSE's {@code filtered.CE/PE.totOI/totVol}, which cover the
 * nearest expiry only), kept so tests can check our sums against the exchange's.
 *
 * @param expiry      the expiry the totals cover
 * @param callOi      total call open interest
 * @param putOi       total put open interest
 * @param callVolume  total call volume
 * @param putVolume   total put volume
 */
public record ExchangeTotals(LocalDate expiry, double callOi, double putOi, double callVolume, double putVolume) {
    /** Put/call ratio of open interest as the file's totals give it. */
    public double pcrOi() {
        return putOi / callOi;
    }
}
