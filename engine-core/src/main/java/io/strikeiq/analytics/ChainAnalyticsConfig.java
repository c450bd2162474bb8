package io.strikeiq.analytics;

import io.strikeiq.settings.SettingValues;
import java.util.Objects;

/**
 * Settings of the options chain engines ({@link io.strikeiq.derived.LegDerivation}, {@link UnderlyingMetricsEngine},
 * {@link ChainMetricsEngine}, {@link GammaExposureEngine}, {@link SnapshotEngine}). Units: rates
 * and vols per 1.00, periods in event-time ns, percentiles 0–100. docs/ENGINES.md explains each.
 *
 * Defaults and ranges: {@link ChainSettings}.
 *
 * @param rate continuously compounded rate for discounting
 * @param maxSpreadRatio (ask − bid) / mid above which the mid is not used for IV
 * @param staleNanos event-time age after which a leg's IV is flagged STALE
 * @param sampleNanos sampling period of PCR and ATM IV histories and of signal evaluation
 * @param pcrZWindow samples in the PCR z-score window
 * @param pcrZMinSamples samples before a z-score is defined
 * @param pcrZEnter |z| above which PCR is extreme
 * @param pcrZExit |z| below which an extreme zone is left
 * @param ivHistory samples of ATM IV history for the percentile
 * @param ivMinSamples samples before the IV regime is defined
 * @param ivLowPct percentile below which the regime is LOW
 * @param ivHighPct percentile above which it is HIGH
 * @param ivExtremePct percentile above which it is EXTREME
 * @param ivHysteresisPct a regime changes only when the percentile is this far from every threshold
 * @param buildUpMinLots smallest |ΔOI| in lots that classifies
 * @param buildUpMinTicks smallest |Δprice| in ticks that classifies
 * @param windowNanos rolling build-up and OI acceleration window
 * @param gexConvention dealer sign convention
 * @param gammaRegimeBand hysteresis band of the gamma regime as a fraction of gross |GEX|
 * @param flipRange half-width of the flip grid as a fraction of spot
 * @param flipStep grid step as a fraction of spot
 * @param flipNanos period of the full flip recompute
 * @param flipCrossBand spot must pass the flip by this fraction to change side
 * @param rvMinutes 1-minute returns in the realised-vol window
 * @param rsiPeriod Wilder RSI period in 1-minute closes
 * @param momentumMinutes look-back of the momentum score in minutes
 * @param minutesPerYear annualisation of 1-minute realised vol
 * @param snapshotNanos period of the storage snapshots; 0 disables them
 * @param debounceNanos per (underlying, signal type) event-time debounce of the chain signals
 * @param ivResolveForwardMove fraction the chain's forward must move (or first form) before every priced
 *     leg of the chain is re-solved, not only the ones that tick
 * @param snapshotRowsPerEvent most snapshot records written per input event after the boundary event captured
 *     the snapshot; 0 = every record in the boundary event
 * @param flipTermsPerEvent leg × grid-point terms of a scheduled flip computation evaluated per input event
 *     after the schedule fires; 0 computes the whole grid on the firing event
 */
public record ChainAnalyticsConfig(double rate, double maxSpreadRatio, long staleNanos, long sampleNanos,
                                   int pcrZWindow, int pcrZMinSamples, double pcrZEnter, double pcrZExit,
                                   int ivHistory, int ivMinSamples, double ivLowPct, double ivHighPct,
                                   double ivExtremePct, double ivHysteresisPct, long buildUpMinLots,
                                   long buildUpMinTicks, long windowNanos, GexConvention gexConvention,
                                   double gammaRegimeBand, double flipRange, double flipStep, long flipNanos,
                                   double flipCrossBand, int rvMinutes, int rsiPeriod, int momentumMinutes,
                                   double minutesPerYear, long snapshotNanos, long debounceNanos,
                                   double ivResolveForwardMove, int snapshotRowsPerEvent,
                                   int flipTermsPerEvent) {
    public ChainAnalyticsConfig {
        Objects.requireNonNull(gexConvention, "gexConvention");
        if (!Double.isFinite(rate) || !(maxSpreadRatio >= 0) || staleNanos < 0 || sampleNanos <= 0) {
            throw new IllegalArgumentException("need a finite rate, maxSpreadRatio >= 0, staleNanos >= 0, sampleNanos > 0");
        }
        if (pcrZWindow < 2 || pcrZMinSamples < 2 || pcrZMinSamples > pcrZWindow || !(pcrZExit >= 0) || !(pcrZEnter > pcrZExit)) {
            throw new IllegalArgumentException("need 2 <= pcrZMinSamples <= pcrZWindow and 0 <= pcrZExit < pcrZEnter");
        }
        if (ivHistory < 1 || ivMinSamples < 1 || ivMinSamples > ivHistory || !(0 <= ivLowPct && ivLowPct < ivHighPct
            && ivHighPct < ivExtremePct && ivExtremePct <= 100) || !(ivHysteresisPct >= 0)) {
            throw new IllegalArgumentException("need 1 <= ivMinSamples <= ivHistory, 0 <= low < high < extreme <= 100, hysteresis >= 0");
        }
        if (buildUpMinLots < 0 || buildUpMinTicks < 0 || windowNanos <= 0) {
            throw new IllegalArgumentException("need buildUpMinLots >= 0, buildUpMinTicks >= 0, windowNanos > 0");
        }
        if (!(gammaRegimeBand >= 0 && gammaRegimeBand < 1) || !(flipRange > 0 && flipRange < 1) || !(flipStep > 0)
            || flipRange / flipStep > 10_000 || flipNanos <= 0 || !(flipCrossBand >= 0)) {
            throw new IllegalArgumentException("need 0 <= gammaRegimeBand < 1, 0 < flipRange < 1, flipStep > 0 (at most"
                + " 10,000 steps each side), flipNanos > 0, flipCrossBand >= 0");
        }
        if (rvMinutes < 2 || rsiPeriod < 1 || momentumMinutes < 1 || !(minutesPerYear > 0) || snapshotNanos < 0
            || debounceNanos < 0) {
            throw new IllegalArgumentException("need rvMinutes >= 2, rsiPeriod >= 1, momentumMinutes >= 1,"
                + " minutesPerYear > 0, snapshotNanos >= 0, debounceNanos >= 0");
        }
        if (!(ivResolveForwardMove >= 0 && ivResolveForwardMove < 1)) {
            throw new IllegalArgumentException("need 0 <= ivResolveForwardMove < 1");
        }
        if (snapshotRowsPerEvent < 0) {
            throw new IllegalArgumentException("need snapshotRowsPerEvent >= 0 (0 = the whole snapshot in the boundary event)");
        }
        if (flipTermsPerEvent < 0) {
            throw new IllegalArgumentException("need flipTermsPerEvent >= 0 (0 = the whole grid on the firing event)");
        }
    }

    /** The settings table's defaults ({@link ChainSettings}). */
    public static ChainAnalyticsConfig defaults() {
        return builder().build();
    }

    /** A builder holding the table's defaults. */
    public static Builder builder() {
        return ChainSettings.read(SettingValues.defaults());
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder()
            .rate(rate)
            .maxSpreadRatio(maxSpreadRatio)
            .staleNanos(staleNanos)
            .sampleNanos(sampleNanos)
            .pcrZWindow(pcrZWindow)
            .pcrZMinSamples(pcrZMinSamples)
            .pcrZEnter(pcrZEnter)
            .pcrZExit(pcrZExit)
            .ivHistory(ivHistory)
            .ivMinSamples(ivMinSamples)
            .ivLowPct(ivLowPct)
            .ivHighPct(ivHighPct)
            .ivExtremePct(ivExtremePct)
            .ivHysteresisPct(ivHysteresisPct)
            .buildUpMinLots(buildUpMinLots)
            .buildUpMinTicks(buildUpMinTicks)
            .windowNanos(windowNanos)
            .gexConvention(gexConvention)
            .gammaRegimeBand(gammaRegimeBand)
            .flipRange(flipRange)
            .flipStep(flipStep)
            .flipNanos(flipNanos)
            .flipCrossBand(flipCrossBand)
            .rvMinutes(rvMinutes)
            .rsiPeriod(rsiPeriod)
            .momentumMinutes(momentumMinutes)
            .minutesPerYear(minutesPerYear)
            .snapshotNanos(snapshotNanos)
            .debounceNanos(debounceNanos)
            .ivResolveForwardMove(ivResolveForwardMove)
            .snapshotRowsPerEvent(snapshotRowsPerEvent)
            .flipTermsPerEvent(flipTermsPerEvent);
    }

    /** Grid points on each side of spot in the flip recompute. */
    public int flipGridHalfPoints() {
        return (int) Math.round(flipRange / flipStep);
    }
    /** Named setters for a {@link ChainAnalyticsConfig}; {@link #build()} checks the values. */
    public static final class Builder {
        private double rate;
        private double maxSpreadRatio;
        private long staleNanos;
        private long sampleNanos;
        private int pcrZWindow;
        private int pcrZMinSamples;
        private double pcrZEnter;
        private double pcrZExit;
        private int ivHistory;
        private int ivMinSamples;
        private double ivLowPct;
        private double ivHighPct;
        private double ivExtremePct;
        private double ivHysteresisPct;
        private long buildUpMinLots;
        private long buildUpMinTicks;
        private long windowNanos;
        private GexConvention gexConvention;
        private double gammaRegimeBand;
        private double flipRange;
        private double flipStep;
        private long flipNanos;
        private double flipCrossBand;
        private int rvMinutes;
        private int rsiPeriod;
        private int momentumMinutes;
        private double minutesPerYear;
        private long snapshotNanos;
        private long debounceNanos;
        private double ivResolveForwardMove;
        private int snapshotRowsPerEvent;
        private int flipTermsPerEvent;

        Builder() {
        }

        public Builder rate(final double value) {
            rate = value;
            return this;
        }

        public Builder maxSpreadRatio(final double value) {
            maxSpreadRatio = value;
            return this;
        }

        public Builder staleNanos(final long value) {
            staleNanos = value;
            return this;
        }

        public Builder sampleNanos(final long value) {
            sampleNanos = value;
            return this;
        }

        public Builder pcrZWindow(final int value) {
            pcrZWindow = value;
            return this;
        }

        public Builder pcrZMinSamples(final int value) {
            pcrZMinSamples = value;
            return this;
        }

        public Builder pcrZEnter(final double value) {
            pcrZEnter = value;
            return this;
        }

        public Builder pcrZExit(final double value) {
            pcrZExit = value;
            return this;
        }

        public Builder ivHistory(final int value) {
            ivHistory = value;
            return this;
        }

        public Builder ivMinSamples(final int value) {
            ivMinSamples = value;
            return this;
        }

        public Builder ivLowPct(final double value) {
            ivLowPct = value;
            return this;
        }

        public Builder ivHighPct(final double value) {
            ivHighPct = value;
            return this;
        }

        public Builder ivExtremePct(final double value) {
            ivExtremePct = value;
            return this;
        }

        public Builder ivHysteresisPct(final double value) {
            ivHysteresisPct = value;
            return this;
        }

        public Builder buildUpMinLots(final long value) {
            buildUpMinLots = value;
            return this;
        }

        public Builder buildUpMinTicks(final long value) {
            buildUpMinTicks = value;
            return this;
        }

        public Builder windowNanos(final long value) {
            windowNanos = value;
            return this;
        }

        public Builder gexConvention(final GexConvention value) {
            gexConvention = value;
            return this;
        }

        public Builder gammaRegimeBand(final double value) {
            gammaRegimeBand = value;
            return this;
        }

        public Builder flipRange(final double value) {
            flipRange = value;
            return this;
        }

        public Builder flipStep(final double value) {
            flipStep = value;
            return this;
        }

        public Builder flipNanos(final long value) {
            flipNanos = value;
            return this;
        }

        public Builder flipCrossBand(final double value) {
            flipCrossBand = value;
            return this;
        }

        public Builder rvMinutes(final int value) {
            rvMinutes = value;
            return this;
        }

        public Builder rsiPeriod(final int value) {
            rsiPeriod = value;
            return this;
        }

        public Builder momentumMinutes(final int value) {
            momentumMinutes = value;
            return this;
        }

        public Builder minutesPerYear(final double value) {
            minutesPerYear = value;
            return this;
        }

        public Builder snapshotNanos(final long value) {
            snapshotNanos = value;
            return this;
        }

        public Builder debounceNanos(final long value) {
            debounceNanos = value;
            return this;
        }

        public Builder ivResolveForwardMove(final double value) {
            ivResolveForwardMove = value;
            return this;
        }

        public Builder snapshotRowsPerEvent(final int value) {
            snapshotRowsPerEvent = value;
            return this;
        }

        public Builder flipTermsPerEvent(final int value) {
            flipTermsPerEvent = value;
            return this;
        }

        public ChainAnalyticsConfig build() {
            return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter,
                pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct,
                buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, flipRange,
                flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes,
                minutesPerYear, snapshotNanos, debounceNanos, ivResolveForwardMove, snapshotRowsPerEvent,
                flipTermsPerEvent);
        }
    }
}
