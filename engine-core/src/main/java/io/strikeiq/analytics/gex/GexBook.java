package io.strikeiq.analytics.gex;

import io.strikeiq.analytics.GexConvention;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;

/**
 * Incremental dealer gamma exposure of one chain: every contract's GEX in exact {@code long}
 * milli-currency per 1 % move, the chain's call, put and gross (Σ |GEX|) sums, and the call wall
 * (max call GEX) and put wall (max |put GEX|), ties to the lowest strike. A leg change adds its
 * delta to the sums, so they equal a {@link #rebuild} bit for bit; the walls are argmax-maintained
 * and rescanned only when the wall's own value falls. The book mirrors the chain's slot layout
 * and is rebuilt (definition time, may allocate) when the chain's layout version moves.
 */
public final class GexBook {
    /** Contract values are kept in milli-currency so sums are exact. */
    public static final double MILLI = 1000.0;

    private long layoutVersion = Long.MIN_VALUE;
    private int slots;
    private long[] legGex = new long[0];
    private long callSum;
    private long putSum;
    private long grossSum;
    private int callWall = -1;
    private int putWall = -1;
    private RuntimeException fault;

    /**
     * One contract's GEX in milli-currency, a pure function of the leg's fields: sign · gamma ·
     * F² · OI · lot · 0.01 with F the forward its gamma was computed at; 0 without gamma or OI.
     */
    public static long contractGexMilli(final OptionLegFlyweight l, final boolean isCall, final int lotSize,
                                        final GexConvention convention) {
        final double gamma = l.gamma();
        final long oi = l.oi();
        final double f = l.greeksForward();
        if (!(gamma == gamma) || oi <= 0 || !(f > 0)) {
            return 0;
        }
        final int sign = convention.sign(isCall, l.buildUp());
        return Math.round(sign * gamma * f * f * oi * lotSize * 0.01 * MILLI);
    }

    /** True once the book has been built, whatever the layout since. */
    public boolean isBuilt() {
        return layoutVersion != Long.MIN_VALUE;
    }

    public boolean isCurrent(final ChainState chain) {
        return layoutVersion == chain.layoutVersion();
    }

    /** Recomputes every leg of the chain from scratch (layout change, session open, recovery). */
    public void rebuild(final ChainState chain, final OptionLegFlyweight leg, final GexConvention convention) {
        slots = chain.slotCount();
        if (legGex.length < slots * 2) {
            legGex = new long[Math.max(slots * 2, 64)];
        }
        long call = 0;
        long put = 0;
        long gross = 0;
        for (int s = 0; s < slots; s++) {
            final long cv = value(chain, s, ChainState.CALL, leg, convention);
            final long pv = value(chain, s, ChainState.PUT, leg, convention);
            legGex[s * 2] = cv;
            legGex[s * 2 + 1] = pv;
            call += cv;
            put += pv;
            gross += Math.abs(cv) + Math.abs(pv);
        }
        callSum = call;
        putSum = put;
        grossSum = gross;
        callWall = scanWall(ChainState.CALL);
        putWall = scanWall(ChainState.PUT);
        layoutVersion = chain.layoutVersion();
    }

    /** Re-reads one leg and moves the sums and walls by its change (the layout must be current). */
    public void update(final ChainState chain, final int slot, final int side, final OptionLegFlyweight leg,
                       final GexConvention convention) {
        final int i = slot * 2 + side;
        final long old = legGex[i];
        final long now = value(chain, slot, side, leg, convention);
        if (now == old) {
            return;
        }
        legGex[i] = now;
        grossSum += Math.abs(now) - Math.abs(old);
        if (fault != null) {
            final RuntimeException f = fault;
            fault = null;
            throw f;
        }
        if (side == ChainState.CALL) {
            callSum += now - old;
            callWall = moveWall(callWall, slot, ChainState.CALL, now, old);
        } else {
            putSum += now - old;
            putWall = moveWall(putWall, slot, ChainState.PUT, Math.abs(now), Math.abs(old));
        }
    }

    private static long value(final ChainState chain, final int slot, final int side, final OptionLegFlyweight leg,
                              final GexConvention convention) {
        return contractGexMilli(chain.leg(slot, side, leg), side == ChainState.CALL, chain.lotSize(), convention);
    }

    /** Argmax maintenance: a rising value can take the wall; the wall's own value falling forces a rescan. */
    private int moveWall(final int wall, final int slot, final int side, final long key, final long oldKey) {
        if (slot == wall) {
            return key >= oldKey ? wall : scanWall(side);
        }
        if (key <= 0) {
            return wall;
        }
        if (wall < 0) {
            return slot;
        }
        final long wallKey = wallKey(wall, side);
        return key > wallKey || (key == wallKey && slot < wall) ? slot : wall;
    }

    private long wallKey(final int slot, final int side) {
        final long v = legGex[slot * 2 + side];
        return side == ChainState.CALL ? v : Math.abs(v);
    }

    private int scanWall(final int side) {
        int best = -1;
        long bestKey = 0;
        for (int s = 0; s < slots; s++) {
            final long key = wallKey(s, side);
            if (key > bestKey) {
                best = s;
                bestKey = key;
            }
        }
        return best;
    }

    /** Slots of the layout the book was last built for. */
    public int slots() {
        return slots;
    }

    /** GEX of one contract in milli-currency. */
    public long legMilli(final int slot, final int side) {
        return legGex[slot * 2 + side];
    }

    public long callMilli() {
        return callSum;
    }

    public long putMilli() {
        return putSum;
    }

    public long grossMilli() {
        return grossSum;
    }

    /** Slot of the call wall, −1 when no call has positive GEX. */
    public int callWallSlot() {
        return callWall;
    }

    /** Slot of the put wall, −1 when no put has nonzero GEX. */
    public int putWallSlot() {
        return putWall;
    }

    /** Test seam: the next {@link #update} that changes a value throws {@code error} after the leg and gross sum moved, before the side sum. */
    void failNextUpdate(final RuntimeException error) {
        fault = error;
    }
}
