package io.strikeiq.analytics;

import io.strikeiq.analytics.chain.BuildUpBook;
import io.strikeiq.analytics.chain.IvRegimeTracker;
import io.strikeiq.analytics.chain.OiAcceleration;
import io.strikeiq.analytics.chain.OiWalls;
import io.strikeiq.analytics.chain.PcrZScore;
import io.strikeiq.analytics.chain.StickyAtm;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;
import java.util.List;

/**
 * Chain metrics per (underlying, expiry) and across expiries (spec "Chain metrics"), a thin engine
 * over what it owns in {@code io.strikeiq.analytics.chain}: per chain a {@link BuildUpBook}
 * (OI-weighted aggregates of the build-up classes {@link LegDerivation} gives every leg, day and
 * rolling window, incremental) and a {@link StickyAtm} (ATM strike, straddle and its change since
 * the session open, expected moves, ATM IV); across chains and underlyings {@link OiAcceleration},
 * {@link PcrZScore} (PCR of volume, PCR(OI) z-score), {@link IvRegimeTracker} and {@link OiWalls}.
 * Per tick it moves the ticked leg's OI in the build-up book and re-centres the ATM (O(1));
 * samples, windows and signals run on event-time schedules from {@link #onTimer}. Signals per
 * underlying, debounced per (underlying, type), in this order at each sample: {@code PCR_Z_EXTREME}
 * (across expiries), then for the nearest unexpired expiry {@code IV_REGIME_CHANGE} and
 * {@code OI_WALL_BUILDUP_SHIFT} (resistance, then support). Reads forwards from the
 * {@link LegDerivation} and realised vol from the {@link UnderlyingMetricsEngine}.
 */
public final class ChainMetricsEngine implements AnalyticsEngine {
    private final MarketState state;
    private final ChainAnalyticsConfig config;
    private final LegDerivation derivation;
    private final UnderlyingMetricsEngine underlyingMetrics;
    private final EventTimeSchedule sampleSchedule;
    private final EventTimeSchedule windowSchedule;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private final OiAcceleration oiAcceleration;
    private final PcrZScore pcrZ;
    private final IvRegimeTracker ivRegime;
    private final OiWalls walls;
    private final ChainRecovery.Rebuild rebuildBook = this::rebuildBuildUp;
    private BuildUpBook[] buildUps = new BuildUpBook[0];
    private StickyAtm[] atms = new StickyAtm[0];
    private int chains;
    private int underlyings;
    private long lastEventNanos;

    public ChainMetricsEngine(final MarketState state, final ChainAnalyticsConfig config, final LegDerivation derivation,
                              final UnderlyingMetricsEngine underlyingMetrics) {
        this.state = state;
        this.config = config;
        this.derivation = derivation;
        this.underlyingMetrics = underlyingMetrics;
        this.sampleSchedule = new EventTimeSchedule(config.sampleNanos());
        this.windowSchedule = new EventTimeSchedule(config.windowNanos());
        this.oiAcceleration = new OiAcceleration(state);
        this.pcrZ = new PcrZScore(state, config);
        this.ivRegime = new IvRegimeTracker(config);
        this.walls = new OiWalls(config);
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
            atms[c].checkLayout(chain);
            final BuildUpBook book = buildUps[c];
            final long version = derivation.buildUpVersion(c);
            if (!book.isCurrent(version)) {
                book.rebuild(chain, version, leg);
            } else {
                book.update(chain, state.slotOf(event.instrumentId), state.sideOf(event.instrumentId), leg);
            }
            atms[c].update(chain, derivation.forward(c));
        } else if (event.type == EventType.UNDERLYING_TICK) {
            for (int c = 0; c < chains; c++) {
                atms[c].update(state.chain(c), derivation.forward(c));
            }
        } else if (event.type == EventType.SESSION && event.sessionKind == MarketEvent.SESSION_OPEN) {
            for (int c = 0; c < chains; c++) {
                atms[c].sessionOpen();
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
            oiAcceleration.roll(chains, underlyings);
        }
        if (sampleSchedule.due(eventTimeNanos)) {
            pcrZ.sample(chains, underlyings);
            for (int c = 0; c < chains; c++) {
                ivRegime.sample(c, atmIv(c));
            }
            for (int u = 0; u < underlyings; u++) {
                signals(u, eventTimeNanos, sink);
            }
        }
    }

    private void signals(final int u, final long now, final SignalSink sink) {
        final int underlyingId = state.underlying(u).instrumentId();
        pcrZ.signal(u, underlyingId, now, sink);
        final int c = nearestChain(u, now);
        if (c < 0) {
            return;
        }
        final ChainState chain = state.chain(c);
        ivRegime.signal(u, c, underlyingId, chain.expiryNanos(), atmIv(c), now, sink);
        walls.signals(u, chain, spot(c), underlyingId, now, sink);
    }

    /** Recounts the chain's build-up book when the derivation reclassified the chain wholesale. */
    private void syncBuildUp(final int c) {
        final long version = derivation.buildUpVersion(c);
        if (!buildUps[c].isCurrent(version)) {
            buildUps[c].rebuild(state.chain(c), version, leg);
        }
    }

    private void rebuildBuildUp(final int c) {
        buildUps[c].rebuild(state.chain(c), derivation.buildUpVersion(c), leg);
    }

    /** Recounts the build-up book of the event's chain (of every chain after a timer or a chainless event). */
    @Override
    public void recover(final MarketEvent event) {
        track();
        ChainRecovery.rebuild(state, event, chains, false, rebuildBook);
    }

    @Override
    public List<Class<? extends AnalyticsEngine>> reads() {
        return List.of(UnderlyingMetricsEngine.class);
    }

    private void track() {
        final int nc = state.chainCount();
        final int nu = state.underlyingCount();
        if (nc == chains && nu == underlyings) {
            return;
        }
        if (nc > buildUps.length) {
            final int old = buildUps.length;
            final int cap = Math.max(nc, old * 2);
            buildUps = Arrays.copyOf(buildUps, cap);
            atms = Arrays.copyOf(atms, cap);
            for (int c = old; c < cap; c++) {
                buildUps[c] = new BuildUpBook();
                atms[c] = new StickyAtm();
            }
        }
        oiAcceleration.ensure(nc, nu);
        pcrZ.ensure(nc, nu);
        ivRegime.ensure(nc, nu);
        walls.ensure(nu);
        chains = nc;
        underlyings = nu;
    }

    // ------------------------------------------------------------------ getters

    private boolean valid(final int c) {
        return c >= 0 && c < chains;
    }

    private int underlyingIndex(final int underlyingId) {
        final int u = state.underlyingIndexOf(underlyingId);
        return u < underlyings ? u : -1;
    }

    /** Spot of the chain's underlying (last print), else the chain's forward. */
    public double spot(final int c) {
        if (!valid(c)) {
            return Double.NaN;
        }
        final double s = state.underlying(state.chain(c).underlyingIndex()).last();
        return s > 0 ? s : derivation.forward(c);
    }

    /** Sticky ATM strike, NaN before a forward exists. */
    public double atmStrike(final int c) {
        return valid(c) ? atms[c].strike(state.chain(c)) : Double.NaN;
    }

    /** Call mid + put mid at the ATM strike; NaN unless both are two-sided. */
    public double atmStraddle(final int c) {
        return valid(c) ? atms[c].straddle(state.chain(c)) : Double.NaN;
    }

    /** First straddle of the session (after the session open, or of the run). */
    public double openStraddle(final int c) {
        return valid(c) ? atms[c].openStraddle() : Double.NaN;
    }

    /** (straddle − session-open straddle) / session-open straddle. */
    public double straddleChange(final int c) {
        return (atmStraddle(c) - openStraddle(c)) / openStraddle(c);
    }

    /** Straddle-implied 1σ move to expiry, straddle / √(2/π), in points. */
    public double expectedMoveStraddle(final int c) {
        return valid(c) ? atms[c].expectedMoveStraddle(state.chain(c)) : Double.NaN;
    }

    /** ATM-IV-implied 1σ move to expiry, F·σ_ATM·√t, in points (t at the latest event seen). */
    public double expectedMoveIv(final int c) {
        return valid(c) ? atms[c].expectedMoveIv(state.chain(c), derivation.forward(c), lastEventNanos) : Double.NaN;
    }

    /** Mean of the ATM call and put IVs that have a value (one if only one has), NaN if neither. */
    public double atmIv(final int c) {
        return valid(c) ? atms[c].iv(state.chain(c)) : Double.NaN;
    }

    /** ATM IV minus the underlying's realised vol (both per 1.00, annualised). */
    public double atmIvMinusRealised(final int c) {
        return valid(c) ? atmIv(c) - underlyingMetrics.realisedVol(state.chain(c).underlyingId()) : Double.NaN;
    }

    /** Percentile (0–100) of the ATM IV at the latest sample against the history before it. */
    public double ivPercentile(final int c) {
        return valid(c) ? ivRegime.percentile(c) : Double.NaN;
    }

    /** {@link IvRegime} of the chain. */
    public byte ivRegime(final int c) {
        return valid(c) ? ivRegime.regime(c) : IvRegime.UNKNOWN;
    }

    /** Strike with the most put OI at or below spot (ties: nearest spot); NaN when none. */
    public double supportWall(final int c) {
        return valid(c) ? walls.support(state.chain(c), spot(c)) : Double.NaN;
    }

    /** Strike with the most call OI at or above spot (ties: nearest spot); NaN when none. */
    public double resistanceWall(final int c) {
        return valid(c) ? walls.resistance(state.chain(c), spot(c)) : Double.NaN;
    }

    /** PCR of volume, Σ put volume / Σ call volume of the chain. */
    public double pcrVolume(final int c) {
        return valid(c) ? PcrZScore.volume(state.chain(c)) : Double.NaN;
    }

    /** PCR of volume across every expiry of the underlying. */
    public double totalPcrVolume(final int underlyingId) {
        return pcrZ.totalVolume(underlyingId, chains);
    }

    /** z-score of the chain's latest PCR(OI) sample against its window; NaN before {@code pcrZMinSamples}. */
    public double pcrZ(final int c) {
        return valid(c) ? pcrZ.chainZ(c) : Double.NaN;
    }

    /** z-score of the underlying's all-expiry PCR(OI) latest sample. */
    public double totalPcrZ(final int underlyingId) {
        final int u = underlyingIndex(underlyingId);
        return u >= 0 ? pcrZ.totalZ(u) : Double.NaN;
    }

    /** OI acceleration ratio of the chain over the last two windows; NaN before three window boundaries. */
    public double oiAcceleration(final int c) {
        return valid(c) ? oiAcceleration.chain(c) : Double.NaN;
    }

    /** OI acceleration ratio across every expiry of the underlying. */
    public double totalOiAcceleration(final int underlyingId) {
        final int u = underlyingIndex(underlyingId);
        return u >= 0 ? oiAcceleration.total(u, chains) : Double.NaN;
    }

    /** OI (contracts) of the chain's {@code side} legs whose day build-up class is {@code buildUp}. */
    public long buildUpOi(final int c, final int side, final int buildUp) {
        return valid(c) ? buildUps[c].dayOi(side, buildUp) : 0;
    }

    /** As {@link #buildUpOi} for the rolling-window class. */
    public long windowBuildUpOi(final int c, final int side, final int buildUp) {
        return valid(c) ? buildUps[c].windowOi(side, buildUp) : 0;
    }

    /** The chain's build-up book (read-only use: the engine alone updates it); null for an unknown chain. */
    public BuildUpBook buildUpBook(final int c) {
        return valid(c) ? buildUps[c] : null;
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
