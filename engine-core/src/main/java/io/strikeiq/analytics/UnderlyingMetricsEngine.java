package io.strikeiq.analytics;

import io.strikeiq.math.DeterministicMath;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.UnderlyingState;

import java.util.Arrays;

/**
 * Minute-based metrics of each underlying, on event time: 1-minute closes (a minute without a
 * trade closes at the previous close; a minute closes when the first event of a later minute —
 * tick or analytics timer — arrives), Wilder's RSI on those closes, realised volatility of the
 * 1-minute log returns annualised by {@code minutesPerYear}, and a momentum score (the
 * {@code momentumMinutes} log return in units of its expected 1-σ move). Day change and VWAP come
 * from {@link UnderlyingState}. Everything resets at the session open. Emits no signals;
 * allocation-free per event.
 */
public final class UnderlyingMetricsEngine implements AnalyticsEngine {
    private static final long MINUTE = 60_000_000_000L;
    private static final long NONE = Long.MIN_VALUE;

    private final MarketState state;
    private final ChainAnalyticsConfig config;
    private final int rsiPeriod;
    private long[] minute = new long[0];
    private double[] lastPrice = new double[0];
    private SampleRing[] closes = new SampleRing[0];
    private int[] rsiChanges = new int[0];
    private double[] avgGain = new double[0];
    private double[] avgLoss = new double[0];
    private double[] rsi = new double[0];
    private double[] realisedVol = new double[0];
    private double[] momentum = new double[0];
    private int underlyings;

    public UnderlyingMetricsEngine(final MarketState state, final ChainAnalyticsConfig config) {
        this.state = state;
        this.config = config;
        this.rsiPeriod = config.rsiPeriod();
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        track();
        if (event.type == EventType.UNDERLYING_TICK) {
            final int u = state.underlyingIndexOf(event.instrumentId);
            if (u < 0 || u >= underlyings) {
                return;
            }
            advance(u, event.eventTimeNanos);
            final double p = state.underlying(u).last();
            if (p > 0) {
                lastPrice[u] = p;
                if (minute[u] == NONE) {
                    minute[u] = Math.floorDiv(event.eventTimeNanos, MINUTE);
                }
            }
        } else if (event.type == EventType.SESSION && event.sessionKind == MarketEvent.SESSION_OPEN) {
            final int only = state.underlyingIndexOf(event.instrumentId);
            for (int u = 0; u < underlyings; u++) {
                if (only < 0 || only == u) {
                    reset(u);
                }
            }
        }
    }

    /** Closes the minutes that event time has left behind, for every underlying. */
    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        track();
        for (int u = 0; u < underlyings; u++) {
            advance(u, eventTimeNanos);
        }
    }

    /**
     * Its minute closes and RSI averages are a history the market state does not hold, so they
     * cannot be rebuilt: the affected underlying (every one after a timer) starts over as at a
     * session open, and its metrics are NaN until they have warmed up again — never half-updated.
     */
    @Override
    public void recover(final MarketEvent event) {
        track();
        final int only = event.type == EventType.UNDERLYING_TICK ? state.underlyingIndexOf(event.instrumentId) : -1;
        for (int u = 0; u < underlyings; u++) {
            if (only < 0 || only == u) {
                reset(u);
            }
        }
    }

    private void advance(final int u, final long now) {
        final long m = Math.floorDiv(now, MINUTE);
        final long current = minute[u];
        if (current == NONE || m <= current || !(lastPrice[u] > 0)) {
            return;
        }
        // Empty minutes close flat; more than the ring holds would only repeat the same close.
        final long n = Math.min(m - current, closes[u].size() == 0 ? 1 : ringCapacity());
        for (long i = 0; i < n; i++) {
            addClose(u, lastPrice[u]);
        }
        minute[u] = m;
    }

    private int ringCapacity() {
        return Math.max(config.rvMinutes(), config.momentumMinutes()) + 1;
    }

    private void addClose(final int u, final double close) {
        final SampleRing ring = closes[u];
        if (ring.size() > 0) {
            final double change = close - ring.get(ring.size() - 1);
            final double gain = Math.max(change, 0.0);
            final double loss = Math.max(-change, 0.0);
            final int k = ++rsiChanges[u];
            if (k <= rsiPeriod) {
                avgGain[u] += gain / rsiPeriod;
                avgLoss[u] += loss / rsiPeriod;
            } else {
                avgGain[u] = (avgGain[u] * (rsiPeriod - 1) + gain) / rsiPeriod;
                avgLoss[u] = (avgLoss[u] * (rsiPeriod - 1) + loss) / rsiPeriod;
            }
            if (k >= rsiPeriod) {
                rsi[u] = avgLoss[u] == 0 ? (avgGain[u] == 0 ? 50.0 : 100.0) : 100.0 - 100.0 / (1.0 + avgGain[u] / avgLoss[u]);
            }
        }
        ring.add(close);
        final int size = ring.size();
        final int returns = Math.min(config.rvMinutes(), size - 1);
        if (returns >= 2) {
            double sumSq = 0;
            for (int i = size - returns; i < size; i++) {
                final double r = DeterministicMath.log(ring.get(i) / ring.get(i - 1));
                sumSq += r * r;
            }
            final double perMinuteVariance = sumSq / returns;
            realisedVol[u] = Math.sqrt(perMinuteVariance * config.minutesPerYear());
            final int m = config.momentumMinutes();
            if (size > m && perMinuteVariance > 0) {
                momentum[u] = DeterministicMath.log(ring.get(size - 1) / ring.get(size - 1 - m)) / Math.sqrt(perMinuteVariance * m);
            }
        }
    }

    private void reset(final int u) {
        minute[u] = NONE;
        closes[u].clear();
        rsiChanges[u] = 0;
        avgGain[u] = 0;
        avgLoss[u] = 0;
        rsi[u] = Double.NaN;
        realisedVol[u] = Double.NaN;
        momentum[u] = Double.NaN;
    }

    private void track() {
        final int nu = state.underlyingCount();
        if (nu == underlyings) {
            return;
        }
        if (nu > minute.length) {
            final int old = minute.length;
            final int cap = Math.max(nu, old * 2);
            minute = Arrays.copyOf(minute, cap);
            lastPrice = Arrays.copyOf(lastPrice, cap);
            closes = Arrays.copyOf(closes, cap);
            rsiChanges = Arrays.copyOf(rsiChanges, cap);
            avgGain = Arrays.copyOf(avgGain, cap);
            avgLoss = Arrays.copyOf(avgLoss, cap);
            rsi = Arrays.copyOf(rsi, cap);
            realisedVol = Arrays.copyOf(realisedVol, cap);
            momentum = Arrays.copyOf(momentum, cap);
            for (int u = old; u < cap; u++) {
                closes[u] = new SampleRing(ringCapacity());
                lastPrice[u] = Double.NaN;
                reset(u);
            }
        }
        underlyings = nu;
    }

    private int index(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u < underlyings ? u : -1;
    }

    /** Wilder RSI of the 1-minute closes (0–100), NaN before {@code rsiPeriod} changes. */
    public double rsi(final int underlyingId) {
        final int u = index(underlyingId);
        return u < 0 ? Double.NaN : rsi[u];
    }

    /** Annualised realised volatility of 1-minute log returns (per 1.00), NaN before 2 returns. */
    public double realisedVol(final int underlyingId) {
        final int u = index(underlyingId);
        return u < 0 ? Double.NaN : realisedVol[u];
    }

    /** ln(C_now / C_{now−m}) / (σ_1m·√m), NaN until m + 1 closes exist. */
    public double momentum(final int underlyingId) {
        final int u = index(underlyingId);
        return u < 0 ? Double.NaN : momentum[u];
    }

    /** 1-minute closes held (for tests and inspection). */
    public int closeCount(final int underlyingId) {
        final int u = index(underlyingId);
        return u < 0 ? 0 : closes[u].size();
    }

    /** Last price minus the day open, NaN before the first trade of the day. */
    public double change(final int underlyingId) {
        final int u = index(underlyingId);
        return u < 0 ? Double.NaN : state.underlying(u).last() - state.underlying(u).open();
    }

    /** {@link #change} as a percentage of the day open. */
    public double changePct(final int underlyingId) {
        final int u = index(underlyingId);
        return u < 0 ? Double.NaN : 100.0 * change(underlyingId) / state.underlying(u).open();
    }
}
