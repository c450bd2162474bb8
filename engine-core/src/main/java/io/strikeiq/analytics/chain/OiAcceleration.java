package io.strikeiq.analytics.chain;

import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;

import java.util.Arrays;

/**
 * OI acceleration per chain and per underlying (all its expiries): at each rolling-window boundary
 * the net flow n = Σ put OI − Σ call OI is sampled, the last three kept, and the ratio
 * ((n0 − n1) − (n1 − n2)) / current total OI is read on demand (n0 the latest sample); NaN before
 * three boundaries or without OI. Exact {@code long} sums; allocates only when chains or
 * underlyings appear.
 */
public final class OiAcceleration {
    private final MarketState state;
    private long[] chainFlow = new long[0];
    private int[] chainCount = new int[0];
    private long[] totalFlow = new long[0];
    private int[] totalCount = new int[0];

    public OiAcceleration(final MarketState state) {
        this.state = state;
    }

    /** Makes room for {@code chains} chains and {@code underlyings} underlyings (allocates; not per event). */
    public void ensure(final int chains, final int underlyings) {
        if (chains > chainCount.length) {
            final int cap = Math.max(chains, chainCount.length * 2);
            chainFlow = Arrays.copyOf(chainFlow, cap * 3);
            chainCount = Arrays.copyOf(chainCount, cap);
        }
        if (underlyings > totalCount.length) {
            final int cap = Math.max(underlyings, totalCount.length * 2);
            totalFlow = Arrays.copyOf(totalFlow, cap * 3);
            totalCount = Arrays.copyOf(totalCount, cap);
        }
    }

    /** Window boundary: samples every chain's net flow and every underlying's sum over its chains. */
    public void roll(final int chains, final int underlyings) {
        for (int u = 0; u < underlyings; u++) {
            totalFlow[u * 3 + 2] = totalFlow[u * 3 + 1];
            totalFlow[u * 3 + 1] = totalFlow[u * 3];
            totalFlow[u * 3] = 0;
        }
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            final long net = chain.putOi() - chain.callOi();
            chainFlow[c * 3 + 2] = chainFlow[c * 3 + 1];
            chainFlow[c * 3 + 1] = chainFlow[c * 3];
            chainFlow[c * 3] = net;
            chainCount[c] = Math.min(3, chainCount[c] + 1);
            totalFlow[chain.underlyingIndex() * 3] += net;
        }
        for (int u = 0; u < underlyings; u++) {
            totalCount[u] = Math.min(3, totalCount[u] + 1);
        }
    }

    /** Ratio of chain {@code c} (a tracked chain index). */
    public double chain(final int c) {
        final ChainState chain = state.chain(c);
        return acceleration(chainFlow, chainCount, c, chain.putOi() + chain.callOi());
    }

    /** Ratio of underlying index {@code u} over its first {@code chains} chains' total OI. */
    public double total(final int u, final int chains) {
        long oi = 0;
        for (int c = 0; c < chains; c++) {
            if (state.chain(c).underlyingIndex() == u) {
                oi += state.chain(c).putOi() + state.chain(c).callOi();
            }
        }
        return acceleration(totalFlow, totalCount, u, oi);
    }

    private static double acceleration(final long[] flow, final int[] count, final int k, final long totalOi) {
        if (count[k] < 3 || totalOi <= 0) {
            return Double.NaN;
        }
        final long n0 = flow[k * 3];
        final long n1 = flow[k * 3 + 1];
        final long n2 = flow[k * 3 + 2];
        return (double) ((n0 - n1) - (n1 - n2)) / totalOi;
    }
}
