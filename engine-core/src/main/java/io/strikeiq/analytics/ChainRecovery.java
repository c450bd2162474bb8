package io.strikeiq.analytics;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.state.MarketState;

/**
 * Which per-chain books an engine rebuilds in {@link AnalyticsEngine#recover}: the chain of the
 * event's option (the only book an option tick can have half-updated) or, for a timer or any other
 * event, and for engines that also apply the derivation's re-solved legs of other chains, every
 * chain. One rule, shared, so the engines cannot drift apart on it.
 */
public final class ChainRecovery {
    /** Rebuilds one chain's book from state; engines keep one instance so recovery does not allocate. */
    @FunctionalInterface
    public interface Rebuild {
        void rebuild(int chainIndex);
    }

    private ChainRecovery() {
    }

    /** Rebuilds the affected books among the first {@code chains}; {@code allChains} forces every one. */
    public static void rebuild(final MarketState state, final MarketEvent event, final int chains,
                               final boolean allChains, final Rebuild books) {
        final int c = !allChains && event.type == EventType.OPTION_TICK ? state.chainIndexOf(event.instrumentId) : -1;
        for (int k = 0; k < chains; k++) {
            if (c < 0 || k == c) {
                books.rebuild(k);
            }
        }
    }
}
