package io.strikeiq.pipeline;

import com.lmax.disruptor.Sequence;
import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.signal.SignalSink;

/**
 * Runs the derived per-leg state ({@link LegDerivation}) and then every analytics engine, in the
 * order the wiring computed, on each event after the state stage has applied it. Engines write
 * their signals into this stage's one preallocated {@link SignalBuffer} (at most
 * {@link #SIGNALS_PER_EVENT} per event, the rest counted as dropped) and their other output records
 * straight into the {@link RecordArena}; when the event's work is done its signals are appended to
 * the arena too ({@link ArenaSignal}), so the ring slot carries nothing but the input event. Also fires event-time timers: when an event's time crosses a multiple of
 * the timer interval, the derivation's and every engine's {@code onTimer} run after every engine has
 * handled that event, so a timer sees books and state that both include it (run before, it saw the
 * state of the event but books without it), and what they emit carries that event's provenance. An engine that throws does not stop the others: the error
 * is counted (per engine and for the stage) and the engine rebuilds the books the failed call may
 * have left half-updated ({@link AnalyticsEngine#recover}) before it runs again. With a
 * {@link ServiceTimeProbe} it also times that work per event (events of type NONE, which run
 * nothing, are not recorded).
 */
public final class AnalyticsStage extends PipelineStage {
    /** Signals one event may produce; more are counted in {@link #signalsDropped()}, not published. */
    public static final int SIGNALS_PER_EVENT = SignalBuffer.DEFAULT_CAPACITY;

    private final AnalyticsEngine[] engines;
    private final LegDerivation derivation;
    private final long[] engineErrors;
    private final long timerIntervalNanos;
    private final StageErrors errors;
    private final RecordArena arena;
    private final EventSink sink;
    private final SignalBuffer signals = new SignalBuffer(SIGNALS_PER_EVENT);
    private final ServiceTimeProbe serviceTime;
    private long nextTimerNanos = Long.MIN_VALUE;
    private long processed;
    private long signalsDropped;

    /**
     * @param derivation derived per-leg state run before the engines, or null when no engine reads legs
     * @param engines in the order they run (dependencies first)
     * @param timerIntervalNanos event-time timer period; 0 disables timers
     * @param arena where engines leave output records for the publish stage
     */
    public AnalyticsStage(final LegDerivation derivation, final AnalyticsEngine[] engines, final long timerIntervalNanos,
                          final RecordArena arena, final StageErrors errors) {
        this(derivation, engines, timerIntervalNanos, arena, errors, null);
    }

    /**
     * @param serviceTime times each event's work; null measures nothing
     */
    public AnalyticsStage(final LegDerivation derivation, final AnalyticsEngine[] engines, final long timerIntervalNanos,
                          final RecordArena arena, final StageErrors errors, final ServiceTimeProbe serviceTime) {
        super(Stage.ANALYTICS, errors);
        this.serviceTime = serviceTime;
        this.derivation = derivation;
        this.engines = engines.clone();
        this.engineErrors = new long[engines.length];
        this.timerIntervalNanos = timerIntervalNanos;
        this.errors = errors;
        this.arena = arena;
        this.sink = new EventSink(arena);
    }

    @Override
    protected void process(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        final SignalBuffer signals = this.signals;
        signals.begin(event.sequence, event.eventTimeNanos);
        arena.beginEvent(ringSequence);
        final long droppedBefore = signals.dropped();
        final ServiceTimeProbe probe = serviceTime;
        final long start = probe == null ? 0 : probe.start();
        try {
            runEngines(event, signals);
        } finally {
            signalsDropped += signals.dropped() - droppedBefore;
            appendSignals(signals);
            event.outputRecords = arena.recordsThisEvent();
            if (probe != null && event.type != EventType.NONE) {
                probe.stop(start);
            }
        }
    }

    /** Hands the event's signals, in the order the engines emitted them, to the publish stage. */
    private void appendSignals(final SignalBuffer signals) {
        final RecordArena arena = this.arena;
        final int n = signals.size();
        for (int i = 0; i < n; i++) {
            final int at = arena.tryClaimSignal();
            if (at == OutputRecords.NO_ROOM) {
                // This one event's outputs fill the whole arena: counted, never silently lost.
                signalsDropped++;
            } else {
                ArenaSignal.encode(signals.get(i), arena.buffer(), at);
                arena.commit(at);
            }
        }
        signals.clear();
    }

    /** Events this stage has run the engines on (plain field: read by the counters publisher). */
    public long processed() {
        return processed;
    }

    /** Exceptions thrown by the {@code i}-th engine (in run order); plain field, read by the counters publisher. */
    public long engineErrors(final int i) {
        return engineErrors[i];
    }

    /** The engines in the order this stage runs them. */
    public AnalyticsEngine engine(final int i) {
        return engines[i];
    }

    public int engineCount() {
        return engines.length;
    }

    /** The service-time probe, or null when this stage does not time its work. */
    public ServiceTimeProbe serviceTime() {
        return serviceTime;
    }

    /**
     * Signals lost because one event produced more than {@link #SIGNALS_PER_EVENT}, or because its
     * outputs alone filled the record arena.
     */
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
        if (derivation != null) {
            try {
                derivation.onEvent(event);
            } catch (final Throwable t) {
                // The legs it derives are recomputed when they next tick; engines still run.
                event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
                errors.record(Stage.ANALYTICS, event.sequence, t);
            }
        }
        for (int i = 0; i < engines.length; i++) {
            try {
                engines[i].onEvent(event, sink);
            } catch (final Throwable t) {
                failed(i, event, t);
            }
        }
        if (timerIntervalNanos > 0) {
            if (nextTimerNanos == Long.MIN_VALUE) {
                nextTimerNanos = nextBoundary(now);
            } else if (now >= nextTimerNanos) {
                if (derivation != null) {
                    try {
                        derivation.onTimer(now);
                    } catch (final Throwable t) {
                        event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
                        errors.record(Stage.ANALYTICS, event.sequence, t);
                    }
                }
                for (int i = 0; i < engines.length; i++) {
                    try {
                        engines[i].onTimer(now, sink);
                    } catch (final Throwable t) {
                        failed(i, event, t);
                    }
                }
                nextTimerNanos = nextBoundary(now);
            }
        }
    }

    /** Counts the failure, then lets the engine rebuild what the failed call may have left half-done. */
    private void failed(final int i, final MarketEvent event, final Throwable t) {
        event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
        engineErrors[i]++;
        errors.record(Stage.ANALYTICS, event.sequence, t);
        try {
            engines[i].recover(event);
        } catch (final Throwable again) {
            engineErrors[i]++;
            errors.record(Stage.ANALYTICS, event.sequence, again);
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

    /** What engines write to: the stage's signal buffer and the shared record arena. */
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
