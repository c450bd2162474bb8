package io.strikeiq.analytics;

import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.NormalDistribution;
import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;

/**
 * Dealer gamma exposure (spec "Dealer gamma exposure"). Per contract
 * GEX = sign · Γ_F · F² · OI · lot · 0.01 (= sign · Γ_S · S² · OI · lot · 0.01 for F ∝ S): the
 * currency change of dealer delta for a 1 % move, from the leg's Black-76 gamma and (FLOW
 * convention) day build-up class, both derived per leg by {@link LegDerivation} before engines run. Contract values are kept in exact {@code long}
 * milli-currency so per-strike, per-chain and per-underlying sums are incremental and equal a
 * recompute bit for bit; call wall (max call GEX) and put wall (max |put GEX|) follow
 * incrementally (ties: lowest strike). On an event-time schedule the gamma flip is found by
 * re-evaluating every contract's gamma on a grid of hypothetical spots (each leg's IV held,
 * forwards scaled with spot) and interpolating the zero crossing nearest spot (NaN when none).
 * Signals per underlying, debounced per (underlying, type): {@code GAMMA_REGIME_CHANGE} (sign of
 * total GEX beyond a band of gross |GEX|) and {@code GAMMA_FLIP_CROSS} (spot passes the flip by a
 * band); value4 is the convention ({@link GexConvention#ordinal()}) on both.
 */
public final class GammaExposureEngine implements AnalyticsEngine {
    private static final double MILLI = 1000.0;
    private static final int KIND_REGIME = 0;
    private static final int KIND_FLIP = 1;

    private final MarketState state;
    private final ChainAnalyticsConfig config;
    private final LegDerivation greeks;
    private final GexConvention convention;
    private final EventTimeDebounce debounce;
    private final EventTimeSchedule flipSchedule;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private final double[] gridX;
    private final double[] gridLogX;
    private final double[] gridGex;
    // per chain
    private long[][] legGex = new long[0][];
    private long[] callSum = new long[0];
    private long[] putSum = new long[0];
    private long[] grossSum = new long[0];
    private int[] callWall = new int[0];
    private int[] putWall = new int[0];
    private long[] layoutSeen = new long[0];
    // per underlying
    private byte[] regime = new byte[0];
    private double[] flip = new double[0];
    private byte[] flipSide = new byte[0];
    // flip scratch, one entry per leg of an underlying
    private double[] coef = new double[0];
    private double[] lnFk = new double[0];
    private double[] stdDev = new double[0];
    private int chains;
    private int underlyings;

    public GammaExposureEngine(final MarketState state, final ChainAnalyticsConfig config, final LegDerivation greeks) {
        this.state = state;
        this.config = config;
        this.greeks = greeks;
        this.convention = config.gexConvention();
        this.debounce = new EventTimeDebounce(config.debounceNanos(), 2);
        this.flipSchedule = new EventTimeSchedule(config.flipNanos());
        final int half = config.flipGridHalfPoints();
        gridX = new double[2 * half + 1];
        gridLogX = new double[2 * half + 1];
        gridGex = new double[2 * half + 1];
        for (int k = -half; k <= half; k++) {
            gridX[k + half] = 1.0 + k * config.flipStep();
            gridLogX[k + half] = StrictMath.log(gridX[k + half]);
        }
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        track();
        if (event.type == EventType.OPTION_TICK) {
            final int c = state.chainIndexOf(event.instrumentId);
            if (c >= 0 && c < chains) {
                legChanged(c, state.slotOf(event.instrumentId), state.sideOf(event.instrumentId));
            }
        } else if (event.type == EventType.UNDERLYING_TICK) {
            final int u = state.underlyingIndexOf(event.instrumentId);
            if (u >= 0 && u < underlyings) {
                flipCross(u, event.eventTimeNanos, sink);
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

    @Override
    public void recover(final MarketEvent event) {
        track();
        final int c = event.type == EventType.OPTION_TICK ? state.chainIndexOf(event.instrumentId) : -1;
        for (int k = 0; k < chains; k++) {
            if (c < 0 || k == c) {
                rebuild(k);
            }
        }
    }

    private void legChanged(final int c, final int slot, final int side) {
        if (layoutSeen[c] != state.chain(c).layoutVersion()) {
            rebuild(c);
        } else {
            update(c, slot, side);
        }
    }

    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        track();
        if (flipSchedule.due(eventTimeNanos)) {
            for (int u = 0; u < underlyings; u++) {
                flip[u] = computeFlip(u, eventTimeNanos);
            }
        }
        for (int u = 0; u < underlyings; u++) {
            regime(u, eventTimeNanos, sink);
            flipCross(u, eventTimeNanos, sink);
        }
    }

    // ------------------------------------------------------------------ incremental GEX

    /** GEX of one leg in milli-currency per 1 % move (0 without gamma or OI). */
    private long legValue(final ChainState chain, final int slot, final int side) {
        return contractGexMilli(chain.leg(slot, side, leg), side == ChainState.CALL, chain.lotSize(), convention);
    }

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

    private void update(final int c, final int slot, final int side) {
        final ChainState chain = state.chain(c);
        final int i = slot * 2 + side;
        final long old = legGex[c][i];
        final long now = legValue(chain, slot, side);
        if (now == old) {
            return;
        }
        legGex[c][i] = now;
        grossSum[c] += Math.abs(now) - Math.abs(old);
        if (side == ChainState.CALL) {
            callSum[c] += now - old;
            callWall[c] = moveWall(c, callWall[c], slot, ChainState.CALL, now, old);
        } else {
            putSum[c] += now - old;
            putWall[c] = moveWall(c, putWall[c], slot, ChainState.PUT, Math.abs(now), Math.abs(old));
        }
    }

    /** Argmax maintenance: a rising value can take the wall; the wall's own value falling forces a rescan. */
    private int moveWall(final int c, final int wall, final int slot, final int side, final long key, final long oldKey) {
        if (slot == wall) {
            return key >= oldKey ? wall : scanWall(c, side);
        }
        if (key <= 0) {
            return wall;
        }
        if (wall < 0) {
            return slot;
        }
        final long wallKey = wallKey(c, wall, side);
        return key > wallKey || (key == wallKey && slot < wall) ? slot : wall;
    }

    private long wallKey(final int c, final int slot, final int side) {
        final long v = legGex[c][slot * 2 + side];
        return side == ChainState.CALL ? v : Math.abs(v);
    }

    private int scanWall(final int c, final int side) {
        int best = -1;
        long bestKey = 0;
        for (int s = 0; s < state.chain(c).slotCount(); s++) {
            final long key = wallKey(c, s, side);
            if (key > bestKey) {
                best = s;
                bestKey = key;
            }
        }
        return best;
    }

    /** Recomputes every leg of the chain from scratch (layout change, session open). */
    private void rebuild(final int c) {
        final ChainState chain = state.chain(c);
        final int legs = chain.slotCount() * 2;
        if (legGex[c] == null || legGex[c].length < legs) {
            legGex[c] = new long[Math.max(legs, 64)];
        }
        ensureScratch();
        long call = 0;
        long put = 0;
        long gross = 0;
        for (int s = 0; s < chain.slotCount(); s++) {
            final long cv = legValue(chain, s, ChainState.CALL);
            final long pv = legValue(chain, s, ChainState.PUT);
            legGex[c][s * 2] = cv;
            legGex[c][s * 2 + 1] = pv;
            call += cv;
            put += pv;
            gross += Math.abs(cv) + Math.abs(pv);
        }
        callSum[c] = call;
        putSum[c] = put;
        grossSum[c] = gross;
        callWall[c] = scanWall(c, ChainState.CALL);
        putWall[c] = scanWall(c, ChainState.PUT);
        layoutSeen[c] = chain.layoutVersion();
    }

    // ------------------------------------------------------------------ flip and regime

    /**
     * Total GEX of the underlying on the grid S·x_k: each leg's GEX at forward F·x is
     * sign·OI·lot·0.01·D·F·x·φ(d1)/(σ√t) with d1 = (ln(F/K) + ln x)/(σ√t) + σ√t/2, so the inner loop is
     * one φ per leg and grid point. Returns the interpolated zero crossing nearest spot, NaN if none.
     */
    private double computeFlip(final int u, final long now) {
        final double spot = state.underlying(u).last();
        int n = 0;
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            final double f = greeks.forward(c);
            final double t = TimeToExpiry.years(chain.expiryNanos(), now);
            if (chain.underlyingIndex() != u || !(f > 0) || !(t > 0)) {
                continue;
            }
            final double df = StrictMath.exp(-config.rate() * t);
            final double sqrtT = Math.sqrt(t);
            for (int s = 0; s < chain.slotCount(); s++) {
                for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                    final OptionLegFlyweight l = chain.leg(s, side, leg);
                    final double vol = l.iv();
                    final long oi = l.oi();
                    if (!l.isListed() || !(vol > 0) || oi <= 0) {
                        continue;
                    }
                    final double sd = vol * sqrtT;
                    final int sign = convention.sign(side == ChainState.CALL, l.buildUp());
                    coef[n] = sign * oi * chain.lotSize() * 0.01 * df * f / sd;
                    lnFk[n] = StrictMath.log(f / chain.strikeAt(s));
                    stdDev[n] = sd;
                    n++;
                }
            }
        }
        if (n == 0 || !(spot > 0)) {
            return Double.NaN;
        }
        for (int k = 0; k < gridX.length; k++) {
            final double lx = gridLogX[k];
            double g = 0;
            for (int i = 0; i < n; i++) {
                final double sd = stdDev[i];
                g += coef[i] * NormalDistribution.pdf((lnFk[i] + lx) / sd + 0.5 * sd);
            }
            gridGex[k] = g * gridX[k];
        }
        return nearestZero(gridX, gridGex, spot);
    }

    /**
     * The zero crossing of {@code gex} (sampled at spot·x_k) nearest {@code spot}, linearly
     * interpolated between the two grid points whose values change sign; a grid value of exactly 0
     * is a crossing at that point. NaN when the values never change sign.
     */
    static double nearestZero(final double[] x, final double[] gex, final double spot) {
        double best = Double.NaN;
        for (int k = 0; k < x.length; k++) {
            double cross = Double.NaN;
            if (gex[k] == 0) {
                cross = spot * x[k];
            } else if (k + 1 < x.length && (gex[k] < 0) != (gex[k + 1] < 0) && gex[k + 1] != 0) {
                final double s0 = spot * x[k];
                final double s1 = spot * x[k + 1];
                cross = s0 + (s1 - s0) * gex[k] / (gex[k] - gex[k + 1]);
            }
            if (cross == cross && (!(best == best) || Math.abs(cross - spot) < Math.abs(best - spot))) {
                best = cross;
            }
        }
        return best;
    }

    private void regime(final int u, final long now, final SignalSink sink) {
        long total = 0;
        long gross = 0;
        boolean any = false;
        for (int c = 0; c < chains; c++) {
            if (state.chain(c).underlyingIndex() == u) {
                if (!state.chain(c).oiComplete()) {
                    return; // warm-up: partial sums would read as a regime (same rule as PCR)
                }
                total += callSum[c] + putSum[c];
                gross += grossSum[c];
                any = true;
            }
        }
        if (!any || gross == 0) {
            return;
        }
        final double band = config.gammaRegimeBand() * gross;
        final byte target = total > band ? (byte) 1 : total < -band ? (byte) -1 : regime[u];
        if (target == regime[u]) {
            return;
        }
        if (regime[u] == 0) {
            regime[u] = target;
            return;
        }
        if (!debounce.allows(u, KIND_REGIME, now)) {
            return;
        }
        debounce.record(u, KIND_REGIME, now);
        regime[u] = target;
        final Signal s = sink.next(EngineId.GAMMA_EXPOSURE, SignalType.GAMMA_REGIME_CHANGE);
        s.underlyingId = state.underlying(u).instrumentId();
        s.expiryNanos = 0;
        s.direction = 0;
        s.strength = Math.min(1.0, Math.abs((double) total) / gross);
        s.confidence = 1.0 - config.gammaRegimeBand();
        s.value1 = total / MILLI;
        s.value2 = target;
        s.value3 = flip[u];
        s.value4 = convention.ordinal();
    }

    private void flipCross(final int u, final long now, final SignalSink sink) {
        final double f = flip[u];
        final double spot = state.underlying(u).last();
        if (!(f == f) || !(spot > 0)) {
            flipSide[u] = 0;
            return;
        }
        final byte target = spot > f * (1 + config.flipCrossBand()) ? (byte) 1
            : spot < f * (1 - config.flipCrossBand()) ? (byte) -1 : flipSide[u];
        if (target == flipSide[u]) {
            return;
        }
        if (flipSide[u] == 0) {
            flipSide[u] = target;
            return;
        }
        if (!debounce.allows(u, KIND_FLIP, now)) {
            return;
        }
        debounce.record(u, KIND_FLIP, now);
        flipSide[u] = target;
        final Signal s = sink.next(EngineId.GAMMA_EXPOSURE, SignalType.GAMMA_FLIP_CROSS);
        s.underlyingId = state.underlying(u).instrumentId();
        s.expiryNanos = 0;
        s.direction = target;
        s.strength = Math.min(1.0, Math.abs(spot - f) / (f * Math.max(config.flipCrossBand(), 1e-9)) / 4.0);
        s.confidence = 1.0;
        s.value1 = spot;
        s.value2 = f;
        s.value3 = totalGex(s.underlyingId);
        s.value4 = convention.ordinal();
    }

    // ------------------------------------------------------------------ tracking

    private void ensureScratch() {
        int legs = 0;
        for (int c = 0; c < state.chainCount(); c++) {
            legs += state.chain(c).slotCount() * 2;
        }
        if (legs > coef.length) {
            coef = new double[legs];
            lnFk = new double[legs];
            stdDev = new double[legs];
        }
    }

    /** Grows arrays for new chains / underlyings and rebuilds chains whose layout moved (definition time only). */
    private void track() {
        final int nc = state.chainCount();
        final int nu = state.underlyingCount();
        if (nc == chains && nu == underlyings) {
            for (int c = 0; c < nc; c++) {
                if (layoutSeen[c] != state.chain(c).layoutVersion()) {
                    rebuild(c);
                }
            }
            return;
        }
        if (nc > callSum.length) {
            final int old = callSum.length;
            final int cap = Math.max(nc, old * 2);
            legGex = Arrays.copyOf(legGex, cap);
            callSum = Arrays.copyOf(callSum, cap);
            putSum = Arrays.copyOf(putSum, cap);
            grossSum = Arrays.copyOf(grossSum, cap);
            callWall = Arrays.copyOf(callWall, cap);
            putWall = Arrays.copyOf(putWall, cap);
            layoutSeen = Arrays.copyOf(layoutSeen, cap);
            Arrays.fill(layoutSeen, old, cap, Long.MIN_VALUE);
            Arrays.fill(callWall, old, cap, -1);
            Arrays.fill(putWall, old, cap, -1);
        }
        if (nu > regime.length) {
            final int cap = Math.max(nu, regime.length * 2);
            final int old = flip.length;
            regime = Arrays.copyOf(regime, cap);
            flip = Arrays.copyOf(flip, cap);
            Arrays.fill(flip, old, cap, Double.NaN);
            flipSide = Arrays.copyOf(flipSide, cap);
            debounce.ensureKeys(cap);
        }
        chains = nc;
        underlyings = nu;
        for (int c = 0; c < nc; c++) {
            if (layoutSeen[c] != state.chain(c).layoutVersion()) {
                rebuild(c);
            }
        }
    }

    // ------------------------------------------------------------------ getters (currency per 1 % move)

    private boolean valid(final int c) {
        return c >= 0 && c < chains && legGex[c] != null;
    }

    /** GEX of one contract. */
    public double contractGex(final int c, final int slot, final int side) {
        return valid(c) && slot >= 0 && slot < state.chain(c).slotCount() ? legGex[c][slot * 2 + side] / MILLI : Double.NaN;
    }

    /** Call + put GEX at one strike of the chain. */
    public double strikeGex(final int c, final int slot) {
        return contractGex(c, slot, ChainState.CALL) + contractGex(c, slot, ChainState.PUT);
    }

    public double chainCallGex(final int c) {
        return valid(c) ? callSum[c] / MILLI : Double.NaN;
    }

    public double chainPutGex(final int c) {
        return valid(c) ? putSum[c] / MILLI : Double.NaN;
    }

    public double chainGex(final int c) {
        return valid(c) ? (callSum[c] + putSum[c]) / MILLI : Double.NaN;
    }

    /** Σ |contract GEX| of the chain. */
    public double chainGrossGex(final int c) {
        return valid(c) ? grossSum[c] / MILLI : Double.NaN;
    }

    /** Strike with the largest call GEX (NaN when no call has positive GEX). */
    public double callWall(final int c) {
        return valid(c) && callWall[c] >= 0 ? state.chain(c).strikeAt(callWall[c]) : Double.NaN;
    }

    /** Strike with the largest |put GEX| (NaN when none). */
    public double putWall(final int c) {
        return valid(c) && putWall[c] >= 0 ? state.chain(c).strikeAt(putWall[c]) : Double.NaN;
    }

    /** Σ GEX over every expiry of the underlying (NaN when it has no chain). */
    public double totalGex(final int underlyingId) {
        long total = 0;
        boolean any = false;
        for (int c = 0; c < chains; c++) {
            if (state.chain(c).underlyingId() == underlyingId && legGex[c] != null) {
                total += callSum[c] + putSum[c];
                any = true;
            }
        }
        return any ? total / MILLI : Double.NaN;
    }

    /**
     * Across every expiry: the strike whose summed call GEX (side CALL) or |summed put GEX| (PUT)
     * is largest; ties go to the lowest strike. O(chains² · strikes), for snapshots and reports.
     */
    public double totalWall(final int underlyingId, final int side) {
        double best = Double.NaN;
        long bestKey = 0;
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            if (chain.underlyingId() != underlyingId || legGex[c] == null) {
                continue;
            }
            for (int s = 0; s < chain.slotCount(); s++) {
                final double k = chain.strikeAt(s);
                long sum = 0;
                for (int c2 = 0; c2 < chains; c2++) {
                    final ChainState other = state.chain(c2);
                    final int s2 = other.underlyingId() == underlyingId && legGex[c2] != null ? other.slotOf(k) : -1;
                    if (s2 >= 0) {
                        sum += legGex[c2][s2 * 2 + side];
                    }
                }
                final long key = side == ChainState.CALL ? sum : Math.abs(sum);
                if (key > bestKey || (key == bestKey && key > 0 && k < best)) {
                    best = k;
                    bestKey = key;
                }
            }
        }
        return best;
    }

    /** Gamma flip of the underlying from the latest grid recompute; NaN when none was found. */
    public double gammaFlip(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings ? flip[u] : Double.NaN;
    }

    /** +1 long gamma, −1 short gamma, 0 not yet known. */
    public int regime(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings ? regime[u] : 0;
    }

    /** +1 spot above the flip, −1 below, 0 unknown. */
    public int flipSide(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings ? flipSide[u] : 0;
    }

    /** Flip recompute on demand (tests, benchmarks): the same computation as the timer's. */
    public double recomputeFlip(final int underlyingId, final long eventTimeNanos) {
        final int u = state.underlyingIndexOf(underlyingId);
        if (u < 0 || u >= underlyings) {
            return Double.NaN;
        }
        flip[u] = computeFlip(u, eventTimeNanos);
        return flip[u];
    }

    /** Total GEX at the grid points of the latest flip recompute (spot multiples {@link #gridMultiple}). */
    public double gridGex(final int k) {
        return gridGex[k];
    }

    public double gridMultiple(final int k) {
        return gridX[k];
    }

    public int gridPoints() {
        return gridX.length;
    }

    public GexConvention convention() {
        return convention;
    }
}
