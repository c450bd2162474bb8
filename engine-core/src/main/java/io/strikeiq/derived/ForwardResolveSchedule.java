package io.strikeiq.derived;

import java.util.Arrays;

/**
 * Which legs of which chains still have to be re-solved because their chain's forward formed or
 * moved. A chain is marked when its forward first forms or moves by more than
 * {@code moveFraction} of the forward its legs were last marked at; from then on every one of its
 * {@code 2 × strikes} legs is handed out once, in strike order (slot 0 call, slot 0 put, slot 1
 * call, ...), at most {@link #LEGS_PER_EVENT} per input event over all chains (the caller lets
 * the chains take turns). A mark while a pass is under way does not restart it (that would starve the high
 * strikes of a chain whose forward keeps moving): the pass goes on from where it is and runs
 * another full lap of the chain. Pure function of the calls made, so replays are bit-identical.
 * Allocation-free after the arrays are sized for the chains. Not thread-safe.
 */
final class ForwardResolveSchedule {
    /** Legs re-solved per input event at most: ~16 IV inversions + greeks, well inside the 50 µs budget. */
    static final int LEGS_PER_EVENT = 16;

    private final double moveFraction;
    private double[] markedForward = new double[0];
    /** Next leg index (slot · 2 + side) of the chain's pass. */
    private int[] cursor = new int[0];
    /** Legs of the chain still to hand out in its pass (0: none pending). */
    private int[] remaining = new int[0];

    ForwardResolveSchedule(final double moveFraction) {
        this.moveFraction = moveFraction;
    }

    /** Makes room for {@code chains} chains (definition time only). */
    void ensure(final int chains) {
        if (chains <= markedForward.length) {
            return;
        }
        final int old = markedForward.length;
        final int cap = Math.max(chains, old * 2);
        markedForward = Arrays.copyOf(markedForward, cap);
        Arrays.fill(markedForward, old, cap, Double.NaN);
        cursor = Arrays.copyOf(cursor, cap);
        remaining = Arrays.copyOf(remaining, cap);
    }

    /**
     * Called with the chain's current forward after it may have changed; marks the chain (all
     * {@code legs} of it) when the forward formed or moved past the threshold. Returns whether it marked.
     */
    boolean forwardSeen(final int chain, final double forward, final int legs) {
        if (!(forward > 0)) {
            return false;
        }
        final double marked = markedForward[chain];
        if (marked == marked && Math.abs(forward - marked) <= moveFraction * marked) {
            return false;
        }
        markedForward[chain] = forward;
        if (cursor[chain] >= legs) {
            cursor[chain] = 0;
        }
        remaining[chain] = legs;
        return true;
    }

    /** Whether the chain has legs waiting. */
    boolean pending(final int chain) {
        return remaining[chain] > 0;
    }

    /**
     * Hands out the chain's next leg (slot · 2 + side) and advances its pass, wrapping at
     * {@code legs} (the chain's current leg count, which may have grown since it was marked).
     */
    int next(final int chain, final int legs) {
        int i = cursor[chain];
        if (i >= legs) {
            i = 0;
        }
        cursor[chain] = i + 1 >= legs ? 0 : i + 1;
        remaining[chain]--;
        return i;
    }

    /** The forward the chain was last marked at (NaN before its forward first formed). */
    double markedForward(final int chain) {
        return markedForward[chain];
    }
}
