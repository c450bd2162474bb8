package io.strikeiq.analytics;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;

import java.util.Arrays;

/**
 * Put/call ratio of open interest, PCR = Σ put OI / Σ call OI, per (underlying, expiry) and in
 * total across the expiries of an underlying, with zone signals {@code PCR_HIGH}, {@code PCR_LOW}
 * and {@code PCR_NORMAL} from a hysteresis band and an event-time debounce ({@link PcrBand}).
 * The chain sums come straight from {@link ChainState}'s incremental aggregates; the engine folds
 * a chain's change into its underlying's total only when the chain's OI version moved, so ticks
 * that do not change OI cost one comparison. Signals: value1 = PCR, value2 = threshold crossed,
 * value3 = Σ put OI, value4 = Σ call OI; see docs/ENGINES.md for direction, strength and
 * confidence.
 */
public final class PcrEngine implements AnalyticsEngine {
    /** Expiry argument of {@link #zone} that selects an underlying's total series. */
    public static final long TOTAL = 0;

    private final MarketState state;
    private final PcrConfig config;
    private final PcrBand band;
    private final boolean perExpiry;
    private long[] seenOiVersion = new long[0];
    private long[] chainPut = new long[0];
    private long[] chainCall = new long[0];
    private long[] totalPut = new long[0];
    private long[] totalCall = new long[0];
    private int chains;
    private int underlyings;

    public PcrEngine(final MarketState state, final PcrConfig config) {
        this.state = state;
        this.config = config;
        this.band = new PcrBand(config);
        this.perExpiry = config.scope() == PcrConfig.Scope.PER_EXPIRY;
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        track();
        if (event.type != EventType.OPTION_TICK) {
            return;
        }
        final int c = state.chainIndexOf(event.instrumentId);
        if (c < 0 || c >= chains) {
            return;
        }
        final ChainState chain = state.chain(c);
        final long version = chain.oiVersion();
        if (version == seenOiVersion[c]) {
            return;
        }
        seenOiVersion[c] = version;
        final long put = chain.putOi();
        final long call = chain.callOi();
        final int u = chain.underlyingIndex();
        totalPut[u] += put - chainPut[c];
        totalCall[u] += call - chainCall[c];
        chainPut[c] = put;
        chainCall[c] = call;
        if (perExpiry) {
            if (chain.oiComplete()) {
                evaluate(c, put, call, chain.underlyingId(), chain.expiryNanos(), event.eventTimeNanos, sink);
            }
        } else if (allChainsComplete(u)) {
            evaluate(u, totalPut[u], totalCall[u], chain.underlyingId(), TOTAL, event.eventTimeNanos, sink);
        }
    }

    /** Re-takes every chain's OI sums from the chain state and re-adds the per-underlying totals. */
    @Override
    public void recover(final MarketEvent event) {
        track();
        Arrays.fill(totalPut, 0);
        Arrays.fill(totalCall, 0);
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            seenOiVersion[c] = chain.oiVersion();
            chainPut[c] = chain.putOi();
            chainCall[c] = chain.callOi();
            totalPut[chain.underlyingIndex()] += chainPut[c];
            totalCall[chain.underlyingIndex()] += chainCall[c];
        }
    }

    /** Until every leg of every expiry has reported OI, a put/call ratio compares partial sums. */
    private boolean allChainsComplete(final int underlyingIndex) {
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            if (chain.underlyingIndex() == underlyingIndex && !chain.oiComplete()) {
                return false;
            }
        }
        return true;
    }

    /** Re-evaluates every series on the sums already seen, so a debounced crossing fires once its window ends. */
    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        track();
        if (perExpiry) {
            for (int c = 0; c < chains; c++) {
                final ChainState chain = state.chain(c);
                if (chain.oiComplete()) {
                    evaluate(c, chainPut[c], chainCall[c], chain.underlyingId(), chain.expiryNanos(), eventTimeNanos, sink);
                }
            }
        } else {
            for (int u = 0; u < underlyings; u++) {
                if (allChainsComplete(u)) {
                    evaluate(u, totalPut[u], totalCall[u], state.underlying(u).instrumentId(), TOTAL, eventTimeNanos, sink);
                }
            }
        }
    }

    private void evaluate(final int series, final long put, final long call, final int underlyingId,
                          final long expiryNanos, final long eventTimeNanos, final SignalSink sink) {
        final long total = put + call;
        if (call <= 0 || total < config.minTotalOi()) {
            return;
        }
        final double pcr = (double) put / call;
        final byte from = band.zone(series);
        final int type = band.evaluate(series, pcr, eventTimeNanos);
        if (type == 0) {
            return;
        }
        final double threshold = band.thresholdCrossed(from, type);
        final Signal s = sink.next(EngineId.PCR, type);
        s.underlyingId = underlyingId;
        s.expiryNanos = expiryNanos;
        final int bullishIfContrarian = type == SignalType.PCR_HIGH ? 1 : type == SignalType.PCR_LOW ? -1 : 0;
        s.direction = (byte) (config.contrarian() ? bullishIfContrarian : -bullishIfContrarian);
        s.strength = Math.min(1.0, Math.abs(pcr - threshold) / threshold);
        s.confidence = config.minTotalOi() == 0 ? 1.0 : 1.0 - (double) config.minTotalOi() / total;
        s.value1 = pcr;
        s.value2 = threshold;
        s.value3 = put;
        s.value4 = call;
    }

    /** Grows per-chain and per-underlying arrays when the state gained some (definition time only). */
    private void track() {
        final int nc = state.chainCount();
        final int nu = state.underlyingCount();
        if (nc == chains && nu == underlyings) {
            return;
        }
        if (nc > seenOiVersion.length) {
            final int n = Math.max(nc, seenOiVersion.length * 2);
            final int old = seenOiVersion.length;
            seenOiVersion = Arrays.copyOf(seenOiVersion, n);
            Arrays.fill(seenOiVersion, old, n, -1);
            chainPut = Arrays.copyOf(chainPut, n);
            chainCall = Arrays.copyOf(chainCall, n);
        }
        if (nu > totalPut.length) {
            final int n = Math.max(nu, totalPut.length * 2);
            totalPut = Arrays.copyOf(totalPut, n);
            totalCall = Arrays.copyOf(totalCall, n);
        }
        band.ensureSeries(perExpiry ? Math.max(nc, 1) : Math.max(nu, 1));
        chains = nc;
        underlyings = nu;
    }

    /** PCR(OI) of the chain at {@code chainIndex} as last seen; NaN without call OI. */
    public double chainPcr(final int chainIndex) {
        return chainIndex >= 0 && chainIndex < chains && chainCall[chainIndex] > 0
            ? (double) chainPut[chainIndex] / chainCall[chainIndex] : Double.NaN;
    }

    /** PCR(OI) of (underlying, expiry) as last seen; NaN when unknown or without call OI. */
    public double pcr(final int underlyingId, final long expiryNanos) {
        return chainPcr(state.chainIndex(underlyingId, expiryNanos));
    }

    /** PCR(OI) across every expiry of the underlying; NaN when unknown or without call OI. */
    public double totalPcr(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings && totalCall[u] > 0 ? (double) totalPut[u] / totalCall[u] : Double.NaN;
    }

    public long totalPutOi(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings ? totalPut[u] : 0;
    }

    public long totalCallOi(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings ? totalCall[u] : 0;
    }

    /**
     * Last signalled zone of a series: 0 unknown, 1 normal, 2 high, 3 low. {@code expiryNanos}
     * {@link #TOTAL} selects the underlying's total series; series outside the configured scope
     * are never evaluated and stay unknown.
     */
    public int zone(final int underlyingId, final long expiryNanos) {
        if (expiryNanos == TOTAL) {
            final int u = state.underlyingIndexOf(underlyingId);
            return perExpiry || u < 0 ? PcrBand.UNKNOWN : band.zone(u);
        }
        final int c = state.chainIndex(underlyingId, expiryNanos);
        return !perExpiry || c < 0 ? PcrBand.UNKNOWN : band.zone(c);
    }

    public PcrConfig config() {
        return config;
    }
}
