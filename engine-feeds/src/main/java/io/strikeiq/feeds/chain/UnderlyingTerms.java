package io.strikeiq.feeds.chain;

import java.time.LocalDate;
import java.util.List;

/**
 * The contract facts of one underlying's options, derived from an instrument master: the lot size
 * and tick size (one value for every contract, else the master is rejected), the strike step (the
 * greatest common divisor of the gaps between listed strikes: the grid every strike lies on), the
 * listed expiry dates and distinct strikes (ascending), and the count of calls and puts.
 *
 * @param underlying    underlying symbol
 * @param underlyingKey the master's underlying key
 * @param lotSize       contract size
 * @param tickSize      price tick, rupees
 * @param strikeStep    strike grid spacing
 * @param expiries      expiry dates, ascending
 * @param strikes       distinct strikes, ascending
 * @param calls         number of call contracts
 * @param puts          number of put contracts
 */
public record UnderlyingTerms(
    String underlying, String underlyingKey, int lotSize, double tickSize, double strikeStep,
    List<LocalDate> expiries, List<Double> strikes, int calls, int puts) {

    /** Copies the lists. */
    public UnderlyingTerms {
        expiries = List.copyOf(expiries);
        strikes = List.copyOf(strikes);
    }
}
