package io.strikeiq.feeds.synthetic;

import io.strikeiq.settings.SettingValues;
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

    /** The NIFTY-like market described above; the configurable part from the settings table. */
    public static SyntheticConfig defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return SyntheticSettings.read(SettingValues.defaults());
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder()
            .seed(seed)
            .underlying(underlying)
            .venue(venue)
            .initialSpot(initialSpot)
            .strikeStep(strikeStep)
            .lotSize(lotSize)
            .tickSize(tickSize)
            .strikesEachSide(strikesEachSide)
            .expiries(expiries)
            .sessionDate(sessionDate)
            .sessionOpen(sessionOpen)
            .spotVol(spotVol)
            .atmVol(atmVol)
            .farAtmVol(farAtmVol)
            .rate(rate)
            .meanEventGapNanos(meanEventGapNanos)
            .maxEvents(maxEvents);
    }

    public SyntheticConfig withSeed(final long value) {
        return toBuilder().seed(value).build();
    }

    public SyntheticConfig withMaxEvents(final long value) {
        return toBuilder().maxEvents(value).build();
    }

    public SyntheticConfig withStrikesEachSide(final int value) {
        return toBuilder().strikesEachSide(value).build();
    }

    public SyntheticConfig withExpiries(final int value) {
        return toBuilder().expiries(value).build();
    }

    public SyntheticConfig withSessionDate(final LocalDate value) {
        return toBuilder().sessionDate(value).build();
    }

    public SyntheticConfig withSpotVol(final double value) {
        return toBuilder().spotVol(value).build();
    }

    /**
     * Named setters for a {@link SyntheticConfig}; {@link #build()} checks the values. The market's
     * shape that is not configurable starts at the NIFTY-like values above; the configurable part
     * comes from the settings table ({@link SyntheticSettings}).
     */
    public static final class Builder {
        private long seed;
        private String underlying = "NIFTY";
        private String venue = "NSE";
        private double initialSpot;
        private double strikeStep;
        private int lotSize;
        private double tickSize = 0.05;
        private int strikesEachSide;
        private int expiries;
        private LocalDate sessionDate;
        private LocalTime sessionOpen = LocalTime.of(9, 15);
        private double spotVol = 0.13;
        private double atmVol = 0.13;
        private double farAtmVol = 0.125;
        private double rate = 0.065;
        private long meanEventGapNanos = 100_000L;
        private long maxEvents = Long.MAX_VALUE;

        Builder() {
        }

        public Builder seed(final long value) {
            seed = value;
            return this;
        }

        public Builder underlying(final String value) {
            underlying = value;
            return this;
        }

        public Builder venue(final String value) {
            venue = value;
            return this;
        }

        public Builder initialSpot(final double value) {
            initialSpot = value;
            return this;
        }

        public Builder strikeStep(final double value) {
            strikeStep = value;
            return this;
        }

        public Builder lotSize(final int value) {
            lotSize = value;
            return this;
        }

        public Builder tickSize(final double value) {
            tickSize = value;
            return this;
        }

        public Builder strikesEachSide(final int value) {
            strikesEachSide = value;
            return this;
        }

        public Builder expiries(final int value) {
            expiries = value;
            return this;
        }

        public Builder sessionDate(final LocalDate value) {
            sessionDate = value;
            return this;
        }

        public Builder sessionOpen(final LocalTime value) {
            sessionOpen = value;
            return this;
        }

        public Builder spotVol(final double value) {
            spotVol = value;
            return this;
        }

        public Builder atmVol(final double value) {
            atmVol = value;
            return this;
        }

        public Builder farAtmVol(final double value) {
            farAtmVol = value;
            return this;
        }

        public Builder rate(final double value) {
            rate = value;
            return this;
        }

        public Builder meanEventGapNanos(final long value) {
            meanEventGapNanos = value;
            return this;
        }

        public Builder maxEvents(final long value) {
            maxEvents = value;
            return this;
        }

        public SyntheticConfig build() {
            return new SyntheticConfig(seed, underlying, venue, initialSpot, strikeStep, lotSize, tickSize, strikesEachSide,
                expiries, sessionDate, sessionOpen, spotVol, atmVol, farAtmVol, rate, meanEventGapNanos,
                maxEvents);
        }
    }
}
