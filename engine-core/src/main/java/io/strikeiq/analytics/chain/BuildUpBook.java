package io.strikeiq.analytics.chain;

import io.strikeiq.analytics.BuildUp;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;

/**
 * OI-weighted build-up aggregates of one chain: per side and {@link BuildUp} class, the Σ OI of
 * the legs the derived per-leg state put in that class, once for the day class and once for the
 * rolling-window class. Kept incrementally in exact {@code long} arithmetic: the book remembers,
 * per leg, the OI and the two classes it counted the leg under, and a tick moves that OI out of
 * the old classes and the leg's current OI into its current ones (O(1)). When the derivation
 * reclassified the whole chain (its build-up version moved: layout change, session open, window
 * boundary) or after a failed update, the book is recounted from the legs ({@link #rebuild}).
 */
public final class BuildUpBook {
    private static final int AGG = 2 * BuildUp.COUNT;

    private final long[] day = new long[AGG];
    private final long[] window = new long[AGG];
    private long[] legOi = new long[0];
    private byte[] legDay = new byte[0];
    private byte[] legWindow = new byte[0];
    /** The derivation's build-up version the book was last recounted at (0: never). */
    private long version;
    /** Test seam: thrown once between removing a leg's old OI and adding its new OI; null in production. */
    private RuntimeException fault;

    /** Whether the book was recounted at the derivation's current build-up version of the chain. */
    public boolean isCurrent(final long buildUpVersion) {
        return version == buildUpVersion;
    }

    /** Moves one leg's OI to the classes the derivation gave it now. Allocation-free. */
    public void update(final ChainState chain, final int slot, final int side, final OptionLegFlyweight leg) {
        final OptionLegFlyweight l = chain.leg(slot, side, leg);
        final int i = slot * 2 + side;
        final int base = side * BuildUp.COUNT;
        final long oldOi = legOi[i];
        day[base + legDay[i]] -= oldOi;
        window[base + legWindow[i]] -= oldOi;
        if (fault != null) {
            final RuntimeException f = fault;
            fault = null;
            throw f;
        }
        final long oi = l.oi();
        final byte d = l.buildUp();
        final byte w = l.windowBuildUp();
        legOi[i] = oi;
        legDay[i] = d;
        legWindow[i] = w;
        day[base + d] += oi;
        window[base + w] += oi;
    }

    /**
     * Recounts the aggregates of every listed leg from scratch and records {@code buildUpVersion}
     * (allocates when the chain grew).
     */
    public void rebuild(final ChainState chain, final long buildUpVersion, final OptionLegFlyweight leg) {
        final int legs = chain.slotCount() * 2;
        if (legOi.length < legs) {
            legOi = new long[Math.max(legs, 64)];
            legDay = new byte[legOi.length];
            legWindow = new byte[legOi.length];
        }
        Arrays.fill(legOi, 0);
        Arrays.fill(legDay, BuildUp.NEUTRAL);
        Arrays.fill(legWindow, BuildUp.NEUTRAL);
        Arrays.fill(day, 0);
        Arrays.fill(window, 0);
        for (int s = 0; s < chain.slotCount(); s++) {
            for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                if (chain.leg(s, side, leg).isListed()) {
                    update(chain, s, side, leg);
                }
            }
        }
        version = buildUpVersion;
    }

    /** OI (contracts) of the {@code side} legs whose day build-up class is {@code buildUp}. */
    public long dayOi(final int side, final int buildUp) {
        return day[side * BuildUp.COUNT + buildUp];
    }

    /** OI (contracts) of the {@code side} legs whose rolling-window build-up class is {@code buildUp}. */
    public long windowOi(final int side, final int buildUp) {
        return window[side * BuildUp.COUNT + buildUp];
    }

    /** Test seam: the next {@link #update} throws {@code error} after removing the leg's old OI, before adding the new. */
    void failNextUpdate(final RuntimeException error) {
        fault = error;
    }
}
