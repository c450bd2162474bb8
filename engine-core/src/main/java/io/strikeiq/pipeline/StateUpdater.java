package io.strikeiq.pipeline;

import io.strikeiq.event.MarketEvent;

/** Applies one input event to the market state; called only on the state stage's thread. */
@FunctionalInterface
public interface StateUpdater {
    void apply(MarketEvent event);
}
