package io.strikeiq.feeds.chain;

/**
 * One strike of one expiry: the call and put legs the file lists there. A leg the file does not
 * list is null (NSE lists some strikes on one side only).
 *
 * @param strike the strike price
 * @param call   the call leg, or null
 * @param put    the put leg, or null
 */
public record StrikeRow(double strike, OptionQuote call, OptionQuote put) {
    /** Rejects a non-positive strike and a row with no leg at all. */
    public StrikeRow {
        if (!(strike > 0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike must be positive, got " + strike);
        }
        if (call == null && put == null) {
            throw new IllegalArgumentException("strike " + strike + " has neither a call nor a put");
        }
    }
}
