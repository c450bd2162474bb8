package io.strikeiq.analytics.chain;

import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.EventTimeDebounce;
import io.strikeiq.analytics.IvRegime;
import io.strikeiq.analytics.SampleRing;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;

import java.util.Arrays;

/**
 * The ATM-IV regime per chain: at each sample the chain's ATM IV is ranked against the history of
 * samples before it (a percentile, 0–100), the percentile maps to an {@link IvRegime} under the
 * low / high / extreme thresholds, and a new regime is taken only when the percentile is clear of
 * every threshold by the hysteresis margin. Per underlying it emits {@code IV_REGIME_CHANGE} when
 * the regime of the chain it is given (the nearest expiry) moved from one known regime to another;
 * the first known regime is taken silently. Allocates only when chains or underlyings appear.
 */
public final class IvRegimeTracker {
    private final ChainAnalyticsConfig config;
    private final EventTimeDebounce debounce;
    private SampleRing[] history = new SampleRing[0];
    private double[] percentile = new double[0];
    private byte[] regime = new byte[0];
    private byte[] signalled = new byte[0];

    public IvRegimeTracker(final ChainAnalyticsConfig config) {
        this.config = config;
        this.debounce = new EventTimeDebounce(config.debounceNanos(), 1);
    }

    /** Makes room for {@code chains} chains and {@code underlyings} underlyings (allocates; not per event). */
    public void ensure(final int chains, final int underlyings) {
        if (chains > history.length) {
            final int old = history.length;
            final int cap = Math.max(chains, old * 2);
            history = Arrays.copyOf(history, cap);
            percentile = Arrays.copyOf(percentile, cap);
            regime = Arrays.copyOf(regime, cap);
            for (int c = old; c < cap; c++) {
                history[c] = new SampleRing(config.ivHistory());
                percentile[c] = Double.NaN;
            }
        }
        if (underlyings > signalled.length) {
            final int cap = Math.max(underlyings, signalled.length * 2);
            signalled = Arrays.copyOf(signalled, cap);
            debounce.ensureKeys(cap);
        }
    }

    /** Sample boundary for chain {@code c} with its current ATM IV (ignored when NaN). */
    public void sample(final int c, final double atmIv) {
        if (!(atmIv == atmIv)) {
            return;
        }
        final SampleRing h = history[c];
        percentile[c] = h.size() >= config.ivMinSamples() ? h.percentileOf(atmIv) : Double.NaN;
        regime[c] = next(regime[c], percentile[c]);
        h.add(atmIv);
    }

    /** Hysteresis: the percentile's regime is taken only when it is clear of every threshold by the margin. */
    private byte next(final byte current, final double pct) {
        final byte target = IvRegime.of(pct, config.ivLowPct(), config.ivHighPct(), config.ivExtremePct());
        if (target == current || target == IvRegime.UNKNOWN || current == IvRegime.UNKNOWN) {
            return target == IvRegime.UNKNOWN ? current : target;
        }
        final double h = config.ivHysteresisPct();
        if (Math.abs(pct - config.ivLowPct()) < h || Math.abs(pct - config.ivHighPct()) < h
            || Math.abs(pct - config.ivExtremePct()) < h) {
            return current;
        }
        return target;
    }

    /**
     * {@code IV_REGIME_CHANGE} for underlying index {@code u} when chain {@code c}'s regime differs
     * from the one last taken for the underlying (debounced; a held-back change fires at a later
     * sample if it still holds). value3 is {@code atmIv}, the chain's ATM IV now.
     */
    public void signal(final int u, final int c, final int underlyingId, final long expiryNanos, final double atmIv,
                       final long now, final SignalSink sink) {
        final byte current = regime[c];
        final byte old = signalled[u];
        if (current == old || current == IvRegime.UNKNOWN) {
            return;
        }
        if (old == IvRegime.UNKNOWN) {
            signalled[u] = current;
            return;
        }
        if (!debounce.allows(u, 0, now)) {
            return;
        }
        debounce.record(u, 0, now);
        signalled[u] = current;
        final Signal s = sink.next(EngineId.CHAIN_METRICS, SignalType.IV_REGIME_CHANGE);
        s.underlyingId = underlyingId;
        s.expiryNanos = expiryNanos;
        s.direction = 0;
        s.strength = Math.min(1.0, Math.abs(current - old) / 3.0);
        s.confidence = (double) history[c].size() / config.ivHistory();
        s.value1 = current;
        s.value2 = old;
        s.value3 = atmIv;
        s.value4 = percentile[c];
    }

    /** Percentile (0–100) of chain {@code c}'s ATM IV at the latest sample against the history before it. */
    public double percentile(final int c) {
        return percentile[c];
    }

    /** {@link IvRegime} of chain {@code c}. */
    public byte regime(final int c) {
        return regime[c];
    }
}
