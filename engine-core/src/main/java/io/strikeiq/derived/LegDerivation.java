package io.strikeiq.derived;

import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.ForwardEstimator;
import io.strikeiq.math.IvFlags;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;

/**
 * The derived per-leg state, computed in one place: the analytics stage runs it right after the
 * state stage applied an event and before any engine, on the same thread. It owns every write
 * of derived fields into the shared legs — IV, its flags and the greeks ({@link LegGreeks}, with
 * each chain's forward), and the day and window build-up classes ({@link LegBuildUp}) — so engines
 * only read legs. Engines that aggregate these fields incrementally ask it which legs it re-solved
 * beyond the ticked one ({@link #resolvedCount()}) and whether a chain's classes were recomputed
 * wholesale ({@link #buildUpVersion(int)}). Allocation-free per event.
 */
public final class LegDerivation {
    /** Legs re-solved per event at most when a forward moves (beside the ticked leg). */
    public static final int RESOLVES_PER_EVENT = ForwardResolveSchedule.LEGS_PER_EVENT;

    private final LegGreeks greeks;
    private final LegBuildUp buildUp;

    public LegDerivation(final MarketState state, final ChainAnalyticsConfig config) {
        this.greeks = new LegGreeks(state, config);
        this.buildUp = new LegBuildUp(state, config);
    }

    /** Periodic derivations (window boundaries) for the event whose time crossed a timer boundary. */
    public void onTimer(final long eventTimeNanos) {
        greeks.onTimer();
        buildUp.onTimer(eventTimeNanos);
    }

    /** Derives what the event changed: IV and greeks first (classes do not depend on them), then build-up. */
    public void onEvent(final MarketEvent event) {
        greeks.onEvent(event);
        buildUp.onEvent(event);
    }

    /** Forward of the chain at {@code chainIndex} (NaN until one could be formed). */
    public double forward(final int chainIndex) {
        return greeks.forward(chainIndex);
    }

    /** {@link ForwardEstimator#SOURCE_FUTURE}, {@link ForwardEstimator#SOURCE_PARITY} or {@link ForwardEstimator#SOURCE_NONE}. */
    public int forwardSource(final int chainIndex) {
        return greeks.forwardSource(chainIndex);
    }

    /** Legs re-solved in the current event because their chain's forward moved (0 to {@link #RESOLVES_PER_EVENT}). */
    public int resolvedCount() {
        return greeks.resolvedCount();
    }

    /** Chain index of the {@code i}-th leg re-solved in the current event. */
    public int resolvedChain(final int i) {
        return greeks.resolvedChain(i);
    }

    /** Strike slot of the {@code i}-th leg re-solved in the current event. */
    public int resolvedSlot(final int i) {
        return greeks.resolvedSlot(i);
    }

    /** Side ({@link ChainState#CALL} or {@link ChainState#PUT}) of the {@code i}-th leg re-solved in the current event. */
    public int resolvedSide(final int i) {
        return greeks.resolvedSide(i);
    }

    /** Moves whenever every leg of the chain was reclassified (layout change, session open, window boundary). */
    public long buildUpVersion(final int chainIndex) {
        return buildUp.version(chainIndex);
    }

    /** IV solves run so far (plain field, read by the counters publisher). */
    public long ivSolves() {
        return greeks.solves();
    }

    /** Solves that ended without an IV (NaN, with a reason flag). */
    public long ivFailures() {
        return greeks.failures();
    }

    /** Solves whose result carried flag bit {@code bit} (0 = {@link IvFlags#BELOW_INTRINSIC}, 1 = ABOVE_UPPER_BOUND …). */
    public long ivFlagged(final int bit) {
        return greeks.flagged(bit);
    }
}
