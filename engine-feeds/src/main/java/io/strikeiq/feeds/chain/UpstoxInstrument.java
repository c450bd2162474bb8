package io.strikeiq.feeds.chain;

import java.time.LocalDate;

/**
 * One option contract of the Upstox instrument master. The master's {@code expiry} is epoch
 * milliseconds of 23:59:59 IST on the expiry date; NSE options expire at 15:30 IST, so
 * {@link #expiryNanos} is that exact instant (the date's 15:30 IST), not the master's number.
 * {@link #tickSize} is in rupees (the master gives paise: 5.0 = ₹0.05).
 *
 * @param instrumentKey    Upstox key, {@code NSE_FO|<token>}
 * @param exchangeToken    the exchange token
 * @param tradingSymbol    e.g. {@code NIFTY 27000 CE 30 JUN 26}
 * @param underlying       underlying symbol, e.g. {@code NIFTY}
 * @param underlyingKey    e.g. {@code NSE_INDEX|Nifty 50}
 * @param right            {@link io.strikeiq.event.InstrumentSpec#RIGHT_CALL} or {@code RIGHT_PUT}
 * @param strike           strike price
 * @param expiryDate       expiry date (IST)
 * @param expiryNanos      15:30 IST on the expiry date, ns since the epoch
 * @param lotSize          contract size in units of the underlying
 * @param tickSize         price tick, rupees
 * @param freezeQuantity   largest quantity per order
 * @param weekly           whether Upstox marks it a weekly series
 */
public record UpstoxInstrument(
    String instrumentKey, String exchangeToken, String tradingSymbol, String underlying, String underlyingKey,
    byte right, double strike, LocalDate expiryDate, long expiryNanos, int lotSize, double tickSize,
    double freezeQuantity, boolean weekly) {
}
