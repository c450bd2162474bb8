package io.strikeiq.analytics.chain;

import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;

/**
 * The sticky ATM strike of one chain and what is read at it: the ATM straddle, the first straddle
 * of the session, the ATM IV and the two expected moves to expiry. The ATM re-centres on the strike
 * nearest the forward only when |F − ATM| exceeds half a strike step, so it holds at the exact
 * midpoint; it is forgotten when the chain's strike layout changes. O(1) per update.
 */
public final class StickyAtm {
    /** E|X| = σ·√(2/π) for a normal move X: the straddle prices the mean absolute move. */
    private static final double MEAN_ABS_PER_SIGMA = Math.sqrt(2.0 / Math.PI);

    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private int slot = -1;
    private double openStraddle = Double.NaN;
    private long layoutSeen = Long.MIN_VALUE;

    /** Forgets the ATM when the chain's strike layout changed since the last call (slots moved). */
    public void checkLayout(final ChainState chain) {
        if (layoutSeen != chain.layoutVersion()) {
            layoutSeen = chain.layoutVersion();
            slot = -1;
        }
    }

    /** Re-centres on {@code forward} if it left the half-step band, then takes the session's first straddle if none yet. */
    public void update(final ChainState chain, final double forward) {
        if (!(forward == forward) || chain.slotCount() == 0) {
            return;
        }
        if (slot < 0 || !(Math.abs(forward - chain.strikeAt(slot)) <= 0.5 * chain.strikeStep())) {
            final long nearest = Math.round((forward - chain.baseStrike()) / chain.strikeStep());
            slot = (int) Math.max(0, Math.min(chain.slotCount() - 1, nearest));
        }
        if (!(openStraddle == openStraddle)) {
            openStraddle = straddle(chain);
        }
    }

    /** Session open: the next defined straddle becomes the session's first. */
    public void sessionOpen() {
        openStraddle = Double.NaN;
    }

    /** ATM strike, NaN before a forward exists. */
    public double strike(final ChainState chain) {
        return slot >= 0 ? chain.strikeAt(slot) : Double.NaN;
    }

    /** Call mid + put mid at the ATM strike; NaN unless both are two-sided. */
    public double straddle(final ChainState chain) {
        if (slot < 0) {
            return Double.NaN;
        }
        return mid(chain, ChainState.CALL) + mid(chain, ChainState.PUT);
    }

    /** First straddle of the session (after the session open, or of the run). */
    public double openStraddle() {
        return openStraddle;
    }

    /** Mean of the ATM call and put IVs that have a value (one if only one has), NaN if neither. */
    public double iv(final ChainState chain) {
        if (slot < 0) {
            return Double.NaN;
        }
        final double call = chain.leg(slot, ChainState.CALL, leg).iv();
        final double put = chain.leg(slot, ChainState.PUT, leg).iv();
        if (call == call && put == put) {
            return 0.5 * (call + put);
        }
        return call == call ? call : put;
    }

    /** Straddle-implied 1σ move to expiry, straddle / √(2/π), in points. */
    public double expectedMoveStraddle(final ChainState chain) {
        return straddle(chain) / MEAN_ABS_PER_SIGMA;
    }

    /** ATM-IV-implied 1σ move to expiry, F·σ_ATM·√t, in points (t from {@code nowNanos} to the chain's expiry). */
    public double expectedMoveIv(final ChainState chain, final double forward, final long nowNanos) {
        return forward * iv(chain) * Math.sqrt(TimeToExpiry.years(chain.expiryNanos(), nowNanos));
    }

    private double mid(final ChainState chain, final int side) {
        final OptionLegFlyweight l = chain.leg(slot, side, leg);
        final double b = l.bid();
        final double a = l.ask();
        return b > 0 && a >= b ? 0.5 * (b + a) : Double.NaN;
    }
}
