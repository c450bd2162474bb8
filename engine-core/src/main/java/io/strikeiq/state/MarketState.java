package io.strikeiq.state;

import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;

import java.util.Arrays;

/**
 * The market as the state stage sees it: the instrument registry, one {@link ChainState} per
 * (underlying, expiry) and one {@link UnderlyingState} per underlying. {@link #apply} is the
 * state stage's single entry point and handles every {@link EventType}: definitions register the
 * instrument and list options in their chain slot, option ticks update a leg and the chain
 * aggregates, underlying ticks update the underlying, session opens capture day-open OI, bars
 * are ignored for now. Instrument id to (chain, slot, side) and to underlying are dense arrays
 * filled at registration, so a tick costs a few array reads and no allocation. Chains and
 * underlyings are numbered in creation order, which follows the input, so iteration over them is
 * deterministic. Single writer: the state stage thread.
 */
public final class MarketState {
    /** Recent returns kept per underlying when not configured. */
    public static final int DEFAULT_RETURN_WINDOW = 256;

    private final InstrumentRegistry registry;
    private final int returnWindow;
    private ChainState[] chains = new ChainState[8];
    private int chainCount;
    private UnderlyingState[] underlyings = new UnderlyingState[8];
    private int underlyingCount;
    private int[] chainOf = new int[0];
    private int[] slotOf = new int[0];
    private byte[] sideOf = new byte[0];
    private int[] underlyingOf = new int[0];
    private long unknownInstrumentEvents;
    private long ignoredEvents;

    public MarketState(final InstrumentRegistry registry) {
        this(registry, DEFAULT_RETURN_WINDOW);
    }

    /**
     * Builds state over {@code registry}; instruments it already holds (a reloaded file) are
     * indexed now, in ascending id order.
     */
    public MarketState(final InstrumentRegistry registry, final int returnWindow) {
        if (returnWindow <= 0) {
            throw new IllegalArgumentException("return window must be positive: " + returnWindow);
        }
        this.registry = registry;
        this.returnWindow = returnWindow;
        final int max = registry.maxId();
        for (int id = 1; id <= max; id++) {
            if (registry.isRegistered(id)) {
                index(id);
            }
        }
    }

    /** Applies one input event. Allocation-free for ticks, bars and session events. */
    public void apply(final MarketEvent e) {
        switch (e.type) {
            case EventType.OPTION_TICK:
                onOptionTick(e);
                break;
            case EventType.UNDERLYING_TICK:
                onUnderlyingTick(e);
                break;
            case EventType.INSTRUMENT_DEFINITION:
                onDefinition(e);
                break;
            case EventType.SESSION:
                onSession(e);
                break;
            default:
                ignoredEvents++;
                break;
        }
    }

    private void onOptionTick(final MarketEvent e) {
        final int id = e.instrumentId;
        final int c = id > 0 && id < chainOf.length ? chainOf[id] : -1;
        if (c < 0) {
            unknownInstrumentEvents++;
            return;
        }
        chains[c].applyTick(slotOf[id], sideOf[id], e);
    }

    private void onUnderlyingTick(final MarketEvent e) {
        final int id = e.instrumentId;
        final int u = id > 0 && id < underlyingOf.length ? underlyingOf[id] : -1;
        if (u < 0 || (id < chainOf.length && chainOf[id] >= 0)) {
            unknownInstrumentEvents++;
            return;
        }
        underlyings[u].onTick(e);
    }

    private void onDefinition(final MarketEvent e) {
        final InstrumentSpec spec = e.instrument;
        if (e.instrumentId != 0 && e.instrumentId != spec.instrumentId) {
            throw new IllegalArgumentException("definition event for id " + e.instrumentId
                + " carries a spec for id " + spec.instrumentId);
        }
        if (spec.kind == InstrumentSpec.KIND_OPTION && !registry.isRegistered(spec.instrumentId)) {
            // Reject a definition the chain cannot take before the registry (and its file) records it.
            final int c = chainIndex(spec.underlyingId, spec.expiryNanos);
            final int side = spec.right == InstrumentSpec.RIGHT_CALL ? ChainState.CALL : ChainState.PUT;
            if (c >= 0) {
                chains[c].checkListable(spec.instrumentId, spec.strike, side);
            } else if (!(spec.strikeStep > 0) && !(registry.isRegistered(spec.underlyingId)
                && registry.strikeStep(spec.underlyingId) > 0)) {
                throw new IllegalArgumentException("option " + spec.instrumentId
                    + " has no strike step and neither has its underlying " + spec.underlyingId);
            }
        }
        registry.register(spec);
        index(spec.instrumentId);
    }

    /** Session open for an underlying (or, for id 0 / an unknown id, for every underlying). */
    private void onSession(final MarketEvent e) {
        if (e.sessionKind != MarketEvent.SESSION_OPEN) {
            return;
        }
        final int id = e.instrumentId;
        final int u = id > 0 && id < underlyingOf.length ? underlyingOf[id] : -1;
        for (int i = 0; i < underlyingCount; i++) {
            if (u < 0 || u == i) {
                underlyings[i].onSessionOpen();
            }
        }
        for (int c = 0; c < chainCount; c++) {
            if (u < 0 || chains[c].underlyingIndex() == u) {
                chains[c].captureDayOpenOi();
            }
        }
    }

    private void index(final int id) {
        ensureIdCapacity(id);
        if (registry.kind(id) != InstrumentSpec.KIND_OPTION) {
            underlyingIndexFor(id);
            return;
        }
        if (chainOf[id] >= 0) {
            return;
        }
        final int underlyingId = registry.underlyingId(id);
        final long expiry = registry.expiryNanos(id);
        final ChainState chain = chainFor(id, underlyingId, expiry);
        final int side = registry.right(id) == InstrumentSpec.RIGHT_CALL ? ChainState.CALL : ChainState.PUT;
        final boolean relaid = chain.list(id, registry.strike(id), side);
        chainOf[id] = chain.index();
        sideOf[id] = (byte) side;
        if (relaid) {
            remapSlots(chain);
        } else {
            slotOf[id] = chain.slotOf(registry.strike(id));
        }
    }

    private ChainState chainFor(final int optionId, final int underlyingId, final long expiry) {
        for (int c = 0; c < chainCount; c++) {
            if (chains[c].underlyingId() == underlyingId && chains[c].expiryNanos() == expiry) {
                return chains[c];
            }
        }
        double step = registry.strikeStep(optionId);
        if (!(step > 0) && registry.isRegistered(underlyingId)) {
            step = registry.strikeStep(underlyingId);
        }
        final int u = underlyingIndexFor(underlyingId);
        if (chainCount == chains.length) {
            chains = Arrays.copyOf(chains, chainCount * 2);
        }
        final ChainState chain = new ChainState(chainCount, underlyingId, u, expiry, step, registry.lotSize(optionId));
        chains[chainCount++] = chain;
        return chain;
    }

    private void remapSlots(final ChainState chain) {
        final OptionLegFlyweight leg = new OptionLegFlyweight();
        for (int s = 0; s < chain.slotCount(); s++) {
            for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                chain.leg(s, side, leg);
                if (leg.isListed()) {
                    slotOf[leg.instrumentId()] = s;
                }
            }
        }
    }

    /** Index of the underlying state of {@code id}, created on first mention (its own definition or an option's). */
    private int underlyingIndexFor(final int id) {
        ensureIdCapacity(id);
        if (underlyingOf[id] >= 0) {
            return underlyingOf[id];
        }
        if (underlyingCount == underlyings.length) {
            underlyings = Arrays.copyOf(underlyings, underlyingCount * 2);
        }
        underlyings[underlyingCount] = new UnderlyingState(id, returnWindow);
        underlyingOf[id] = underlyingCount;
        return underlyingCount++;
    }

    private void ensureIdCapacity(final int id) {
        if (id < chainOf.length) {
            return;
        }
        if (id <= 0 || id > InstrumentRegistry.MAX_INSTRUMENT_ID) {
            throw new IllegalArgumentException("instrument id " + id + " outside 1.." + InstrumentRegistry.MAX_INSTRUMENT_ID);
        }
        int n = Math.max(1024, chainOf.length);
        while (n <= id) {
            n <<= 1;
        }
        final int old = chainOf.length;
        chainOf = Arrays.copyOf(chainOf, n);
        Arrays.fill(chainOf, old, n, -1);
        slotOf = Arrays.copyOf(slotOf, n);
        sideOf = Arrays.copyOf(sideOf, n);
        underlyingOf = Arrays.copyOf(underlyingOf, n);
        Arrays.fill(underlyingOf, old, n, -1);
    }

    public InstrumentRegistry registry() {
        return registry;
    }

    public int chainCount() {
        return chainCount;
    }

    public ChainState chain(final int index) {
        return chains[index];
    }

    /** Chain index of (underlying, expiry), or -1. Linear in the number of chains: not for ticks. */
    public int chainIndex(final int underlyingId, final long expiryNanos) {
        for (int c = 0; c < chainCount; c++) {
            if (chains[c].underlyingId() == underlyingId && chains[c].expiryNanos() == expiryNanos) {
                return c;
            }
        }
        return -1;
    }

    /** Chain index of an option instrument, or -1 when {@code id} is not a listed option. */
    public int chainIndexOf(final int instrumentId) {
        return instrumentId > 0 && instrumentId < chainOf.length ? chainOf[instrumentId] : -1;
    }

    /** Slot of a listed option in its chain (valid when {@link #chainIndexOf} is not -1). */
    public int slotOf(final int instrumentId) {
        return slotOf[instrumentId];
    }

    /** {@link ChainState#CALL} or {@link ChainState#PUT} of a listed option. */
    public int sideOf(final int instrumentId) {
        return sideOf[instrumentId];
    }

    public int underlyingCount() {
        return underlyingCount;
    }

    public UnderlyingState underlying(final int index) {
        return underlyings[index];
    }

    /** Underlying-state index of {@code instrumentId}, or -1. */
    public int underlyingIndexOf(final int instrumentId) {
        return instrumentId > 0 && instrumentId < underlyingOf.length ? underlyingOf[instrumentId] : -1;
    }

    /** Ticks and session events for ids that are not registered (or not of the tick's kind). */
    public long unknownInstrumentEvents() {
        return unknownInstrumentEvents;
    }

    /** Events of types not (yet) applied to state: bars. */
    public long ignoredEvents() {
        return ignoredEvents;
    }
}
