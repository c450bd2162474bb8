package io.strikeiq.analytics.snapshot;

import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;

/**
 * One chain's legs as the boundary event left them, without a copy: the chain's own open capture
 * ({@link ChainState#openCapture}: a leg written since the boundary is read from its pre-image, an
 * untouched one from the live chain) plus what a contract row needs from the chain itself at the
 * boundary (underlying, expiry, strike grid, slot and leg counts). Later events may tick, re-solve
 * or even re-lay the live chain out; the rows still describe the boundary. {@link #release} closes
 * the chain's capture once its rows are written, so later writes stop keeping pre-images.
 * Allocation-free.
 */
public final class ChainCapture {
    private ChainState chain;
    private int underlyingId;
    private long expiryNanos;
    private double baseStrike;
    private double strikeStep;
    private int slotCount;
    private int listedLegs;

    /** Captures {@code chain} as it is now. */
    public void capture(final ChainState chain) {
        this.chain = chain;
        chain.openCapture();
        underlyingId = chain.underlyingId();
        expiryNanos = chain.expiryNanos();
        baseStrike = chain.baseStrike();
        strikeStep = chain.strikeStep();
        slotCount = chain.slotCount();
        listedLegs = chain.listedLegs();
    }

    /** Closes the chain's capture: its rows are written or given up. Idempotent. */
    public void release() {
        if (chain != null) {
            chain.closeCapture();
            chain = null;
        }
    }

    /** Positions {@code flyweight} on the captured leg at (slot, side), slot in the boundary's layout. */
    public OptionLegFlyweight leg(final int slot, final int side, final OptionLegFlyweight flyweight) {
        return chain.capturedLeg(slot, side, flyweight);
    }

    /** Same arithmetic as {@link ChainState#strikeAt}, so the strike is the same double. */
    public double strikeAt(final int slot) {
        return baseStrike + slot * strikeStep;
    }

    public int underlyingId() {
        return underlyingId;
    }

    public long expiryNanos() {
        return expiryNanos;
    }

    public int slotCount() {
        return slotCount;
    }

    /** Listed legs at the capture: the contract rows this chain contributes. */
    public int listedLegs() {
        return listedLegs;
    }
}
