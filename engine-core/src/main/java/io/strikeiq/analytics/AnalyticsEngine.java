package io.strikeiq.analytics;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalSink;

import java.util.List;

/**
 * One analytics engine. Called on the analytics stage's single thread after the state stage
 * has applied the event and the derived per-leg state ({@code io.strikeiq.derived.LegDerivation})
 * is up to date, so engines read state without locks; they never write shared state. An engine
 * owns its books per chain or underlying, declares which other engines' results it reads
 * ({@link #reads()}: the wiring runs those first and refuses a cycle or a missing one), runs on
 * event time only and never allocates in {@link #onEvent} or {@link #onTimer}.
 */
public interface AnalyticsEngine {
    /** Reacts to one input event that the state stage has already applied. */
    void onEvent(MarketEvent event, SignalSink sink);

    /**
     * Periodic work on event time: called when event time crosses a multiple of the analytics
     * stage's timer interval, before the event that crossed it is handed to {@link #onEvent}.
     */
    void onTimer(long eventTimeNanos, SignalSink sink);

    /**
     * Called on the analytics thread right after {@link #onEvent} or {@link #onTimer} threw while
     * handling {@code event}: every book the failed call may have left half-updated (the event's
     * chain, or all of them for a timer or an event without a chain) must be rebuilt from state
     * before the engine's results are used again. Engines without incremental books do nothing.
     */
    void recover(MarketEvent event);

    /** Engines whose results this one reads (their classes); read once, at wiring. */
    default List<Class<? extends AnalyticsEngine>> reads() {
        return List.of();
    }
}
