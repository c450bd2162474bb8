package io.strikeiq.analytics;

import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;
import java.util.List;

/**
 * Chain metrics per (underlying, expiry) and across expiries (spec "Chain metrics"): sticky ATM,
 * ATM straddle and its change since the session open, expected moves, OI walls, PCR of volume,
 * the PCR(OI) z-score on an event-time window of samples, OI-weighted aggregates per side of the
 * build-up classes {@link LegDerivation} gives every leg (day and rolling window), kept incrementally,
 * OI acceleration, and the ATM-IV regime. Per tick it classifies the ticked leg, updates the
 * aggregates and re-centres the ATM (O(1)); samples, windows and signals run on event-time
 * schedules from {@link #onTimer}. Signals per underlying, debounced per (underlying, type):
 * {@code PCR_Z_EXTREME} (across expiries), {@code IV_REGIME_CHANGE} and {@code OI_WALL_BUILDUP_SHIFT}
 * (nearest unexpired expiry). Reads forwards from the {@link LegDerivation} and realised vol from
 * the {@link UnderlyingMetricsEngine}, which runs before it.
 */
public final class ChainMetricsEngine implements AnalyticsEngine {
    private static final int KINDS = 3;
    private static final int KIND_PCR_Z = 0;
    private static final int KIND_IV = 1;
    private static final int KIND_WALL = 2;
    private static final byte ZONE_UNKNOWN = 0;
    private static final byte ZONE_NORMAL = 1;
    private static final byte ZONE_HIGH = 2;
    private static final byte ZONE_LOW = 3;
    /** E|X| = σ·√(2/π) for a normal move X: the straddle prices the mean absolute move. */
    private static final double MEAN_ABS_PER_SIGMA = Math.sqrt(2.0 / Math.PI);
    private static final int AGG = 2 * BuildUp.COUNT;

    private final MarketState state;
    private final ChainAnalyticsConfig config;
    private final LegDerivation greeks;
    private final UnderlyingMetricsEngine underlyingMetrics;
    private final EventTimeDebounce debounce;
    private final EventTimeSchedule sampleSchedule;
    private final EventTimeSchedule windowSchedule;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private final OptionLegFlyweight other = new OptionLegFlyweight();

    // per chain
    private int[] atmSlot = new int[0];
    private double[] openStraddle = new double[0];
    private long[] layoutSeen = new long[0];
    private long[][] legOi = new long[0][];
    /** Per chain and leg: the day and window classes the leg's OI is counted under in the aggregates. */
    private byte[][] legDay = new byte[0][];
    private byte[][] legWindow = new byte[0][];
    /** Per chain: the derivation's build-up version the aggregates were last recounted at (0: never classified). */
    private long[] buildUpSeen = new long[0];
    private long[] dayAgg = new long[0];
    private long[] windowAgg = new long[0];
    private long[] chainFlow = new long[0];
    private int[] chainFlowCount = new int[0];
    private SampleRing[] chainPcr = new SampleRing[0];
    private SampleRing[] atmIvHistory = new SampleRing[0];
    private double[] ivPercentile = new double[0];
    private byte[] ivRegime = new byte[0];
    // per underlying
    private SampleRing[] totalPcr = new SampleRing[0];
    private long[] totalFlow = new long[0];
    private int[] totalFlowCount = new int[0];
    private byte[] pcrZone = new byte[0];
    private byte[] signalledIvRegime = new byte[0];
    private double[] wallStrike = new double[0];
    private byte[] wallClass = new byte[0];
    private int chains;
    private int underlyings;
    private long lastEventNanos;

    public ChainMetricsEngine(final MarketState state, final ChainAnalyticsConfig config, final LegDerivation greeks,
                              final UnderlyingMetricsEngine underlyingMetrics) {
        this.state = state;
        this.config = config;
        this.greeks = greeks;
        this.underlyingMetrics = underlyingMetrics;
        this.debounce = new EventTimeDebounce(config.debounceNanos(), KINDS);
        this.sampleSchedule = new EventTimeSchedule(config.sampleNanos());
        this.windowSchedule = new EventTimeSchedule(config.windowNanos());
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        track();
        lastEventNanos = event.eventTimeNanos;
        if (event.type == EventType.OPTION_TICK) {
            final int c = state.chainIndexOf(event.instrumentId);
            if (c < 0 || c >= chains) {
                return;
            }
            final ChainState chain = state.chain(c);
            if (layoutSeen[c] != chain.layoutVersion()) {
                layoutSeen[c] = chain.layoutVersion();
                atmSlot[c] = -1;
            }
            if (buildUpSeen[c] != greeks.buildUpVersion(c)) {
                recountChain(c);
            } else {
                recount(c, state.slotOf(event.instrumentId), state.sideOf(event.instrumentId));
            }
            updateAtm(c);
        } else if (event.type == EventType.UNDERLYING_TICK) {
            for (int c = 0; c < chains; c++) {
                updateAtm(c);
            }
        } else if (event.type == EventType.SESSION && event.sessionKind == MarketEvent.SESSION_OPEN) {
            for (int c = 0; c < chains; c++) {
                openStraddle[c] = Double.NaN;
                syncBuildUp(c);
            }
        }
    }

    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        track();
        lastEventNanos = eventTimeNanos;
        for (int c = 0; c < chains; c++) {
            syncBuildUp(c);
        }
        if (windowSchedule.due(eventTimeNanos)) {
            rollWindows();
        }
        if (sampleSchedule.due(eventTimeNanos)) {
            sample();
            for (int u = 0; u < underlyings; u++) {
                signals(u, eventTimeNanos, sink);
            }
        }
    }

    // ------------------------------------------------------------------ build-up

    /** Moves one leg's OI to the classes the derivation gave it now. */
    private void recount(final int c, final int slot, final int side) {
        final OptionLegFlyweight l = state.chain(c).leg(slot, side, leg);
        final int i = slot * 2 + side;
        final int base = c * AGG + side * BuildUp.COUNT;
        final long oldOi = legOi[c][i];
        dayAgg[base + legDay[c][i]] -= oldOi;
        windowAgg[base + legWindow[c][i]] -= oldOi;
        final long oi = l.oi();
        final byte day = l.buildUp();
        final byte window = l.windowBuildUp();
        legOi[c][i] = oi;
        legDay[c][i] = day;
        legWindow[c][i] = window;
        dayAgg[base + day] += oi;
        windowAgg[base + window] += oi;
    }

    private void syncBuildUp(final int c) {
        if (buildUpSeen[c] != greeks.buildUpVersion(c)) {
            recountChain(c);
        }
    }

    /** Recounts the aggregates of every listed leg from scratch (the derivation reclassified the chain, or a recovery). */
    private void recountChain(final int c) {
        final ChainState chain = state.chain(c);
        final int legs = chain.slotCount() * 2;
        if (legOi[c] == null || legOi[c].length < legs) {
            legOi[c] = new long[Math.max(legs, 64)];
            legDay[c] = new byte[legOi[c].length];
            legWindow[c] = new byte[legOi[c].length];
        }
        Arrays.fill(legOi[c], 0);
        Arrays.fill(legDay[c], BuildUp.NEUTRAL);
        Arrays.fill(legWindow[c], BuildUp.NEUTRAL);
        Arrays.fill(dayAgg, c * AGG, c * AGG + AGG, 0);
        Arrays.fill(windowAgg, c * AGG, c * AGG + AGG, 0);
        for (int s = 0; s < chain.slotCount(); s++) {
            for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                if (chain.leg(s, side, leg).isListed()) {
                    recount(c, s, side);
                }
            }
        }
        buildUpSeen[c] = greeks.buildUpVersion(c);
    }

    @Override
    public void recover(final MarketEvent event) {
        track();
        final int c = event.type == EventType.OPTION_TICK ? state.chainIndexOf(event.instrumentId) : -1;
        for (int k = 0; k < chains; k++) {
            if (c < 0 || k == c) {
                recountChain(k);
            }
        }
    }

    @Override
    public List<Class<? extends AnalyticsEngine>> reads() {
        return List.of(UnderlyingMetricsEngine.class);
    }

    /** Window boundary (the derivation moved the legs' window references and classes): flows sampled. */
    private void rollWindows() {
        for (int u = 0; u < underlyings; u++) {
            totalFlowShift(u);
        }
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            shiftFlow(chainFlow, chainFlowCount, c, chain.putOi() - chain.callOi());
            final int u = chain.underlyingIndex();
            totalFlow[u * 3] += chain.putOi() - chain.callOi();
        }
        for (int u = 0; u < underlyings; u++) {
            totalFlowCount[u] = Math.min(3, totalFlowCount[u] + 1);
        }
    }

    private void totalFlowShift(final int u) {
        totalFlow[u * 3 + 2] = totalFlow[u * 3 + 1];
        totalFlow[u * 3 + 1] = totalFlow[u * 3];
        totalFlow[u * 3] = 0;
    }

    private static void shiftFlow(final long[] flow, final int[] count, final int k, final long value) {
        flow[k * 3 + 2] = flow[k * 3 + 1];
        flow[k * 3 + 1] = flow[k * 3];
        flow[k * 3] = value;
        count[k] = Math.min(3, count[k] + 1);
    }

    /** ((n0 − n1) − (n1 − n2)) / total OI, n_k = Σ put OI − Σ call OI at the k-th latest window boundary. */
    private static double acceleration(final long[] flow, final int[] count, final int k, final long totalOi) {
        if (count[k] < 3 || totalOi <= 0) {
            return Double.NaN;
        }
        final long n0 = flow[k * 3];
        final long n1 = flow[k * 3 + 1];
        final long n2 = flow[k * 3 + 2];
        return (double) ((n0 - n1) - (n1 - n2)) / totalOi;
    }

    // ------------------------------------------------------------------ ATM, straddle

    /** Sticky ATM: re-centres on the strike nearest the forward only when |F − ATM| exceeds half a step. */
    private void updateAtm(final int c) {
        final double f = greeks.forward(c);
        final ChainState chain = state.chain(c);
        if (!(f == f) || chain.slotCount() == 0) {
            return;
        }
        final int current = atmSlot[c];
        if (current >= 0 && Math.abs(f - chain.strikeAt(current)) <= 0.5 * chain.strikeStep()) {
            trackOpenStraddle(c);
            return;
        }
        final long nearest = Math.round((f - chain.baseStrike()) / chain.strikeStep());
        atmSlot[c] = (int) Math.max(0, Math.min(chain.slotCount() - 1, nearest));
        trackOpenStraddle(c);
    }

    private void trackOpenStraddle(final int c) {
        if (!(openStraddle[c] == openStraddle[c])) {
            openStraddle[c] = atmStraddle(c);
        }
    }

    private double mid(final ChainState chain, final int slot, final int side) {
        final OptionLegFlyweight l = chain.leg(slot, side, other);
        final double b = l.bid();
        final double a = l.ask();
        return b > 0 && a >= b ? 0.5 * (b + a) : Double.NaN;
    }

    // ------------------------------------------------------------------ sampling and signals

    private void sample() {
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            if (chain.oiComplete() && chain.callOi() > 0) {
                chainPcr[c].add((double) chain.putOi() / chain.callOi());
            }
            final double iv = atmIv(c);
            if (iv == iv) {
                final SampleRing h = atmIvHistory[c];
                ivPercentile[c] = h.size() >= config.ivMinSamples() ? h.percentileOf(iv) : Double.NaN;
                ivRegime[c] = nextRegime(ivRegime[c], ivPercentile[c]);
                h.add(iv);
            }
        }
        for (int u = 0; u < underlyings; u++) {
            long put = 0;
            long call = 0;
            boolean complete = false;
            for (int c = 0; c < chains; c++) {
                final ChainState chain = state.chain(c);
                if (chain.underlyingIndex() == u) {
                    complete = chain.oiComplete();
                    if (!complete) {
                        break;
                    }
                    put += chain.putOi();
                    call += chain.callOi();
                }
            }
            if (complete && call > 0) {
                totalPcr[u].add((double) put / call);
            }
        }
    }

    /** IV regime with hysteresis: a new regime is taken only when the percentile is clear of every threshold by the margin. */
    private byte nextRegime(final byte current, final double pct) {
        final byte target = IvRegime.of(pct, config.ivLowPct(), config.ivHighPct(), config.ivExtremePct());
        if (target == current || target == IvRegime.UNKNOWN || current == IvRegime.UNKNOWN) {
            return target == IvRegime.UNKNOWN ? current : target;
        }
        final double h = config.ivHysteresisPct();
        if (Math.abs(pct - config.ivLowPct()) < h || Math.abs(pct - config.ivHighPct()) < h
            || Math.abs(pct - config.ivExtremePct()) < h) {
            return current;
        }
        return target;
    }

    private void signals(final int u, final long now, final SignalSink sink) {
        final int underlyingId = state.underlying(u).instrumentId();
        pcrZSignal(u, underlyingId, now, sink);
        final int c = nearestChain(u, now);
        if (c < 0) {
            return;
        }
        ivSignal(u, c, underlyingId, now, sink);
        wallSignal(u, c, 0, underlyingId, now, sink);
        wallSignal(u, c, 1, underlyingId, now, sink);
    }

    private void pcrZSignal(final int u, final int underlyingId, final long now, final SignalSink sink) {
        final SampleRing ring = totalPcr[u];
        final double z = z(ring);
        if (!(z == z)) {
            return;
        }
        final byte zone = pcrZone[u];
        byte target;
        if (z > config.pcrZEnter()) {
            target = ZONE_HIGH;
        } else if (z < -config.pcrZEnter()) {
            target = ZONE_LOW;
        } else if ((zone == ZONE_HIGH || zone == ZONE_LOW) && Math.abs(z) >= config.pcrZExit()) {
            target = zone;
        } else {
            target = ZONE_NORMAL;
        }
        if (target == zone) {
            return;
        }
        if (target == ZONE_NORMAL) {
            pcrZone[u] = ZONE_NORMAL;
            return;
        }
        if (!debounce.allows(u, KIND_PCR_Z, now)) {
            return;
        }
        debounce.record(u, KIND_PCR_Z, now);
        pcrZone[u] = target;
        final Signal s = sink.next(EngineId.CHAIN_METRICS, SignalType.PCR_Z_EXTREME);
        s.underlyingId = underlyingId;
        s.expiryNanos = 0;
        s.direction = (byte) (target == ZONE_HIGH ? 1 : -1);
        s.strength = Math.min(1.0, (Math.abs(z) - config.pcrZEnter()) / config.pcrZEnter());
        s.confidence = (double) ring.size() / config.pcrZWindow();
        s.value1 = z;
        s.value2 = ring.get(ring.size() - 1);
        s.value3 = ring.mean();
        s.value4 = ring.stdDev();
    }

    private void ivSignal(final int u, final int c, final int underlyingId, final long now, final SignalSink sink) {
        final byte regime = ivRegime[c];
        final byte old = signalledIvRegime[u];
        if (regime == old || regime == IvRegime.UNKNOWN) {
            return;
        }
        if (old == IvRegime.UNKNOWN) {
            signalledIvRegime[u] = regime;
            return;
        }
        if (!debounce.allows(u, KIND_IV, now)) {
            return;
        }
        debounce.record(u, KIND_IV, now);
        signalledIvRegime[u] = regime;
        final Signal s = sink.next(EngineId.CHAIN_METRICS, SignalType.IV_REGIME_CHANGE);
        s.underlyingId = underlyingId;
        s.expiryNanos = state.chain(c).expiryNanos();
        s.direction = 0;
        s.strength = Math.min(1.0, Math.abs(regime - old) / 3.0);
        s.confidence = (double) atmIvHistory[c].size() / config.ivHistory();
        s.value1 = regime;
        s.value2 = old;
        s.value3 = atmIv(c);
        s.value4 = ivPercentile[c];
    }

    /** side 0: resistance (call OI wall), 1: support (put OI wall). */
    private void wallSignal(final int u, final int c, final int side, final int underlyingId, final long now,
                            final SignalSink sink) {
        final double strike = side == 0 ? resistanceWall(c) : supportWall(c);
        if (!(strike == strike)) {
            return;
        }
        final ChainState chain = state.chain(c);
        final byte cls = chain.leg(chain.slotOf(strike), side == 0 ? ChainState.CALL : ChainState.PUT, other).buildUp();
        final int k = u * 2 + side;
        final double oldStrike = wallStrike[k];
        final byte oldClass = wallClass[k];
        if (strike != oldStrike) {
            wallStrike[k] = strike;
            wallClass[k] = cls;
            return;
        }
        if (cls == oldClass || cls == BuildUp.NEUTRAL || !debounce.allows(u, KIND_WALL, now)) {
            if (cls == BuildUp.NEUTRAL) {
                wallClass[k] = cls;
            }
            return;
        }
        debounce.record(u, KIND_WALL, now);
        wallClass[k] = cls;
        final Signal s = sink.next(EngineId.CHAIN_METRICS, SignalType.OI_WALL_BUILDUP_SHIFT);
        s.underlyingId = underlyingId;
        s.expiryNanos = chain.expiryNanos();
        s.direction = (byte) wallDirection(side == 0, cls);
        s.strength = 1.0;
        s.confidence = 1.0;
        s.value1 = strike;
        s.value2 = cls;
        s.value3 = oldClass;
        s.value4 = side == 0 ? 1 : -1;
    }

    /**
     * Calls at the resistance: writers adding (SHORT_BUILDUP) or holders leaving (LONG_UNWINDING)
     * defend it (bearish); SHORT_COVERING / LONG_BUILDUP break it (bullish). Puts at the support:
     * SHORT_BUILDUP / LONG_UNWINDING defend it (bullish); SHORT_COVERING / LONG_BUILDUP break it (bearish).
     */
    static int wallDirection(final boolean resistance, final byte cls) {
        final int breaking = cls == BuildUp.SHORT_COVERING || cls == BuildUp.LONG_BUILDUP ? 1
            : cls == BuildUp.SHORT_BUILDUP || cls == BuildUp.LONG_UNWINDING ? -1 : 0;
        return resistance ? breaking : -breaking;
    }

    private static double z(final SampleRing ring) {
        if (ring.size() < 2) {
            return Double.NaN;
        }
        final double sd = ring.stdDev();
        return sd > 0 ? (ring.get(ring.size() - 1) - ring.mean()) / sd : Double.NaN;
    }

    // ------------------------------------------------------------------ tracking

    private void track() {
        final int nc = state.chainCount();
        final int nu = state.underlyingCount();
        if (nc == chains && nu == underlyings) {
            return;
        }
        if (nc > atmSlot.length) {
            final int old = atmSlot.length;
            final int cap = Math.max(nc, old * 2);
            atmSlot = Arrays.copyOf(atmSlot, cap);
            openStraddle = Arrays.copyOf(openStraddle, cap);
            layoutSeen = Arrays.copyOf(layoutSeen, cap);
            legOi = Arrays.copyOf(legOi, cap);
            legDay = Arrays.copyOf(legDay, cap);
            legWindow = Arrays.copyOf(legWindow, cap);
            buildUpSeen = Arrays.copyOf(buildUpSeen, cap);
            dayAgg = Arrays.copyOf(dayAgg, cap * AGG);
            windowAgg = Arrays.copyOf(windowAgg, cap * AGG);
            chainFlow = Arrays.copyOf(chainFlow, cap * 3);
            chainFlowCount = Arrays.copyOf(chainFlowCount, cap);
            chainPcr = Arrays.copyOf(chainPcr, cap);
            atmIvHistory = Arrays.copyOf(atmIvHistory, cap);
            ivPercentile = Arrays.copyOf(ivPercentile, cap);
            ivRegime = Arrays.copyOf(ivRegime, cap);
            for (int c = old; c < cap; c++) {
                atmSlot[c] = -1;
                openStraddle[c] = Double.NaN;
                layoutSeen[c] = Long.MIN_VALUE;
                chainPcr[c] = new SampleRing(config.pcrZWindow());
                atmIvHistory[c] = new SampleRing(config.ivHistory());
                ivPercentile[c] = Double.NaN;
            }
        }
        if (nu > totalPcr.length) {
            final int old = totalPcr.length;
            final int cap = Math.max(nu, old * 2);
            totalPcr = Arrays.copyOf(totalPcr, cap);
            totalFlow = Arrays.copyOf(totalFlow, cap * 3);
            totalFlowCount = Arrays.copyOf(totalFlowCount, cap);
            pcrZone = Arrays.copyOf(pcrZone, cap);
            signalledIvRegime = Arrays.copyOf(signalledIvRegime, cap);
            wallStrike = Arrays.copyOf(wallStrike, cap * 2);
            wallClass = Arrays.copyOf(wallClass, cap * 2);
            Arrays.fill(wallStrike, old * 2, cap * 2, Double.NaN);
            for (int u = old; u < cap; u++) {
                totalPcr[u] = new SampleRing(config.pcrZWindow());
            }
            debounce.ensureKeys(cap);
        }
        chains = nc;
        underlyings = nu;
    }

    // ------------------------------------------------------------------ getters

    private boolean valid(final int c) {
        return c >= 0 && c < chains;
    }

    /** Spot of the chain's underlying (last print), else the chain's forward. */
    public double spot(final int c) {
        if (!valid(c)) {
            return Double.NaN;
        }
        final double s = state.underlying(state.chain(c).underlyingIndex()).last();
        return s > 0 ? s : greeks.forward(c);
    }

    /** Sticky ATM strike, NaN before a forward exists. */
    public double atmStrike(final int c) {
        return valid(c) && atmSlot[c] >= 0 ? state.chain(c).strikeAt(atmSlot[c]) : Double.NaN;
    }

    /** Call mid + put mid at the ATM strike; NaN unless both are two-sided. */
    public double atmStraddle(final int c) {
        if (!valid(c) || atmSlot[c] < 0) {
            return Double.NaN;
        }
        final ChainState chain = state.chain(c);
        return mid(chain, atmSlot[c], ChainState.CALL) + mid(chain, atmSlot[c], ChainState.PUT);
    }

    /** First straddle of the session (after the session open, or of the run). */
    public double openStraddle(final int c) {
        return valid(c) ? openStraddle[c] : Double.NaN;
    }

    /** (straddle − session-open straddle) / session-open straddle. */
    public double straddleChange(final int c) {
        return (atmStraddle(c) - openStraddle(c)) / openStraddle(c);
    }

    /** Straddle-implied 1σ move to expiry, straddle / √(2/π), in points. */
    public double expectedMoveStraddle(final int c) {
        return atmStraddle(c) / MEAN_ABS_PER_SIGMA;
    }

    /** ATM-IV-implied 1σ move to expiry, F·σ_ATM·√t, in points (t at the latest event seen). */
    public double expectedMoveIv(final int c) {
        if (!valid(c)) {
            return Double.NaN;
        }
        return greeks.forward(c) * atmIv(c) * Math.sqrt(TimeToExpiry.years(state.chain(c).expiryNanos(), lastEventNanos));
    }

    /** Mean of the ATM call and put IVs that have a value (one if only one has), NaN if neither. */
    public double atmIv(final int c) {
        if (!valid(c) || atmSlot[c] < 0) {
            return Double.NaN;
        }
        final ChainState chain = state.chain(c);
        final double call = chain.leg(atmSlot[c], ChainState.CALL, other).iv();
        final double put = chain.leg(atmSlot[c], ChainState.PUT, other).iv();
        if (call == call && put == put) {
            return 0.5 * (call + put);
        }
        return call == call ? call : put;
    }

    /** ATM IV minus the underlying's realised vol (both per 1.00, annualised). */
    public double atmIvMinusRealised(final int c) {
        return valid(c) ? atmIv(c) - underlyingMetrics.realisedVol(state.chain(c).underlyingId()) : Double.NaN;
    }

    /** Percentile (0–100) of the ATM IV at the latest sample against the history before it. */
    public double ivPercentile(final int c) {
        return valid(c) ? ivPercentile[c] : Double.NaN;
    }

    /** {@link IvRegime} of the chain. */
    public byte ivRegime(final int c) {
        return valid(c) ? ivRegime[c] : IvRegime.UNKNOWN;
    }

    /** Strike with the most put OI at or below spot (ties: nearest spot); NaN when none. */
    public double supportWall(final int c) {
        return wall(c, ChainState.PUT);
    }

    /** Strike with the most call OI at or above spot (ties: nearest spot); NaN when none. */
    public double resistanceWall(final int c) {
        return wall(c, ChainState.CALL);
    }

    private double wall(final int c, final int side) {
        final double spot = spot(c);
        if (!(spot == spot)) {
            return Double.NaN;
        }
        final ChainState chain = state.chain(c);
        int best = -1;
        long bestOi = 0;
        for (int s = 0; s < chain.slotCount(); s++) {
            final double k = chain.strikeAt(s);
            final OptionLegFlyweight l = chain.leg(s, side, other);
            if (!l.isListed() || (side == ChainState.PUT ? k > spot : k < spot)) {
                continue;
            }
            final long oi = l.oi();
            // Puts: scanning upwards, the later (nearer-spot) strike wins a tie; calls: the first does.
            if (oi > 0 && (best < 0 || oi > bestOi || (oi == bestOi && side == ChainState.PUT))) {
                best = s;
                bestOi = oi;
            }
        }
        return best < 0 ? Double.NaN : chain.strikeAt(best);
    }

    /** PCR of volume, Σ put volume / Σ call volume of the chain. */
    public double pcrVolume(final int c) {
        if (!valid(c) || state.chain(c).callVolume() <= 0) {
            return Double.NaN;
        }
        return (double) state.chain(c).putVolume() / state.chain(c).callVolume();
    }

    /** PCR of volume across every expiry of the underlying. */
    public double totalPcrVolume(final int underlyingId) {
        long put = 0;
        long call = 0;
        for (int c = 0; c < chains; c++) {
            if (state.chain(c).underlyingId() == underlyingId) {
                put += state.chain(c).putVolume();
                call += state.chain(c).callVolume();
            }
        }
        return call > 0 ? (double) put / call : Double.NaN;
    }

    /** z-score of the chain's latest PCR(OI) sample against its window; NaN before {@code pcrZMinSamples}. */
    public double pcrZ(final int c) {
        return valid(c) && chainPcr[c].size() >= config.pcrZMinSamples() ? z(chainPcr[c]) : Double.NaN;
    }

    /** z-score of the underlying's all-expiry PCR(OI) latest sample. */
    public double totalPcrZ(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u >= 0 && u < underlyings && totalPcr[u].size() >= config.pcrZMinSamples() ? z(totalPcr[u]) : Double.NaN;
    }

    /** OI acceleration ratio of the chain over the last two windows; NaN before three window boundaries. */
    public double oiAcceleration(final int c) {
        return valid(c) ? acceleration(chainFlow, chainFlowCount, c, state.chain(c).putOi() + state.chain(c).callOi())
            : Double.NaN;
    }

    /** OI acceleration ratio across every expiry of the underlying. */
    public double totalOiAcceleration(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        if (u < 0 || u >= underlyings) {
            return Double.NaN;
        }
        long total = 0;
        for (int c = 0; c < chains; c++) {
            if (state.chain(c).underlyingIndex() == u) {
                total += state.chain(c).putOi() + state.chain(c).callOi();
            }
        }
        return acceleration(totalFlow, totalFlowCount, u, total);
    }

    /** OI (contracts) of the chain's {@code side} legs whose day build-up class is {@code buildUp}. */
    public long buildUpOi(final int c, final int side, final int buildUp) {
        return valid(c) ? dayAgg[c * AGG + side * BuildUp.COUNT + buildUp] : 0;
    }

    /** As {@link #buildUpOi} for the rolling-window class. */
    public long windowBuildUpOi(final int c, final int side, final int buildUp) {
        return valid(c) ? windowAgg[c * AGG + side * BuildUp.COUNT + buildUp] : 0;
    }

    /** The unexpired chain of underlying index {@code u} with the nearest expiry, or -1. */
    public int nearestChain(final int u, final long now) {
        int best = -1;
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            if (chain.underlyingIndex() == u && chain.expiryNanos() > now
                && (best < 0 || chain.expiryNanos() < state.chain(best).expiryNanos())) {
                best = c;
            }
        }
        return best;
    }

    public ChainAnalyticsConfig config() {
        return config;
    }
}
