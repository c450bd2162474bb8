package io.strikeiq.analytics.chain;

import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.EventTimeDebounce;
import io.strikeiq.analytics.SampleRing;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;

import java.util.Arrays;

/**
 * The PCR beside the PCR engine's: PCR of volume per chain and across expiries (read from state),
 * and the z-score of PCR(OI) against an event-time window of samples, per chain and per underlying
 * (all expiries), with the {@code PCR_Z_EXTREME} signal on the underlying's z: a zone (HIGH above
 * +enter, LOW below −enter) is entered with a debounced signal and left silently once |z| is under
 * the exit level. Samples are taken only once a chain's OI is complete. Allocates only when chains
 * or underlyings appear.
 */
public final class PcrZScore {
    private static final byte ZONE_NORMAL = 1;
    private static final byte ZONE_HIGH = 2;
    private static final byte ZONE_LOW = 3;

    private final MarketState state;
    private final ChainAnalyticsConfig config;
    private final EventTimeDebounce debounce;
    private SampleRing[] chainPcr = new SampleRing[0];
    private SampleRing[] totalPcr = new SampleRing[0];
    /** Per underlying; 0 until its first defined z. */
    private byte[] zone = new byte[0];

    public PcrZScore(final MarketState state, final ChainAnalyticsConfig config) {
        this.state = state;
        this.config = config;
        this.debounce = new EventTimeDebounce(config.debounceNanos(), 1);
    }

    /** Makes room for {@code chains} chains and {@code underlyings} underlyings (allocates; not per event). */
    public void ensure(final int chains, final int underlyings) {
        if (chains > chainPcr.length) {
            final int old = chainPcr.length;
            chainPcr = Arrays.copyOf(chainPcr, Math.max(chains, old * 2));
            for (int c = old; c < chainPcr.length; c++) {
                chainPcr[c] = new SampleRing(config.pcrZWindow());
            }
        }
        if (underlyings > totalPcr.length) {
            final int old = totalPcr.length;
            final int cap = Math.max(underlyings, old * 2);
            totalPcr = Arrays.copyOf(totalPcr, cap);
            zone = Arrays.copyOf(zone, cap);
            for (int u = old; u < cap; u++) {
                totalPcr[u] = new SampleRing(config.pcrZWindow());
            }
            debounce.ensureKeys(cap);
        }
    }

    /** Sample boundary: PCR(OI) of every OI-complete chain, and of every underlying whose chains are all complete. */
    public void sample(final int chains, final int underlyings) {
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            if (chain.oiComplete() && chain.callOi() > 0) {
                chainPcr[c].add((double) chain.putOi() / chain.callOi());
            }
        }
        for (int u = 0; u < underlyings; u++) {
            long put = 0;
            long call = 0;
            boolean complete = false;
            for (int c = 0; c < chains; c++) {
                final ChainState chain = state.chain(c);
                if (chain.underlyingIndex() == u) {
                    complete = chain.oiComplete();
                    if (!complete) {
                        break;
                    }
                    put += chain.putOi();
                    call += chain.callOi();
                }
            }
            if (complete && call > 0) {
                totalPcr[u].add((double) put / call);
            }
        }
    }

    /** {@code PCR_Z_EXTREME} for underlying index {@code u} (expiry 0: across expiries) when its z entered an extreme zone. */
    public void signal(final int u, final int underlyingId, final long now, final SignalSink sink) {
        final SampleRing ring = totalPcr[u];
        final double z = z(ring);
        if (!(z == z)) {
            return;
        }
        final byte current = zone[u];
        final byte target;
        if (z > config.pcrZEnter()) {
            target = ZONE_HIGH;
        } else if (z < -config.pcrZEnter()) {
            target = ZONE_LOW;
        } else if ((current == ZONE_HIGH || current == ZONE_LOW) && Math.abs(z) >= config.pcrZExit()) {
            target = current;
        } else {
            target = ZONE_NORMAL;
        }
        if (target == current) {
            return;
        }
        if (target == ZONE_NORMAL) {
            zone[u] = ZONE_NORMAL;
            return;
        }
        if (!debounce.allows(u, 0, now)) {
            return;
        }
        debounce.record(u, 0, now);
        zone[u] = target;
        final Signal s = sink.next(EngineId.CHAIN_METRICS, SignalType.PCR_Z_EXTREME);
        s.underlyingId = underlyingId;
        s.expiryNanos = 0;
        s.direction = (byte) (target == ZONE_HIGH ? 1 : -1);
        s.strength = Math.min(1.0, (Math.abs(z) - config.pcrZEnter()) / config.pcrZEnter());
        s.confidence = (double) ring.size() / config.pcrZWindow();
        s.value1 = z;
        s.value2 = ring.get(ring.size() - 1);
        s.value3 = ring.mean();
        s.value4 = ring.stdDev();
    }

    /** z-score of chain {@code c}'s latest PCR(OI) sample against its window; NaN before {@code pcrZMinSamples}. */
    public double chainZ(final int c) {
        return chainPcr[c].size() >= config.pcrZMinSamples() ? z(chainPcr[c]) : Double.NaN;
    }

    /** z-score of underlying index {@code u}'s all-expiry PCR(OI) latest sample; NaN before {@code pcrZMinSamples}. */
    public double totalZ(final int u) {
        return totalPcr[u].size() >= config.pcrZMinSamples() ? z(totalPcr[u]) : Double.NaN;
    }

    /** PCR of volume, Σ put volume / Σ call volume of the chain; NaN without call volume. */
    public static double volume(final ChainState chain) {
        return chain.callVolume() <= 0 ? Double.NaN : (double) chain.putVolume() / chain.callVolume();
    }

    /** PCR of volume across the first {@code chains} chains of {@code underlyingId} (every expiry). */
    public double totalVolume(final int underlyingId, final int chains) {
        long put = 0;
        long call = 0;
        for (int c = 0; c < chains; c++) {
            if (state.chain(c).underlyingId() == underlyingId) {
                put += state.chain(c).putVolume();
                call += state.chain(c).callVolume();
            }
        }
        return call > 0 ? (double) put / call : Double.NaN;
    }

    private static double z(final SampleRing ring) {
        if (ring.size() < 2) {
            return Double.NaN;
        }
        final double sd = ring.stdDev();
        return sd > 0 ? (ring.get(ring.size() - 1) - ring.mean()) / sd : Double.NaN;
    }
}
