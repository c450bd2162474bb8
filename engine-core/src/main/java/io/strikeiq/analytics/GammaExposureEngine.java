package io.strikeiq.analytics;

import io.strikeiq.analytics.gex.FlipSolver;
import io.strikeiq.analytics.gex.GammaSignals;
import io.strikeiq.analytics.gex.GexAggregates;
import io.strikeiq.analytics.gex.GexBook;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;

/**
 * Dealer gamma exposure (spec "Dealer gamma exposure"). Per contract
 * GEX = sign · Γ_F · F² · OI · lot · 0.01 (= sign · Γ_S · S² · OI · lot · 0.01 for F ∝ S): the
 * currency change of dealer delta for a 1 % move, from the leg's Black-76 gamma and (FLOW
 * convention) day build-up class, both derived per leg by {@link LegDerivation} before engines
 * run. A thin engine over parts in {@code io.strikeiq.analytics.gex}: one {@link GexBook} per
 * chain (created when the chain appears) keeps per-strike and per-chain GEX and walls
 * incrementally, {@link GexAggregates} sums them across expiries, {@link FlipSolver} finds the
 * gamma flip on an event-time schedule and {@link GammaSignals} emits {@code GAMMA_REGIME_CHANGE}
 * and {@code GAMMA_FLIP_CROSS}. When the flip schedule fires (a timer), the computation's inputs
 * are snapshotted there and its grid terms are spread over the following input events,
 * {@link ChainAnalyticsConfig#flipTermsPerEvent()} per event, so no event pays the whole grid; the
 * new flip takes effect at the start of the event that evaluates the last term (0: on the timer).
 */
public final class GammaExposureEngine implements AnalyticsEngine {
    private final MarketState state;
    private final LegDerivation greeks;
    private final GexConvention convention;
    private final EventTimeSchedule flipSchedule;
    private final int flipBudget;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private final FlipSolver flips;
    private final GexAggregates sums;
    private final GammaSignals signals;
    private final ChainRecovery.Rebuild rebuildBook = this::rebuild;
    private GexBook[] books = new GexBook[0];
    private int chains;
    private int underlyings;

    public GammaExposureEngine(final MarketState state, final ChainAnalyticsConfig config, final LegDerivation greeks) {
        this.state = state;
        this.greeks = greeks;
        this.convention = config.gexConvention();
        this.flipSchedule = new EventTimeSchedule(config.flipNanos());
        this.flipBudget = config.flipTermsPerEvent();
        this.flips = new FlipSolver(state, config, greeks);
        this.sums = new GexAggregates(state);
        this.signals = new GammaSignals(state, config);
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        track();
        // A running flip computation advances first, so a flip landing on this event is the one
        // this event's own flip-cross check sees.
        if (flipBudget > 0) {
            flips.step(flipBudget);
        }
        if (event.type == EventType.OPTION_TICK) {
            final int c = state.chainIndexOf(event.instrumentId);
            if (c >= 0 && c < chains) {
                legChanged(c, state.slotOf(event.instrumentId), state.sideOf(event.instrumentId));
            }
        } else if (event.type == EventType.UNDERLYING_TICK) {
            final int u = state.underlyingIndexOf(event.instrumentId);
            if (u >= 0 && u < underlyings) {
                signals.flipCross(u, event.eventTimeNanos, flips.flip(u), sums, sink);
            }
        } else if (event.type == EventType.SESSION) {
            // The session open re-bases build-up classes, which move FLOW signs.
            for (int c = 0; c < chains; c++) {
                rebuild(c);
            }
        }
        // Legs the derivation re-solved after a forward move count as ticked.
        for (int i = 0; i < greeks.resolvedCount(); i++) {
            final int c = greeks.resolvedChain(i);
            if (c < chains) {
                legChanged(c, greeks.resolvedSlot(i), greeks.resolvedSide(i));
            }
        }
    }

    /**
     * Rebuilds every chain's book: besides the event's own chain, the derivation may have re-solved
     * legs of any other chain on the same event (a forward-move pass), and this engine applies those
     * too, so any book may be half-updated.
     */
    @Override
    public void recover(final MarketEvent event) {
        track();
        ChainRecovery.rebuild(state, event, chains, true, rebuildBook);
    }

    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        track();
        // Due with a computation still running: this firing is skipped (the running one lands first,
        // the next firing starts afresh), so a slow trickle of events cannot pile up computations.
        if (flipSchedule.due(eventTimeNanos) && !flips.active()) {
            flips.start(0, underlyings, chains, eventTimeNanos);
            if (flipBudget == 0) {
                flips.step(Long.MAX_VALUE);
            }
        }
        for (int u = 0; u < underlyings; u++) {
            signals.regime(u, eventTimeNanos, sums, flips.flip(u), sink);
            signals.flipCross(u, eventTimeNanos, flips.flip(u), sums, sink);
        }
    }

    private void legChanged(final int c, final int slot, final int side) {
        final ChainState chain = state.chain(c);
        if (!books[c].isCurrent(chain)) {
            rebuild(c);
        } else {
            books[c].update(chain, slot, side, leg, convention);
        }
    }

    private void rebuild(final int c) {
        books[c].rebuild(state.chain(c), leg, convention);
        flips.ensureLegs();
    }

    /** Creates books for new chains, grows per-underlying parts and rebuilds chains whose layout moved (definition time only). */
    private void track() {
        final int nc = state.chainCount();
        final int nu = state.underlyingCount();
        if (nc > books.length) {
            final int old = books.length;
            books = Arrays.copyOf(books, Math.max(nc, old * 2));
            for (int c = old; c < books.length; c++) {
                books[c] = new GexBook();
            }
        }
        if (nu != underlyings) {
            flips.ensureUnderlyings(nu);
            signals.ensureUnderlyings(nu);
        }
        chains = nc;
        underlyings = nu;
        sums.bind(books, chains);
        for (int c = 0; c < nc; c++) {
            if (!books[c].isCurrent(state.chain(c))) {
                rebuild(c);
            }
        }
    }

    // ------------------------------------------------------------------ getters (currency per 1 % move)

    /** One contract's GEX in milli-currency ({@link GexBook#contractGexMilli}). */
    public static long contractGexMilli(final OptionLegFlyweight l, final boolean isCall, final int lotSize,
                                        final GexConvention convention) {
        return GexBook.contractGexMilli(l, isCall, lotSize, convention);
    }

    private boolean valid(final int c) {
        return c >= 0 && c < chains && books[c].isBuilt();
    }

    /** GEX of one contract. */
    public double contractGex(final int c, final int slot, final int side) {
        return valid(c) && slot >= 0 && slot < state.chain(c).slotCount() ? books[c].legMilli(slot, side) / GexBook.MILLI
            : Double.NaN;
    }

    /** Call + put GEX at one strike of the chain. */
    public double strikeGex(final int c, final int slot) {
        return contractGex(c, slot, ChainState.CALL) + contractGex(c, slot, ChainState.PUT);
    }

    public double chainCallGex(final int c) {
        return valid(c) ? books[c].callMilli() / GexBook.MILLI : Double.NaN;
    }

    public double chainPutGex(final int c) {
        return valid(c) ? books[c].putMilli() / GexBook.MILLI : Double.NaN;
    }

    public double chainGex(final int c) {
        return valid(c) ? (books[c].callMilli() + books[c].putMilli()) / GexBook.MILLI : Double.NaN;
    }

    /** Σ |contract GEX| of the chain. */
    public double chainGrossGex(final int c) {
        return valid(c) ? books[c].grossMilli() / GexBook.MILLI : Double.NaN;
    }

    /** Strike with the largest call GEX (NaN when no call has positive GEX). */
    public double callWall(final int c) {
        return valid(c) && books[c].callWallSlot() >= 0 ? state.chain(c).strikeAt(books[c].callWallSlot()) : Double.NaN;
    }

    /** Strike with the largest |put GEX| (NaN when none). */
    public double putWall(final int c) {
        return valid(c) && books[c].putWallSlot() >= 0 ? state.chain(c).strikeAt(books[c].putWallSlot()) : Double.NaN;
    }

    /** Σ GEX over every expiry of the underlying (NaN when it has no chain). */
    public double totalGex(final int underlyingId) {
        return sums.totalGex(underlyingId);
    }

    /** Across every expiry, the strike with the largest summed call (CALL) or |put| (PUT) GEX. */
    public double totalWall(final int underlyingId, final int side) {
        return sums.totalWall(underlyingId, side);
    }

    /** Both sides' {@link #totalWall} in one pass (what a snapshot row reads); then read them with {@link #summedTotalWall}. */
    public void sumTotalWalls(final int underlyingId) {
        sums.sumWalls(underlyingId);
    }

    /** The wall of {@code side} from the latest {@link #sumTotalWalls} (the same strike {@link #totalWall} gives). */
    public double summedTotalWall(final int side) {
        return sums.wall(side);
    }

    /** The GEX book of chain {@code c} (null when the chain is unknown), for tests and recovery checks. */
    public GexBook gexBook(final int c) {
        return valid(c) ? books[c] : null;
    }

    /** The flip solver (its job's term counts, for tests and benchmarks). */
    public FlipSolver flipSolver() {
        return flips;
    }

    /** Gamma flip of the underlying from the latest completed grid computation; NaN when none was found. */
    public double gammaFlip(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings ? flips.flip(u) : Double.NaN;
    }

    /** +1 long gamma, −1 short gamma, 0 not yet known. */
    public int regime(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings ? signals.regime(u) : 0;
    }

    /** +1 spot above the flip, −1 below, 0 unknown. */
    public int flipSide(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings ? signals.flipSide(u) : 0;
    }

    /**
     * Flip recompute on demand (tests, benchmarks): the timer's computation for one underlying,
     * run to completion now; it replaces a scheduled computation still running.
     */
    public double recomputeFlip(final int underlyingId, final long eventTimeNanos) {
        final int u = state.underlyingIndexOf(underlyingId);
        if (u < 0 || u >= underlyings) {
            return Double.NaN;
        }
        flips.start(u, u + 1, chains, eventTimeNanos);
        flips.step(Long.MAX_VALUE);
        return flips.flip(u);
    }

    /** Total GEX at the grid points of the latest flip computation (spot multiples {@link #gridMultiple}). */
    public double gridGex(final int k) {
        return flips.gridGex(k);
    }

    public double gridMultiple(final int k) {
        return flips.gridMultiple(k);
    }

    public int gridPoints() {
        return flips.gridPoints();
    }

    public GexConvention convention() {
        return convention;
    }
}
