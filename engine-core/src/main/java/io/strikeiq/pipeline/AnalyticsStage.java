package io.strikeiq.pipeline;

import com.lmax.disruptor.Sequence;
import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.signal.SignalSink;

/**
 * Runs every analytics engine on each event after the state stage has applied it, collecting
 * their signals in the event's preallocated {@link SignalBuffer} and their other output records
 * in the {@link RecordArena}. Also fires event-time timers:
 * when an event's time crosses a multiple of the timer interval, every engine's
 * {@code onTimer} runs first, and what it emits carries that event's provenance. An engine that
 * throws does not stop the others.
 */
public final class AnalyticsStage extends PipelineStage {
    private final AnalyticsEngine[] engines;
    private final long timerIntervalNanos;
    private final StageErrors errors;
    private final RecordArena arena;
    private final EventSink sink;
    private long nextTimerNanos = Long.MIN_VALUE;
    private long processed;
    private long signalsDropped;

    /**
     * @param timerIntervalNanos event-time timer period; 0 disables timers
     * @param arena where engines leave output records for the publish stage
     */
    public AnalyticsStage(final AnalyticsEngine[] engines, final long timerIntervalNanos, final RecordArena arena,
                          final StageErrors errors) {
        super(Stage.ANALYTICS, errors);
        this.engines = engines.clone();
        this.timerIntervalNanos = timerIntervalNanos;
        this.errors = errors;
        this.arena = arena;
        this.sink = new EventSink(arena);
    }

    @Override
    protected void process(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        final SignalBuffer signals = event.signals;
        signals.begin(event.sequence, event.eventTimeNanos);
        arena.beginEvent(ringSequence);
        final long droppedBefore = signals.dropped();
        try {
            runEngines(event, signals);
        } finally {
            event.outputRecords = arena.recordsThisEvent();
            signalsDropped += signals.dropped() - droppedBefore;
        }
    }

    /** Events this stage has run the engines on (plain field: read by the counters publisher). */
    public long processed() {
        return processed;
    }

    /** Signals lost because one event produced more than its signal buffer holds. */
    public long signalsDropped() {
        return signalsDropped;
    }

    private void runEngines(final MarketEvent event, final SignalBuffer signals) {
        if (event.type == EventType.NONE) {
            return;
        }
        processed++;
        final EventSink sink = this.sink;
        sink.signals = signals;
        final long now = event.eventTimeNanos;
        if (timerIntervalNanos > 0) {
            if (nextTimerNanos == Long.MIN_VALUE) {
                nextTimerNanos = nextBoundary(now);
            } else if (now >= nextTimerNanos) {
                for (final AnalyticsEngine engine : engines) {
                    try {
                        engine.onTimer(now, sink);
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
                engine.onEvent(event, sink);
            } catch (final Throwable t) {
                event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
                errors.record(Stage.ANALYTICS, event.sequence, t);
            }
        }
    }

    /**
     * The Disruptor hands this thread's progress counter over; the arena uses it to release the
     * events already processed in the current batch when it must wait for the publish stage.
     */
    @Override
    public void setSequenceCallback(final Sequence sequenceCallback) {
        arena.progress(sequenceCallback);
    }

    private long nextBoundary(final long now) {
        return Math.floorDiv(now, timerIntervalNanos) * timerIntervalNanos + timerIntervalNanos;
    }

    /** What engines write to: the event's signal buffer and the shared record arena. */
    private static final class EventSink implements SignalSink {
        private final RecordArena arena;
        private SignalBuffer signals;

        EventSink(final RecordArena arena) {
            this.arena = arena;
        }

        @Override
        public Signal next(final int engine, final int signalType) {
            return signals.next(engine, signalType);
        }

        @Override
        public OutputRecords records() {
            return arena;
        }
    }
}
