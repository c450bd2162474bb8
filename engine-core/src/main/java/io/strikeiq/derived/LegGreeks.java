package io.strikeiq.derived;

import io.strikeiq.math.DeterministicMath;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.math.Black76;
import io.strikeiq.math.ForwardEstimator;
import io.strikeiq.math.Greeks;
import io.strikeiq.math.IvFlags;
import io.strikeiq.math.IvResult;
import io.strikeiq.math.QuotedImpliedVolatility;
import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;
import io.strikeiq.state.UnderlyingState;

import java.util.Arrays;

/**
 * Per-leg implied volatility and Black-76 greeks on every option tick (part of the derived per-leg
 * state, run by {@link LegDerivation} before any engine), written into the leg
 * ({@link OptionLegFlyweight#iv()}, flags, delta, gamma, theta per day, vega per 1.00). The
 * forward of each chain comes from its same-expiry future when one is listed and priced (mid
 * when two-sided, else last trade), else from put-call parity on the strikes around the money
 * ({@link ForwardEstimator}: median of K + (C − P)/D over the 3 nearest, within
 * ±{@value #PARITY_HALF_WINDOW} slots of the previous forward). The parity forward is recomputed
 * only when the ticked strike lies in that window. When a chain's forward first forms or moves by
 * more than {@link ChainAnalyticsConfig#ivResolveForwardMove()} of the forward last marked, every
 * leg of the chain with a price is re-solved too, not only the ones that tick: at most
 * {@link ForwardResolveSchedule#LEGS_PER_EVENT} legs per input event, in strike order, starting at
 * the event that moved the forward ({@link ForwardResolveSchedule}). The legs re-solved in the
 * current event are listed by {@link #resolvedCount()}, so engines that aggregate greeks
 * incrementally treat them as ticked. Counts solves and, per {@link IvFlags} bit, the solves that
 * gave no IV. Allocation-free per event.
 */
final class LegGreeks {
    /** Slots each side of the money searched for the parity forward. */
    public static final int PARITY_HALF_WINDOW = 5;
    private static final int WINDOW = 2 * PARITY_HALF_WINDOW + 1;
    /** Legs looked at per event for a re-solve at most, priced or not, so unpriced wings cost little. */
    private static final int SCAN_PER_EVENT = 16 * ForwardResolveSchedule.LEGS_PER_EVENT;

    private final MarketState state;
    private final ChainAnalyticsConfig config;
    private final QuotedImpliedVolatility quoted;
    private final ForwardEstimator estimator = new ForwardEstimator();
    private final IvResult iv = new IvResult();
    private final Greeks greeks = new Greeks();
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private final double[] strikes = new double[WINDOW];
    private final double[] callBid = new double[WINDOW];
    private final double[] callAsk = new double[WINDOW];
    private final double[] putBid = new double[WINDOW];
    private final double[] putAsk = new double[WINDOW];
    private final ForwardResolveSchedule schedule;
    private final int[] resolvedChain = new int[ForwardResolveSchedule.LEGS_PER_EVENT];
    private final int[] resolvedLeg = new int[ForwardResolveSchedule.LEGS_PER_EVENT];
    private int resolved;
    /** Chain the next event's re-solves start at. */
    private int rotor;
    private double[] forward = new double[0];
    private int[] forwardSource = new int[0];
    /** Underlying-state index of the chain's same-expiry future, -1 when none. */
    private int[] futureOf = new int[0];
    private int chains = -1;
    private int underlyings = -1;

    /** IV solves run, those that ended without an IV, and per flag bit (index = bit number) the solves carrying it. */
    private long solves;
    private long failures;
    private final long[] flagged = new long[Integer.SIZE];

    LegGreeks(final MarketState state, final ChainAnalyticsConfig config) {
        this.state = state;
        this.config = config;
        this.quoted = new QuotedImpliedVolatility(config.rate(), config.maxSpreadRatio(), config.staleNanos());
        this.schedule = new ForwardResolveSchedule(config.ivResolveForwardMove());
    }

    void onEvent(final MarketEvent event) {
        track();
        resolved = 0;
        if (event.type == EventType.OPTION_TICK) {
            final int c = state.chainIndexOf(event.instrumentId);
            if (c >= 0) {
                final int slot = state.slotOf(event.instrumentId);
                refreshForward(c, slot, event.eventTimeNanos);
                solveLeg(c, slot, state.sideOf(event.instrumentId), event.eventTimeNanos);
            }
        } else if (event.type == EventType.UNDERLYING_TICK) {
            final int u = state.underlyingIndexOf(event.instrumentId);
            for (int c = 0; c < chains; c++) {
                if (futureOf[c] == u && u >= 0) {
                    refreshForward(c, -1, event.eventTimeNanos);
                }
            }
        }
        resolvePending(event.eventTimeNanos);
    }

    /**
     * Re-solves up to {@link ForwardResolveSchedule#LEGS_PER_EVENT} priced legs of chains whose
     * forward formed or moved, each chain in strike order; legs without a price are passed over
     * (they would only get NO_QUOTE) within {@link #SCAN_PER_EVENT} looks. The chains take turns
     * (each event starts at the chain after the last one served), so a chain whose forward keeps
     * moving cannot starve the others.
     */
    private void resolvePending(final long now) {
        int scanned = 0;
        final int first = rotor < chains ? rotor : 0;
        for (int j = 0; j < chains && resolved < resolvedLeg.length && scanned < SCAN_PER_EVENT; j++) {
            final int c = first + j < chains ? first + j : first + j - chains;
            rotor = c + 1 < chains ? c + 1 : 0;
            final ChainState chain = state.chain(c);
            final int legs = 2 * chain.slotCount();
            while (schedule.pending(c) && resolved < resolvedLeg.length && scanned < SCAN_PER_EVENT) {
                final int i = schedule.next(c, legs);
                scanned++;
                final OptionLegFlyweight l = chain.leg(i >> 1, i & 1, leg);
                if (!(l.bid() > 0 && l.ask() >= l.bid()) && !(l.ltp() > 0)) {
                    continue;
                }
                solveLeg(c, i >> 1, i & 1, now);
                resolvedChain[resolved] = c;
                resolvedLeg[resolved] = i;
                resolved++;
            }
        }
    }

    void onTimer() {
        track();
    }

    /** Re-solves the IV and greeks of one leg from its current quote and the chain's forward. */
    private void solveLeg(final int c, final int slot, final int side, final long now) {
        final ChainState chain = state.chain(c);
        final OptionLegFlyweight l = chain.legForWrite(slot, side, leg);
        final boolean isCall = side == ChainState.CALL;
        final double k = chain.strikeAt(slot);
        final double f = forward[c];
        quoted.solve(isCall, l.bid(), l.ask(), l.ltp(), l.lastUpdateNanos(), f, k, chain.expiryNanos(), now, iv);
        final double vol = iv.vol();
        solves++;
        if (!(vol == vol)) {
            failures++;
        }
        countFlags(iv.flags());
        l.iv(vol).ivFlags(iv.flags()).greeksForward(f);
        if (vol == vol) {
            Black76.greeks(isCall, f, k, TimeToExpiry.years(chain.expiryNanos(), now), config.rate(), vol, greeks);
            l.delta(greeks.delta()).gamma(greeks.gamma()).theta(greeks.thetaPerDay()).vega(greeks.vega());
        } else {
            l.delta(Double.NaN).gamma(Double.NaN).theta(Double.NaN).vega(Double.NaN);
        }
    }

    private void countFlags(final int flags) {
        for (int bits = flags; bits != 0; bits &= bits - 1) {
            flagged[Integer.numberOfTrailingZeros(bits)]++;
        }
    }

    /** Future price when the chain has one, else parity when {@code slot} is near the money (or -1: always). */
    private void refreshForward(final int c, final int slot, final long now) {
        final int fu = futureOf[c];
        if (fu >= 0) {
            final UnderlyingState future = state.underlying(fu);
            final double price = future.bid() > 0 && future.ask() >= future.bid() ? 0.5 * (future.bid() + future.ask())
                : future.last();
            if (price > 0) {
                forward[c] = price;
                forwardSource[c] = ForwardEstimator.SOURCE_FUTURE;
                schedule.forwardSeen(c, price, 2 * state.chain(c).slotCount());
                return;
            }
        }
        final ChainState chain = state.chain(c);
        final int n = chain.slotCount();
        if (n == 0) {
            return;
        }
        final int centre = centreSlot(chain);
        if (slot >= 0 && Math.abs(slot - centre) > PARITY_HALF_WINDOW && forward[c] == forward[c]) {
            return;
        }
        final int lo = Math.max(0, Math.min(centre - PARITY_HALF_WINDOW, n - WINDOW));
        final int hi = Math.min(n, lo + WINDOW);
        for (int s = lo; s < hi; s++) {
            final int i = s - lo;
            strikes[i] = chain.strikeAt(s);
            chain.leg(s, ChainState.CALL, leg);
            callBid[i] = leg.bid();
            callAsk[i] = leg.ask();
            chain.leg(s, ChainState.PUT, leg);
            putBid[i] = leg.bid();
            putAsk[i] = leg.ask();
        }
        final double t = TimeToExpiry.years(chain.expiryNanos(), now);
        final double f = estimator.estimate(Double.NaN, strikes, callBid, callAsk, putBid, putAsk, hi - lo,
            DeterministicMath.exp(-config.rate() * t));
        if (f == f) {
            forward[c] = f;
            forwardSource[c] = ForwardEstimator.SOURCE_PARITY;
        }
        schedule.forwardSeen(c, forward[c], 2 * n);
    }

    /** Slot nearest the last forward, else the underlying's spot, else the middle of the chain. */
    private int centreSlot(final ChainState chain) {
        double ref = forward[chain.index()];
        if (!(ref == ref)) {
            ref = state.underlying(chain.underlyingIndex()).last();
        }
        final int n = chain.slotCount();
        if (!(ref == ref)) {
            return n / 2;
        }
        final long s = Math.round((ref - chain.baseStrike()) / chain.strikeStep());
        return (int) Math.max(0, Math.min(n - 1, s));
    }

    /** Grows arrays and re-resolves futures when chains or underlyings appeared (definition time only). */
    private void track() {
        final int nc = state.chainCount();
        final int nu = state.underlyingCount();
        if (nc == chains && nu == underlyings) {
            return;
        }
        if (nc > forward.length) {
            final int old = forward.length;
            final int cap = Math.max(nc, old * 2);
            forward = Arrays.copyOf(forward, cap);
            Arrays.fill(forward, old, cap, Double.NaN);
            forwardSource = Arrays.copyOf(forwardSource, cap);
            futureOf = Arrays.copyOf(futureOf, cap);
        }
        schedule.ensure(nc);
        final InstrumentRegistry registry = state.registry();
        for (int c = 0; c < nc; c++) {
            final ChainState chain = state.chain(c);
            futureOf[c] = -1;
            for (int u = 0; u < nu; u++) {
                final int id = state.underlying(u).instrumentId();
                if (registry.isRegistered(id) && registry.kind(id) == InstrumentSpec.KIND_FUTURE
                    && registry.underlyingId(id) == chain.underlyingId() && registry.expiryNanos(id) == chain.expiryNanos()) {
                    futureOf[c] = u;
                    break;
                }
            }
        }
        chains = nc;
        underlyings = nu;
    }

    /** Forward of the chain at {@code chainIndex} (NaN until one could be formed). */
    double forward(final int chainIndex) {
        return chainIndex >= 0 && chainIndex < chains ? forward[chainIndex] : Double.NaN;
    }

    /** {@link ForwardEstimator#SOURCE_FUTURE}, {@link ForwardEstimator#SOURCE_PARITY} or {@link ForwardEstimator#SOURCE_NONE}. */
    int forwardSource(final int chainIndex) {
        return chainIndex >= 0 && chainIndex < chains ? forwardSource[chainIndex] : ForwardEstimator.SOURCE_NONE;
    }

    /** Legs re-solved in the current event because their chain's forward moved (0 to {@link ForwardResolveSchedule#LEGS_PER_EVENT}). */
    int resolvedCount() {
        return resolved;
    }

    /** Chain index of the {@code i}-th leg re-solved in the current event. */
    int resolvedChain(final int i) {
        return resolvedChain[i];
    }

    /** Strike slot of the {@code i}-th leg re-solved in the current event. */
    int resolvedSlot(final int i) {
        return resolvedLeg[i] >> 1;
    }

    /** Side ({@link ChainState#CALL} or {@link ChainState#PUT}) of the {@code i}-th leg re-solved in the current event. */
    int resolvedSide(final int i) {
        return resolvedLeg[i] & 1;
    }

    long solves() {
        return solves;
    }

    long failures() {
        return failures;
    }

    /** Solves whose result carried flag bit {@code bit} (0 = {@link IvFlags#BELOW_INTRINSIC}, ...). */
    long flagged(final int bit) {
        return flagged[bit];
    }
}
