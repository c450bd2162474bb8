package io.strikeiq.analytics.chain;

import io.strikeiq.analytics.BuildUp;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.EventTimeDebounce;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;

/**
 * OI walls: the support (the strike with the most put OI at or below spot) and the resistance (the
 * most call OI at or above spot), ties going to the strike nearer spot, scanned from the legs on
 * demand (O(strikes)). Per underlying it anchors each wall of the chain it is given (the nearest
 * expiry) and emits {@code OI_WALL_BUILDUP_SHIFT} when the day build-up class of the wall's leg
 * changes to a non-neutral class while the wall stays at the same strike; a wall that moves
 * re-anchors silently. Allocates only when underlyings appear.
 */
public final class OiWalls {
    private static final int RESISTANCE = 0;
    private static final int SUPPORT = 1;

    private final EventTimeDebounce debounce;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    /** Per underlying and wall (resistance, support): the anchored strike and its leg's last class. */
    private double[] strike = new double[0];
    private byte[] cls = new byte[0];

    public OiWalls(final ChainAnalyticsConfig config) {
        this.debounce = new EventTimeDebounce(config.debounceNanos(), 1);
    }

    /** Makes room for {@code underlyings} underlyings (allocates; not per event). */
    public void ensure(final int underlyings) {
        final int old = strike.length / 2;
        if (underlyings > old) {
            final int cap = Math.max(underlyings, old * 2);
            strike = Arrays.copyOf(strike, cap * 2);
            cls = Arrays.copyOf(cls, cap * 2);
            Arrays.fill(strike, old * 2, cap * 2, Double.NaN);
            debounce.ensureKeys(cap);
        }
    }

    /** Strike with the most put OI at or below {@code spot} (ties: nearest spot); NaN when none or spot is NaN. */
    public double support(final ChainState chain, final double spot) {
        return wall(chain, ChainState.PUT, spot);
    }

    /** Strike with the most call OI at or above {@code spot} (ties: nearest spot); NaN when none or spot is NaN. */
    public double resistance(final ChainState chain, final double spot) {
        return wall(chain, ChainState.CALL, spot);
    }

    private double wall(final ChainState chain, final int side, final double spot) {
        if (!(spot == spot)) {
            return Double.NaN;
        }
        int best = -1;
        long bestOi = 0;
        for (int s = 0; s < chain.slotCount(); s++) {
            final double k = chain.strikeAt(s);
            final OptionLegFlyweight l = chain.leg(s, side, leg);
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

    /** Evaluates the resistance, then the support, of {@code chain} for underlying index {@code u}. */
    public void signals(final int u, final ChainState chain, final double spot, final int underlyingId, final long now,
                        final SignalSink sink) {
        signal(u, chain, RESISTANCE, spot, underlyingId, now, sink);
        signal(u, chain, SUPPORT, spot, underlyingId, now, sink);
    }

    private void signal(final int u, final ChainState chain, final int wall, final double spot, final int underlyingId,
                        final long now, final SignalSink sink) {
        final double at = wall == RESISTANCE ? resistance(chain, spot) : support(chain, spot);
        if (!(at == at)) {
            return;
        }
        final byte c = chain.leg(chain.slotOf(at), wall == RESISTANCE ? ChainState.CALL : ChainState.PUT, leg).buildUp();
        final int k = u * 2 + wall;
        final double oldStrike = strike[k];
        final byte oldClass = cls[k];
        if (at != oldStrike) {
            strike[k] = at;
            cls[k] = c;
            return;
        }
        if (c == oldClass || c == BuildUp.NEUTRAL || !debounce.allows(u, 0, now)) {
            if (c == BuildUp.NEUTRAL) {
                cls[k] = c;
            }
            return;
        }
        debounce.record(u, 0, now);
        cls[k] = c;
        final Signal s = sink.next(EngineId.CHAIN_METRICS, SignalType.OI_WALL_BUILDUP_SHIFT);
        s.underlyingId = underlyingId;
        s.expiryNanos = chain.expiryNanos();
        s.direction = (byte) direction(wall == RESISTANCE, c);
        s.strength = 1.0;
        s.confidence = 1.0;
        s.value1 = at;
        s.value2 = c;
        s.value3 = oldClass;
        s.value4 = wall == RESISTANCE ? 1 : -1;
    }

    /**
     * Calls at the resistance: writers adding (SHORT_BUILDUP) or holders leaving (LONG_UNWINDING)
     * defend it (bearish); SHORT_COVERING / LONG_BUILDUP break it (bullish). Puts at the support:
     * SHORT_BUILDUP / LONG_UNWINDING defend it (bullish); SHORT_COVERING / LONG_BUILDUP break it (bearish).
     */
    public static int direction(final boolean resistance, final byte cls) {
        final int breaking = cls == BuildUp.SHORT_COVERING || cls == BuildUp.LONG_BUILDUP ? 1
            : cls == BuildUp.SHORT_BUILDUP || cls == BuildUp.LONG_UNWINDING ? -1 : 0;
        return resistance ? breaking : -breaking;
    }
}
