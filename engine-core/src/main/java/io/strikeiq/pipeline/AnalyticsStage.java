package io.strikeiq.pipeline;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalBuffer;

/**
 * Runs every analytics engine on each event after the state stage has applied it, collecting
 * their signals in the event's preallocated {@link SignalBuffer}. Also fires event-time timers:
 * when an event's time crosses a multiple of the timer interval, every engine's
 * {@code onTimer} runs first, and what it emits carries that event's provenance. An engine that
 * throws does not stop the others.
 */
public final class AnalyticsStage extends PipelineStage {
    private final AnalyticsEngine[] engines;
    private final long timerIntervalNanos;
    private final StageErrors errors;
    private long nextTimerNanos = Long.MIN_VALUE;

    /**
     * @param timerIntervalNanos event-time timer period; 0 disables timers
     */
    public AnalyticsStage(final AnalyticsEngine[] engines, final long timerIntervalNanos, final StageErrors errors) {
        super(Stage.ANALYTICS, errors);
        this.engines = engines.clone();
        this.timerIntervalNanos = timerIntervalNanos;
        this.errors = errors;
    }

    @Override
    protected void process(final MarketEvent event, final boolean endOfBatch) {
        final SignalBuffer signals = event.signals;
        signals.begin(event.sequence, event.eventTimeNanos);
        if (event.type == EventType.NONE) {
            return;
        }
        final long now = event.eventTimeNanos;
        if (timerIntervalNanos > 0) {
            if (nextTimerNanos == Long.MIN_VALUE) {
                nextTimerNanos = nextBoundary(now);
            } else if (now >= nextTimerNanos) {
                for (final AnalyticsEngine engine : engines) {
                    try {
                        engine.onTimer(now, signals);
                    } catch (final Throwable t) {
                        event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
                        errors.record(Stage.ANALYTICS, event.sequence, t);
                    }
                }
                nextTimerNanos = nextBoundary(now);
            }
        }
        for (final AnalyticsEngine engine : engines) {
            try {
                engine.onEvent(event, signals);
            } catch (final Throwable t) {
                event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
                errors.record(Stage.ANALYTICS, event.sequence, t);
            }
        }
    }

    private long nextBoundary(final long now) {
        return Math.floorDiv(now, timerIntervalNanos) * timerIntervalNanos + timerIntervalNanos;
    }
}
