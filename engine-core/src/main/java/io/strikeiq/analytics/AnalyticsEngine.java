package io.strikeiq.analytics;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalSink;

/**
 * One analytics engine. Called on the analytics stage's single thread after the state stage
 * has applied the event, so engines read up-to-date state without locks. Implementations own
 * their state, run on event time only and never allocate in {@link #onEvent} or
 * {@link #onTimer}.
 */
public interface AnalyticsEngine {
    /** Reacts to one input event that the state stage has already applied. */
    void onEvent(MarketEvent event, SignalSink sink);

    /**
     * Periodic work on event time: called when event time crosses a multiple of the analytics
     * stage's timer interval, before the event that crossed it is handed to {@link #onEvent}.
     */
    void onTimer(long eventTimeNanos, SignalSink sink);
}
