package io.strikeiq.feeds.synthetic;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Configuration of a {@link SyntheticMarket}. {@link #defaults()} gives a NIFTY-like market:
 * seed 42, underlying "NIFTY" on venue "NSE", spot 24,000, strike step 50, lot 65, tick 0.05,
 * 40 strikes each side of the at-the-money strike (81 strikes), 2 weekly expiries, session date
 * 2026-11-24 opening 09:15 Asia/Kolkata, spot volatility 13 % a year, ATM implied volatility 13 %
 * (near expiry) and 12.5 % (the next ones), carry (rate) 6.5 %, mean gap between events 100 µs, and
 * no event limit ({@code maxEvents = Long.MAX_VALUE}). The {@code with...} methods return
 * modified copies.
 *
 * @param seed             seed of every random draw; same seed and config give the same events
 * @param underlying       underlying symbol, e.g. "NIFTY"
 * @param venue            venue written into every definition, e.g. "NSE"
 * @param initialSpot      index level at the open
 * @param strikeStep       strike spacing
 * @param lotSize          contract lot (units per lot)
 * @param tickSize         price tick of futures and options
 * @param strikesEachSide  strikes listed above and below the opening ATM strike
 * @param expiries         number of weekly expiries (1 or more)
 * @param sessionDate      trading day; the first weekly expiry is the first Tuesday on or after it
 * @param sessionOpen      local (Asia/Kolkata) time of the first event
 * @param spotVol          annualised volatility of the index random walk
 * @param atmVol           ATM implied volatility of the nearest expiry
 * @param farAtmVol        ATM implied volatility of the later expiries
 * @param rate             continuously compounded carry used for futures and option forwards
 * @param meanEventGapNanos mean of the exponential gap between consecutive events, ns
 * @param maxEvents        total events (definitions included) before {@code END}
 */
public record SyntheticConfig(
    long seed,
    String underlying,
    String venue,
    double initialSpot,
    double strikeStep,
    int lotSize,
    double tickSize,
    int strikesEachSide,
    int expiries,
    LocalDate sessionDate,
    LocalTime sessionOpen,
    double spotVol,
    double atmVol,
    double farAtmVol,
    double rate,
    long meanEventGapNanos,
    long maxEvents) {

    public SyntheticConfig {
        if (underlying == null || underlying.isEmpty() || venue == null || sessionDate == null || sessionOpen == null) {
            throw new IllegalArgumentException("underlying, venue, sessionDate and sessionOpen are required");
        }
        if (!(initialSpot > 0) || !(strikeStep > 0) || lotSize <= 0 || !(tickSize > 0)) {
            throw new IllegalArgumentException("spot, strike step, lot and tick must be positive");
        }
        if (Math.abs(1.0 / tickSize - Math.rint(1.0 / tickSize)) > 1e-9) {
            throw new IllegalArgumentException("tick size must divide 1: " + tickSize);
        }
        if (strikesEachSide < 1 || expiries < 1 || initialSpot - strikesEachSide * strikeStep <= 0) {
            throw new IllegalArgumentException("need at least one strike each side, one expiry, positive strikes");
        }
        if (!(spotVol >= 0) || !(atmVol > 0) || !(farAtmVol > 0) || meanEventGapNanos < 1 || maxEvents < 0) {
            throw new IllegalArgumentException("vols, event gap and maxEvents out of range");
        }
    }

    public static SyntheticConfig defaults() {
        return new SyntheticConfig(42L, "NIFTY", "NSE", 24_000.0, 50.0, 65, 0.05, 40, 2,
            LocalDate.of(2026, 11, 24), LocalTime.of(9, 15), 0.13, 0.13, 0.125, 0.065, 100_000L, Long.MAX_VALUE);
    }

    public SyntheticConfig withSeed(final long value) {
        return new SyntheticConfig(value, underlying, venue, initialSpot, strikeStep, lotSize, tickSize,
            strikesEachSide, expiries, sessionDate, sessionOpen, spotVol, atmVol, farAtmVol, rate, meanEventGapNanos,
            maxEvents);
    }

    public SyntheticConfig withMaxEvents(final long value) {
        return new SyntheticConfig(seed, underlying, venue, initialSpot, strikeStep, lotSize, tickSize,
            strikesEachSide, expiries, sessionDate, sessionOpen, spotVol, atmVol, farAtmVol, rate, meanEventGapNanos,
            value);
    }

    public SyntheticConfig withStrikesEachSide(final int value) {
        return new SyntheticConfig(seed, underlying, venue, initialSpot, strikeStep, lotSize, tickSize,
            value, expiries, sessionDate, sessionOpen, spotVol, atmVol, farAtmVol, rate, meanEventGapNanos,
            maxEvents);
    }

    public SyntheticConfig withExpiries(final int value) {
        return new SyntheticConfig(seed, underlying, venue, initialSpot, strikeStep, lotSize, tickSize,
            strikesEachSide, value, sessionDate, sessionOpen, spotVol, atmVol, farAtmVol, rate, meanEventGapNanos,
            maxEvents);
    }

    public SyntheticConfig withSessionDate(final LocalDate value) {
        return new SyntheticConfig(seed, underlying, venue, initialSpot, strikeStep, lotSize, tickSize,
            strikesEachSide, expiries, value, sessionOpen, spotVol, atmVol, farAtmVol, rate, meanEventGapNanos,
            maxEvents);
    }

    public SyntheticConfig withSpotVol(final double value) {
        return new SyntheticConfig(seed, underlying, venue, initialSpot, strikeStep, lotSize, tickSize,
            strikesEachSide, expiries, sessionDate, sessionOpen, value, atmVol, farAtmVol, rate, meanEventGapNanos,
            maxEvents);
    }
}
