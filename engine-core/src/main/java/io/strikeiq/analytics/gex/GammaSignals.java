package io.strikeiq.analytics.gex;

import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.EventTimeDebounce;
import io.strikeiq.analytics.GexConvention;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import io.strikeiq.state.MarketState;

import java.util.Arrays;

/**
 * The gamma signals per underlying, debounced per (underlying, type) on event time:
 * {@code GAMMA_REGIME_CHANGE} when the sign of total GEX leaves a band of gross |GEX| (the first
 * reading is silent) and {@code GAMMA_FLIP_CROSS} when spot passes the flip by a band (the first
 * side is silent; an undefined flip or spot resets the side). value4 is the convention's ordinal.
 */
public final class GammaSignals {
    private static final int KIND_REGIME = 0;
    private static final int KIND_FLIP = 1;

    private final MarketState state;
    private final ChainAnalyticsConfig config;
    private final GexConvention convention;
    private final EventTimeDebounce debounce;
    private byte[] regime = new byte[0];
    private byte[] flipSide = new byte[0];

    public GammaSignals(final MarketState state, final ChainAnalyticsConfig config) {
        this.state = state;
        this.config = config;
        this.convention = config.gexConvention();
        this.debounce = new EventTimeDebounce(config.debounceNanos(), 2);
    }

    /** Grows per-underlying state; definition time only. */
    public void ensureUnderlyings(final int n) {
        if (n > regime.length) {
            final int cap = Math.max(n, regime.length * 2);
            regime = Arrays.copyOf(regime, cap);
            flipSide = Arrays.copyOf(flipSide, cap);
            debounce.ensureKeys(cap);
        }
    }

    /** Re-judges the regime of underlying index {@code u} from the cross-expiry sums. */
    public void regime(final int u, final long now, final GexAggregates sums, final double flip, final SignalSink sink) {
        if (!sums.sumForRegime(u)) {
            return;
        }
        final long total = sums.regimeTotal();
        final long gross = sums.regimeGross();
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
        s.value1 = total / GexBook.MILLI;
        s.value2 = target;
        s.value3 = flip;
        s.value4 = convention.ordinal();
    }

    /** Re-judges which side of the flip spot is on for underlying index {@code u}. */
    public void flipCross(final int u, final long now, final double f, final GexAggregates sums, final SignalSink sink) {
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
        s.value3 = sums.totalGex(s.underlyingId);
        s.value4 = convention.ordinal();
    }

    /** +1 long gamma, −1 short gamma, 0 not yet known. */
    public int regime(final int u) {
        return regime[u];
    }

    /** +1 spot above the flip, −1 below, 0 unknown. */
    public int flipSide(final int u) {
        return flipSide[u];
    }
}
