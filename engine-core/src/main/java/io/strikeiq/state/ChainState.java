package io.strikeiq.state;

import io.strikeiq.event.MarketEvent;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The option chain of one (underlying, expiry): a slot per strike, {@code (strike − base) /
 * step}, each holding a call leg and a put leg in an off-heap {@link UnsafeBuffer}, plus chain
 * aggregates (Σ call/put OI and volume) kept incrementally as ticks arrive. Strikes may be listed
 * in any order: a strike below the current base or beyond the capacity re-lays the chain out
 * into a new buffer (definition time only) and bumps {@link #layoutVersion()}, which tells slot
 * caches to refresh. Written by the state stage, except the legs' IV, greeks, build-up classes
 * and window references, which the analytics engines on the same (fused) thread write after
 * the state stage has applied the event. A storage snapshot captures the chain without copying it
 * ({@link #openCapture}): until {@link #closeCapture}, {@link #capturedLeg} reads every leg as the
 * capturing event left it, because every writer of a field a snapshot row reads goes through
 * {@link #legForWrite} (or, inside this class, keeps the pre-image itself) first.
 */
public final class ChainState {
    public static final int CALL = 0;
    public static final int PUT = 1;
    public static final int SLOT_LENGTH = 2 * OptionLegFlyweight.LENGTH;

    private static final int INITIAL_SLOTS = 64;
    private static final double STRIKE_TOLERANCE = 1e-6;

    private final int index;
    private final int underlyingId;
    private final int underlyingIndex;
    private final long expiryNanos;
    private final double strikeStep;
    private final int lotSize;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private final LegPreImages preImages = new LegPreImages();

    private UnsafeBuffer buffer;
    private int capacity;
    private int slotCount;
    private double baseStrike = Double.NaN;
    private int listedLegs;
    /** Listed legs that have reported open interest at least once (warm-up tracking). */
    private int oiReportedLegs;
    private long layoutVersion;
    private long oiVersion;
    private long callOi;
    private long putOi;
    private long callVolume;
    private long putVolume;

    ChainState(final int index, final int underlyingId, final int underlyingIndex, final long expiryNanos,
               final double strikeStep, final int lotSize) {
        if (!(strikeStep > 0) || !Double.isFinite(strikeStep)) {
            throw new IllegalArgumentException("chain of underlying " + underlyingId + " expiry " + expiryNanos
                + " needs a positive strike step, got " + strikeStep);
        }
        this.index = index;
        this.underlyingId = underlyingId;
        this.underlyingIndex = underlyingIndex;
        this.expiryNanos = expiryNanos;
        this.strikeStep = strikeStep;
        this.lotSize = lotSize;
        relayout(INITIAL_SLOTS, 0);
    }

    /**
     * Lists an option in its slot (definition time; may allocate).
     *
     * @return true when the chain was re-laid out, so every slot index cached so far is stale
     * @throws IllegalArgumentException when the strike is off the step grid or the slot and side
     *     are already taken by another instrument
     */
    boolean list(final int instrumentId, final double strike, final int side) {
        boolean relaid = false;
        int slot;
        if (slotCount == 0) {
            baseStrike = strike;
            slotCount = 1;
            slot = 0;
        } else {
            slot = slotIndex(strike);
            if (slot < 0) {
                final int shift = -slot;
                relayout(Math.max(capacity, Integer.highestOneBit(slotCount + shift) << 1), shift);
                baseStrike = strike;
                slotCount += shift;
                slot = 0;
                relaid = true;
            } else if (slot >= slotCount) {
                if (slot >= capacity) {
                    relayout(Integer.highestOneBit(slot + 1) << 1, 0);
                    relaid = true;
                }
                slotCount = slot + 1;
            }
        }
        leg(slot, side, leg);
        if (leg.isListed()) {
            if (leg.instrumentId() != instrumentId) {
                throw new IllegalArgumentException("strike " + strike + (side == CALL ? " call" : " put")
                    + " of underlying " + underlyingId + " expiry " + expiryNanos + " is already listed as "
                    + leg.instrumentId() + ", cannot list " + instrumentId);
            }
            return relaid;
        }
        preImages.preserve(buffer, 2 * slot + side);
        leg.legFlags(leg.legFlags() | OptionLegFlyweight.LISTED).instrumentId(instrumentId);
        listedLegs++;
        layoutVersion++;
        return relaid;
    }

    /**
     * Throws what {@link #list} would throw, without changing anything, so a bad definition is
     * rejected before it reaches the registry.
     */
    void checkListable(final int instrumentId, final double strike, final int side) {
        if (slotCount == 0) {
            return;
        }
        final int slot = slotIndex(strike);
        if (slot >= 0 && slot < slotCount) {
            leg(slot, side, leg);
            if (leg.isListed() && leg.instrumentId() != instrumentId) {
                throw new IllegalArgumentException("strike " + strike + (side == CALL ? " call" : " put")
                    + " of underlying " + underlyingId + " expiry " + expiryNanos + " is already listed as "
                    + leg.instrumentId() + ", cannot list " + instrumentId);
            }
        }
    }

    private int slotIndex(final double strike) {
        final double steps = (strike - baseStrike) / strikeStep;
        final long rounded = Math.round(steps);
        if (Math.abs(steps - rounded) > STRIKE_TOLERANCE || Math.abs(rounded) > (1 << 20)) {
            throw new IllegalArgumentException("strike " + strike + " is not on the " + strikeStep
                + " grid from " + baseStrike + " (underlying " + underlyingId + ", expiry " + expiryNanos + ")");
        }
        return (int) rounded;
    }

    private void relayout(final int newCapacity, final int shiftSlots) {
        if (buffer != null) {
            // The legs are about to move: an open capture keeps them all, in its own layout.
            preImages.preserveAll(buffer);
        }
        preImages.ensure(newCapacity);
        final UnsafeBuffer fresh = new UnsafeBuffer(BufferUtil.allocateDirectAligned(newCapacity * SLOT_LENGTH, 64));
        for (int i = 0; i < newCapacity * 2; i++) {
            leg.wrap(fresh, i * OptionLegFlyweight.LENGTH).reset();
        }
        if (buffer != null && slotCount > 0) {
            fresh.putBytes(shiftSlots * SLOT_LENGTH, buffer, 0, slotCount * SLOT_LENGTH);
        }
        buffer = fresh;
        capacity = newCapacity;
        layoutVersion++;
    }

    /** Applies an option tick to the leg at (slot, side) and updates the aggregates. Allocation-free. */
    void applyTick(final int slot, final int side, final MarketEvent e) {
        final OptionLegFlyweight l = legForWrite(slot, side, leg);
        final long t = e.eventTimeNanos;
        if (!Double.isNaN(e.ltp)) {
            l.ltp(e.ltp);
            if (Double.isNaN(l.dayOpenPrice())) {
                l.dayOpenPrice(e.ltp);
            }
            if (Double.isNaN(l.windowPrice())) {
                l.windowPrice(e.ltp).nextWindowPrice(e.ltp);
            }
        }
        l.bid(e.bid).ask(e.ask).bidQty(e.bidQty).askQty(e.askQty);
        if (e.volume >= 0) {
            final long dv = e.volume - l.volume();
            if (dv != 0) {
                l.volume(e.volume);
                if (side == CALL) {
                    callVolume += dv;
                } else {
                    putVolume += dv;
                }
                if (dv > 0) {
                    l.lastTradeTimeNanos(t);
                }
            }
        }
        if (e.openInterest >= 0) {
            final long doi = e.openInterest - l.oi();
            if (doi != 0) {
                l.oi(e.openInterest);
                if (side == CALL) {
                    callOi += doi;
                } else {
                    putOi += doi;
                }
                oiVersion++;
            }
            if (l.dayOpenOi() == OptionLegFlyweight.UNKNOWN_OI) {
                l.dayOpenOi(e.openInterest);
            }
            if (l.windowOi() == OptionLegFlyweight.UNKNOWN_OI) {
                l.windowOi(e.openInterest).nextWindowOi(e.openInterest);
            }
            if ((l.legFlags() & OptionLegFlyweight.OI_SEEN) == 0) {
                l.legFlags(l.legFlags() | OptionLegFlyweight.OI_SEEN);
                oiReportedLegs++;
            }
        }
        if (!Double.isNaN(e.vendorIv)) {
            l.vendorIv(e.vendorIv).iv(e.vendorIv).ivFlags(OptionLegFlyweight.IV_VENDOR);
        }
        l.legFlags(l.legFlags() | OptionLegFlyweight.TICKED).lastUpdateNanos(t);
    }

    /**
     * Session open: every leg that has ticked takes its current OI as the day-open OI and its last
     * price (the previous close) as the reference price of the day's build-up.
     */
    void captureDayOpenOi() {
        for (int i = 0; i < slotCount * 2; i++) {
            leg.wrap(buffer, i * OptionLegFlyweight.LENGTH);
            if ((leg.legFlags() & OptionLegFlyweight.TICKED) != 0) {
                if (leg.dayOpenOi() != leg.oi()) {
                    preImages.preserve(buffer, i);
                }
                leg.dayOpenOi(leg.oi());
                leg.dayOpenPrice(leg.ltp());
            }
        }
    }

    /**
     * Opens a capture of the chain as it is now: {@link #capturedLeg} reads each leg as of this
     * moment until {@link #closeCapture}, at the cost of one leg copy per leg written meanwhile
     * (none here). A capture still open is replaced. Allocation-free.
     */
    public void openCapture() {
        preImages.open(slotCount);
    }

    /** Ends the open capture: writes no longer keep pre-images. */
    public void closeCapture() {
        preImages.close();
    }

    /** True while a capture is open. */
    public boolean captureOpen() {
        return preImages.isOpen();
    }

    /** Pre-images the open (or last) capture has kept: the legs written since it opened (all of them after a re-layout). */
    public int capturePreImages() {
        return preImages.kept();
    }

    /**
     * Positions {@code flyweight} on the leg at (slot, side) of the open capture, in the capture's
     * layout ({@code slot} below the slot count at {@link #openCapture}): the leg's pre-image if it
     * was written since, else the live leg, which is then unchanged since the capture.
     */
    public OptionLegFlyweight capturedLeg(final int slot, final int side, final OptionLegFlyweight flyweight) {
        final int at = preImages.offset(2 * slot + side);
        return at >= 0 ? flyweight.wrap(preImages.pool(), at) : leg(slot, side, flyweight);
    }

    /**
     * {@link #leg}, for a writer: keeps the leg's pre-image for an open capture first. Every write of
     * a field a snapshot row reads (quote, volume, OI, day-open OI, IV and flags, greeks, day build-up,
     * listing) must come through here; the window references and window build-up are not in a row.
     */
    public OptionLegFlyweight legForWrite(final int slot, final int side, final OptionLegFlyweight flyweight) {
        preImages.preserve(buffer, 2 * slot + side);
        return leg(slot, side, flyweight);
    }

    /** Positions {@code flyweight} on the leg at (slot, side) and returns it. */
    public OptionLegFlyweight leg(final int slot, final int side, final OptionLegFlyweight flyweight) {
        return flyweight.wrap(buffer, slot * SLOT_LENGTH + side * OptionLegFlyweight.LENGTH);
    }

    /** Slot of {@code strike}, or -1 when it is outside the chain or off its grid. */
    public int slotOf(final double strike) {
        if (slotCount == 0) {
            return -1;
        }
        final double steps = (strike - baseStrike) / strikeStep;
        final long rounded = Math.round(steps);
        if (Math.abs(steps - rounded) > STRIKE_TOLERANCE || rounded < 0 || rounded >= slotCount) {
            return -1;
        }
        return (int) rounded;
    }

    public double strikeAt(final int slot) {
        return baseStrike + slot * strikeStep;
    }

    /**
     * True when a call or a put is listed at {@code slot}. Takes the caller's flyweight because
     * readers on other threads must not share the state stage's.
     */
    public boolean isListed(final int slot, final OptionLegFlyweight flyweight) {
        return leg(slot, CALL, flyweight).isListed() || leg(slot, PUT, flyweight).isListed();
    }

    /** Position in {@link MarketState}'s chain list, stable for the life of the state. */
    public int index() {
        return index;
    }

    public int underlyingId() {
        return underlyingId;
    }

    /** Index of the underlying in {@link MarketState#underlying(int)}. */
    public int underlyingIndex() {
        return underlyingIndex;
    }

    public long expiryNanos() {
        return expiryNanos;
    }

    public double strikeStep() {
        return strikeStep;
    }

    /** Lot size of the chain's contracts (from its first listed option). */
    public int lotSize() {
        return lotSize;
    }

    /** Lowest listed strike (NaN while empty). */
    public double baseStrike() {
        return baseStrike;
    }

    /** Slots from the lowest to the highest listed strike, gaps included. */
    public int slotCount() {
        return slotCount;
    }

    public int listedLegs() {
        return listedLegs;
    }

    /**
     * True once every listed leg has reported its open interest: before that, OI aggregates
     * describe part of the chain only, and engines that compare puts with calls stay silent.
     */
    public boolean oiComplete() {
        return listedLegs > 0 && oiReportedLegs >= listedLegs;
    }

    /** Changes whenever a leg is listed or slots move. */
    public long layoutVersion() {
        return layoutVersion;
    }

    /** Changes whenever any leg's OI changes: a cheap "did OI move?" check for engines. */
    public long oiVersion() {
        return oiVersion;
    }

    public long callOi() {
        return callOi;
    }

    public long putOi() {
        return putOi;
    }

    public long callVolume() {
        return callVolume;
    }

    public long putVolume() {
        return putVolume;
    }
}
