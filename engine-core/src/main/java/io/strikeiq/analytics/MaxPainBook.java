package io.strikeiq.analytics;

import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;

/**
 * Incremental max-pain arithmetic of one chain. For every listed strike K_j it keeps the total
 * intrinsic value option holders would receive if the underlying settled at K_j,
 * {@code pain[j] = Σ_i callOI_i·max(0, j − i) + putOI_i·max(0, i − j)}, in units of
 * contracts × strike steps, in exact {@code long} arithmetic. An OI change at one strike adds its
 * delta times the distance to every candidate (O(n)), then the argmin is rescanned (O(n)); ties
 * go to the lowest strike. The book mirrors the chain's slot layout and is rebuilt from the legs
 * (O(n²), definition time) when the chain's layout version moves.
 */
final class MaxPainBook {
    private long layoutVersion = Long.MIN_VALUE;
    private int slots;
    private double baseStrike;
    private double step;
    private long[] callOi = new long[0];
    private long[] putOi = new long[0];
    private long[] pain = new long[0];
    private boolean[] listed = new boolean[0];
    private long totalOi;
    private int argmin = -1;

    boolean isCurrent(final ChainState chain) {
        return layoutVersion == chain.layoutVersion();
    }

    /** Re-reads every leg of {@code chain} and recomputes all pains (allocates when the chain grew). */
    void rebuild(final ChainState chain, final OptionLegFlyweight leg) {
        layoutVersion = chain.layoutVersion();
        slots = chain.slotCount();
        baseStrike = chain.baseStrike();
        step = chain.strikeStep();
        if (callOi.length < slots) {
            callOi = new long[slots];
            putOi = new long[slots];
            pain = new long[slots];
            listed = new boolean[slots];
        }
        totalOi = 0;
        for (int i = 0; i < slots; i++) {
            listed[i] = chain.isListed(i, leg);
            callOi[i] = chain.leg(i, ChainState.CALL, leg).oi();
            putOi[i] = chain.leg(i, ChainState.PUT, leg).oi();
            totalOi += callOi[i] + putOi[i];
        }
        for (int j = 0; j < slots; j++) {
            long p = 0;
            for (int i = 0; i < slots; i++) {
                p += i < j ? callOi[i] * (j - i) : putOi[i] * (i - j);
            }
            pain[j] = p;
        }
        rescan();
    }

    /**
     * Takes the new OI of one leg. Allocation-free.
     *
     * @return true when the OI changed (pains and argmin were updated)
     */
    boolean update(final int slot, final int side, final long oi) {
        final long delta;
        if (side == ChainState.CALL) {
            delta = oi - callOi[slot];
            if (delta == 0) {
                return false;
            }
            callOi[slot] = oi;
            for (int j = slot + 1; j < slots; j++) {
                pain[j] += delta * (j - slot);
            }
        } else {
            delta = oi - putOi[slot];
            if (delta == 0) {
                return false;
            }
            putOi[slot] = oi;
            for (int j = 0; j < slot; j++) {
                pain[j] += delta * (slot - j);
            }
        }
        totalOi += delta;
        rescan();
        return true;
    }

    private void rescan() {
        int best = -1;
        for (int j = 0; j < slots; j++) {
            if (listed[j] && (best < 0 || pain[j] < pain[best])) {
                best = j;
            }
        }
        argmin = best;
    }

    long totalOi() {
        return totalOi;
    }

    /** Strike minimising pain, NaN while nothing is listed. */
    double maxPainStrike() {
        return argmin < 0 ? Double.NaN : baseStrike + argmin * step;
    }

    /** Pain at the max-pain strike, contracts × strike steps. */
    long minPainSteps() {
        return argmin < 0 ? 0 : pain[argmin];
    }

    /** Pain at {@code strike} in contracts × strike steps, or -1 when it is not a listed strike. */
    long painStepsAt(final double strike) {
        final double steps = (strike - baseStrike) / step;
        final long j = Math.round(steps);
        if (Double.isNaN(strike) || j < 0 || j >= slots || steps != j || !listed[(int) j]) {
            return -1;
        }
        return pain[(int) j];
    }

    double step() {
        return step;
    }
}
