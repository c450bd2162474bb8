package io.strikeiq.analytics;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Settings of the options chain engines ({@link io.strikeiq.derived.LegDerivation}, {@link UnderlyingMetricsEngine},
 * {@link ChainMetricsEngine}, {@link GammaExposureEngine}, {@link SnapshotEngine}). Units: rates
 * and vols per 1.00, periods in event-time ns, percentiles 0–100. docs/ENGINES.md explains each.
 *
 * @param rate continuously compounded rate for discounting (default 0.065)
 * @param maxSpreadRatio (ask − bid) / mid above which the mid is not used for IV (default 0.25)
 * @param staleNanos event-time age after which a leg's IV is flagged STALE (default 5 min)
 * @param sampleNanos sampling period of PCR and ATM IV histories and of signal evaluation (default 60 s)
 * @param pcrZWindow samples in the PCR z-score window (default 60: 60 min of 1-min samples)
 * @param pcrZMinSamples samples before a z-score is defined (default 10)
 * @param pcrZEnter |z| above which PCR is extreme (default 2.0)
 * @param pcrZExit |z| below which an extreme zone is left (default 1.5)
 * @param ivHistory samples of ATM IV history for the percentile (default 375: a session of minutes)
 * @param ivMinSamples samples before the IV regime is defined (default 20)
 * @param ivLowPct percentile below which the regime is LOW (default 30)
 * @param ivHighPct percentile above which it is HIGH (default 70)
 * @param ivExtremePct percentile above which it is EXTREME (default 95)
 * @param ivHysteresisPct a regime changes only when the percentile is this far from every threshold (default 2.5)
 * @param buildUpMinLots smallest |ΔOI| in lots that classifies (default 1)
 * @param buildUpMinTicks smallest |Δprice| in ticks that classifies (default 1)
 * @param windowNanos rolling build-up and OI acceleration window (default 5 min)
 * @param gexConvention dealer sign convention (default CLASSIC)
 * @param gammaRegimeBand hysteresis band of the gamma regime as a fraction of gross |GEX| (default 0.05)
 * @param flipRange half-width of the flip grid as a fraction of spot (default 0.10)
 * @param flipStep grid step as a fraction of spot (default 0.001)
 * @param flipNanos period of the full flip recompute (default 5 s)
 * @param flipCrossBand spot must pass the flip by this fraction to change side (default 0.001)
 * @param rvMinutes 1-minute returns in the realised-vol window (default 30)
 * @param rsiPeriod Wilder RSI period in 1-minute closes (default 14)
 * @param momentumMinutes look-back of the momentum score in minutes (default 10)
 * @param minutesPerYear annualisation of 1-minute realised vol (default 94,500 = 252 × 375)
 * @param snapshotNanos period of the storage snapshots; 0 disables them (default 10 s)
 * @param debounceNanos per (underlying, signal type) event-time debounce of the chain signals (default 60 s)
 * @param ivResolveForwardMove fraction the chain's forward must move (or first form) before every priced
 *     leg of the chain is re-solved, not only the ones that tick ({@value #DEFAULT_IV_RESOLVE_FORWARD_MOVE})
 * @param snapshotRowsPerEvent most snapshot records written per input event after the boundary event captured
 *     the snapshot; 0 = every record in the boundary event ({@value #DEFAULT_SNAPSHOT_ROWS_PER_EVENT})
 * @param flipTermsPerEvent leg × grid-point terms of a scheduled flip computation evaluated per input event
 *     after the schedule fires; 0 computes the whole grid on the firing event ({@value #DEFAULT_FLIP_TERMS_PER_EVENT})
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
    /**
     * Default of {@code ivResolveForwardMove}: 0, any change of the forward. A deep in-the-money leg's
     * time value can be smaller than any forward tolerance, so whether it has an IV at all depends on
     * the exact forward; measured on the NSE files, 0.001 leaves 4.6 % of the priced legs with an IV
     * (or none) that the final forward does not give, 0.00002 still one leg (docs/ENGINES.md). The
     * cost is bounded per event by the schedule, not by this threshold.
     */
    public static final double DEFAULT_IV_RESOLVE_FORWARD_MOVE = 0.001;

    /**
     * Default of {@code snapshotRowsPerEvent}: 64 rows cost an expanding event a few µs (docs/BENCHMARKS.md),
     * and a 2 × 81-strike snapshot (327 rows) is written within 6 events of its boundary.
     */
    public static final int DEFAULT_SNAPSHOT_ROWS_PER_EVENT = 64;

    /**
     * Default of {@code flipTermsPerEvent}: 2,048 φ evaluations, about 20 µs of the analytics thread
     * per event (docs/ENGINES.md), so a 2 × 201-strike grid lands within about 80 input events.
     */
    public static final int DEFAULT_FLIP_TERMS_PER_EVENT = 2048;

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

    public static ChainAnalyticsConfig defaults() {
        return new ChainAnalyticsConfig(0.065, 0.25, TimeUnit.MINUTES.toNanos(5), TimeUnit.SECONDS.toNanos(60),
            60, 10, 2.0, 1.5, 375, 20, 30, 70, 95, 2.5, 1, 1, TimeUnit.MINUTES.toNanos(5), GexConvention.CLASSIC,
            0.05, 0.10, 0.001, TimeUnit.SECONDS.toNanos(5), 0.001, 30, 14, 10, 94_500, TimeUnit.SECONDS.toNanos(10),
            TimeUnit.SECONDS.toNanos(60), DEFAULT_IV_RESOLVE_FORWARD_MOVE, DEFAULT_SNAPSHOT_ROWS_PER_EVENT,
            DEFAULT_FLIP_TERMS_PER_EVENT);
    }

    /** Grid points on each side of spot in the flip recompute. */
    public int flipGridHalfPoints() {
        return (int) Math.round(flipRange / flipStep);
    }
    public ChainAnalyticsConfig withRate(final double value) {
        return new ChainAnalyticsConfig(value, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, flipRange, flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, debounceNanos, ivResolveForwardMove, snapshotRowsPerEvent, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withSchedules(final long sample, final long window, final long flip, final long snapshot) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sample, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, window, gexConvention, gammaRegimeBand, flipRange, flipStep, flip, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshot, debounceNanos, ivResolveForwardMove, snapshotRowsPerEvent, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withGexConvention(final GexConvention value) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, value, gammaRegimeBand, flipRange, flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, debounceNanos, ivResolveForwardMove, snapshotRowsPerEvent, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withFlipGrid(final double range, final double step) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, range, step, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, debounceNanos, ivResolveForwardMove, snapshotRowsPerEvent, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withDebounceNanos(final long value) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, flipRange, flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, value, ivResolveForwardMove, snapshotRowsPerEvent, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withPcrZ(final int window, final int minSamples) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, window, minSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, flipRange, flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, debounceNanos, ivResolveForwardMove, snapshotRowsPerEvent, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withIvHistory(final int history, final int minSamples) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, history, minSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, flipRange, flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, debounceNanos, ivResolveForwardMove, snapshotRowsPerEvent, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withIvResolveForwardMove(final double value) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, flipRange, flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, debounceNanos, value, snapshotRowsPerEvent, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withSnapshotRowsPerEvent(final int value) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, flipRange, flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, debounceNanos, ivResolveForwardMove, value, flipTermsPerEvent);
    }

    public ChainAnalyticsConfig withFlipTermsPerEvent(final int value) {
        return new ChainAnalyticsConfig(rate, maxSpreadRatio, staleNanos, sampleNanos, pcrZWindow, pcrZMinSamples, pcrZEnter, pcrZExit, ivHistory, ivMinSamples, ivLowPct, ivHighPct, ivExtremePct, ivHysteresisPct, buildUpMinLots, buildUpMinTicks, windowNanos, gexConvention, gammaRegimeBand, flipRange, flipStep, flipNanos, flipCrossBand, rvMinutes, rsiPeriod, momentumMinutes, minutesPerYear, snapshotNanos, debounceNanos, ivResolveForwardMove, snapshotRowsPerEvent, value);
    }
}
