package io.strikeiq.derived;

import io.strikeiq.analytics.BuildUp;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.EventTimeSchedule;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;

/**
 * OI build-up class of every leg, for the day (against the day-open OI and price) and for the
 * rolling window (against the references of the last window boundary), written into the leg
 * ({@link OptionLegFlyweight#buildUp()}, {@link OptionLegFlyweight#windowBuildUp()}); part of the
 * derived per-leg state run by {@link LegDerivation}. A ticked leg is reclassified; a whole chain
 * is reclassified when its layout changed, at the session open and at each window boundary (when
 * the window references also move one window on), and then its {@link #version(int)} moves, so
 * engines that aggregate the classes incrementally know to recompute. Allocation-free per event.
 */
final class LegBuildUp {
    private final MarketState state;
    private final ChainAnalyticsConfig config;
    private final EventTimeSchedule windowSchedule;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private long[] layoutSeen = new long[0];
    private long[] version = new long[0];
    private int chains;

    LegBuildUp(final MarketState state, final ChainAnalyticsConfig config) {
        this.state = state;
        this.config = config;
        this.windowSchedule = new EventTimeSchedule(config.windowNanos());
    }

    void onTimer(final long eventTimeNanos) {
        track();
        if (windowSchedule.due(eventTimeNanos)) {
            rollWindows();
        }
    }

    void onEvent(final MarketEvent event) {
        track();
        if (event.type == EventType.OPTION_TICK) {
            final int c = state.chainIndexOf(event.instrumentId);
            if (c < 0 || c >= chains) {
                return;
            }
            if (layoutSeen[c] != state.chain(c).layoutVersion()) {
                reclassifyChain(c);
            } else {
                classify(state.chain(c), state.slotOf(event.instrumentId), state.sideOf(event.instrumentId));
            }
        } else if (event.type == EventType.SESSION && event.sessionKind == MarketEvent.SESSION_OPEN) {
            for (int c = 0; c < chains; c++) {
                if (layoutSeen[c] == state.chain(c).layoutVersion()) {
                    reclassifyChain(c);
                }
            }
        }
    }

    /** Moves whenever every leg of chain {@code c} was reclassified (0 before the first time). */
    long version(final int c) {
        return c >= 0 && c < chains ? version[c] : 0;
    }

    private void classify(final ChainState chain, final int slot, final int side) {
        final OptionLegFlyweight l = chain.leg(slot, side, leg);
        final long minOi = config.buildUpMinLots() * chain.lotSize();
        final double minPrice = config.buildUpMinTicks() * tick(l.instrumentId());
        final long oi = l.oi();
        final byte day = l.dayOpenOi() == OptionLegFlyweight.UNKNOWN_OI ? BuildUp.NEUTRAL
            : BuildUp.classify(oi - l.dayOpenOi(), l.ltp() - l.dayOpenPrice(), minOi, minPrice);
        final byte window = l.windowOi() == OptionLegFlyweight.UNKNOWN_OI ? BuildUp.NEUTRAL
            : BuildUp.classify(oi - l.windowOi(), l.ltp() - l.windowPrice(), minOi, minPrice);
        if (l.buildUp() != day) {
            // The day class is in a snapshot row (the window class is not): keep the pre-image first.
            chain.legForWrite(slot, side, leg).buildUp(day);
        }
        l.windowBuildUp(window);
    }

    private double tick(final int instrumentId) {
        final double t = state.registry().tickSize(instrumentId);
        return t > 0 ? t : 0.0;
    }

    private void reclassifyChain(final int c) {
        final ChainState chain = state.chain(c);
        for (int s = 0; s < chain.slotCount(); s++) {
            for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                if (chain.leg(s, side, leg).isListed()) {
                    classify(chain, s, side);
                } else {
                    // Never listed, never in a row: a class is only ever set on listed legs, so this stays NEUTRAL.
                    leg.buildUp(BuildUp.NEUTRAL).windowBuildUp(BuildUp.NEUTRAL);
                }
            }
        }
        layoutSeen[c] = chain.layoutVersion();
        version[c]++;
    }

    /** Window boundary: every ticked leg's references move one window on, then all classes are recomputed. */
    private void rollWindows() {
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            for (int s = 0; s < chain.slotCount(); s++) {
                for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                    final OptionLegFlyweight l = chain.leg(s, side, leg);
                    if (l.isListed() && (l.legFlags() & OptionLegFlyweight.TICKED) != 0) {
                        l.windowOi(l.nextWindowOi()).windowPrice(l.nextWindowPrice());
                        l.nextWindowOi(l.oi()).nextWindowPrice(l.ltp());
                    }
                }
            }
            reclassifyChain(c);
        }
    }

    private void track() {
        final int nc = state.chainCount();
        if (nc == chains) {
            return;
        }
        if (nc > layoutSeen.length) {
            final int old = layoutSeen.length;
            final int cap = Math.max(nc, old * 2);
            layoutSeen = Arrays.copyOf(layoutSeen, cap);
            version = Arrays.copyOf(version, cap);
            Arrays.fill(layoutSeen, old, cap, Long.MIN_VALUE);
        }
        chains = nc;
    }
}
