package io.strikeiq.analytics.snapshot;

import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One chain's legs as the boundary event left them: a bulk copy of the chain's slots
 * ({@link ChainState#copySlotsTo}) plus what a contract row needs from the chain itself (underlying,
 * expiry, strike grid). Later events may tick, re-solve or even re-lay the live chain out; the
 * snapshot rows are expanded from this copy, so they still describe the boundary. The buffer
 * grows only when a chain has grown (definition time), so capturing allocates nothing after warm-up.
 */
public final class ChainCapture {
    /** Grown by {@link #reserve} to what the chain needs (definition time: one allocation per doubling). */
    private UnsafeBuffer slots = new UnsafeBuffer(new byte[0]);
    private int underlyingId;
    private long expiryNanos;
    private double baseStrike;
    private double strikeStep;
    private int slotCount;
    private int listedLegs;

    /**
     * Grows the copy to hold {@code slotCount} slots, so that the capture at a snapshot boundary does
     * not allocate (a first capture that grew its buffer cost a few hundred µs); definition time.
     * The legs captured so far are kept: a definition can arrive while a snapshot's rows are still
     * being written from this copy.
     */
    public void reserve(final int slotCount) {
        final int bytes = slotCount * ChainState.SLOT_LENGTH;
        if (bytes > slots.capacity()) {
            // On the heap: a direct buffer is a fresh native mapping on every growth, faulted in page by
            // page; heap pages are reused once the heap has been touched (-XX:+AlwaysPreTouch does it at
            // start). BENCHMARKS.md 1f has the definition-event costs.
            final UnsafeBuffer grown = new UnsafeBuffer(new byte[Integer.highestOneBit(bytes) << 1]);
            grown.putBytes(0, slots, 0, this.slotCount * ChainState.SLOT_LENGTH);
            slots = grown;
        }
    }

    /** Copies {@code chain} as it is now. */
    public void capture(final ChainState chain) {
        reserve(chain.slotCount());
        chain.copySlotsTo(slots, 0);
        underlyingId = chain.underlyingId();
        expiryNanos = chain.expiryNanos();
        baseStrike = chain.baseStrike();
        strikeStep = chain.strikeStep();
        slotCount = chain.slotCount();
        listedLegs = chain.listedLegs();
    }

    /** Positions {@code flyweight} on the captured leg at (slot, side). */
    public OptionLegFlyweight leg(final int slot, final int side, final OptionLegFlyweight flyweight) {
        return flyweight.wrap(slots, slot * ChainState.SLOT_LENGTH + side * OptionLegFlyweight.LENGTH);
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
