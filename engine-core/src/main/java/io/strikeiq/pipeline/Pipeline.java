package io.strikeiq.pipeline;

import static io.strikeiq.counters.MetricName.counter;
import static io.strikeiq.counters.MetricName.gauge;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.counters.EngineCounters;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The Disruptor pipeline: one ring of preallocated {@link MarketEvent} slots, a single producer
 * (the feed thread, see {@link FeedDriver}) and the four stages laid out on threads as the
 * {@link Preset} says. {@link #close()} drains every event already in the ring through all
 * stages before it returns, so nothing that reached the ring is lost from the input journal.
 * The pipeline does not own the journals; whoever opened them closes them after this. A failed
 * journal append {@linkplain PipelineHalt halts} it: the feed stops and nothing whose input was
 * not journaled is published.
 */
public final class Pipeline implements AutoCloseable {
    private final Preset preset;
    private final Disruptor<MarketEvent> disruptor;
    private final PipelineThreads threads;
    private final StageErrors errors = new StageErrors();
    private final PipelineHalt halt = new PipelineHalt();
    private final LatencyProbe latency = new LatencyProbe();
    private final JournalStage journalStage;
    private final PublishStage publishStage;
    private final AnalyticsStage analyticsStage;
    private final RecordArena arena;
    private final CountDownLatch consumersStarted;
    private volatile RingBuffer<MarketEvent> ring;
    private PayloadRing payloads;
    private boolean closed;

    private Pipeline(final Builder b) {
        this.preset = b.preset;
        this.threads = new PipelineThreads(b.threadNamePrefix);
        this.disruptor = new Disruptor<>(MarketEvent::ringSlot, preset.ringSize(), threads, ProducerType.SINGLE,
            preset.newWaitStrategy());
        disruptor.setDefaultExceptionHandler(new ReportingExceptionHandler(errors));
        consumersStarted = new CountDownLatch(preset.layout().consumerThreads());

        journalStage = new JournalStage(b.inputRecorder, errors, halt);
        final StateStage state = new StateStage(b.stateUpdater, errors);
        arena = new RecordArena(b.recordArenaCapacity);
        final AnalyticsStage analytics = new AnalyticsStage(b.derivation,
            b.engines.toArray(new AnalyticsEngine[0]), b.timerIntervalNanos, arena, errors,
            b.measureServiceTime ? new ServiceTimeProbe() : null);
        analyticsStage = analytics;
        publishStage = new PublishStage(b.signalRecorder, b.recordRecorder, arena,
            b.listeners.toArray(new SignalListener[0]), latency, errors, halt);

        switch (preset.layout()) {
            case PARALLEL: {
                final StartLatchHandler j = started(journalStage);
                final StartLatchHandler sa = started(new FusedStage(state, analytics));
                disruptor.handleEventsWith(j, sa);
                disruptor.after(j, sa).handleEventsWith(started(publishStage));
                break;
            }
            case PIPELINED:
                // Publishing happens inside the fused handler, so it must wait for the journal:
                // the fused thread follows the journal stage rather than running beside it.
                disruptor.handleEventsWith(started(journalStage))
                    .then(started(new FusedStage(state, analytics, publishStage)));
                break;
            case SINGLE_THREAD:
                disruptor.handleEventsWith(started(new FusedStage(journalStage, state, analytics, publishStage)));
                break;
            default:
                throw new IllegalStateException("layout " + preset.layout());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private StartLatchHandler started(final EventHandler<MarketEvent> handler) {
        return new StartLatchHandler(handler, consumersStarted);
    }

    /** Starts the consumer threads and waits until they run; returns the ring to publish into. */
    public RingBuffer<MarketEvent> start() {
        ring = disruptor.start();
        try {
            if (!consumersStarted.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("pipeline consumer threads did not start within 30 s");
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the pipeline", e);
        }
        return ring;
    }

    public RingBuffer<MarketEvent> ring() {
        return ring;
    }

    /** A producer for this pipeline's ring (call after {@link #start()}). */
    public FeedDriver feedDriver() {
        if (ring == null) {
            throw new IllegalStateException("pipeline not started");
        }
        if (payloads == null) {
            // One store per pipeline: drivers run one after another and share its gating.
            payloads = new PayloadRing(ring, PayloadRing.DEFAULT_CAPACITY);
        }
        return new FeedDriver(ring, halt, payloads);
    }

    public Preset preset() {
        return preset;
    }

    public StageErrors errors() {
        return errors;
    }

    /** Whether (and why) a journal failure stopped this pipeline; see {@link PipelineHalt}. */
    public PipelineHalt halt() {
        return halt;
    }

    public LatencyProbe latency() {
        return latency;
    }

    /** Per-event analytics service time, or null unless the builder asked for it ({@link Builder#measureServiceTime}). */
    public ServiceTimeProbe serviceTime() {
        return analyticsStage.serviceTime();
    }

    public long eventsJournaled() {
        return journalStage.journaled();
    }

    public long signalsPublished() {
        return publishStage.signalsPublished();
    }

    /** Signals lost because one event produced more than the per-event limit, or its outputs filled the arena. */
    public long signalsDropped() {
        return analyticsStage.signalsDropped();
    }

    /** Output records other than signals (snapshots ...) appended so far. */
    public long recordsPublished() {
        return publishStage.recordsPublished();
    }

    /** Output records lost because a single event produced more than the record arena holds. */
    public long recordsDropped() {
        return arena.dropped();
    }

    /**
     * Registers this pipeline's counters and error sources with {@code counters}: the stages'
     * own plain fields, sampled by the counters publisher off the pipeline threads.
     */
    public void registerCounters(final EngineCounters counters) {
        counters.add("events journaled", counter("strikeiq_events_journaled"), journalStage::journaled);
        counters.add("events processed (analytics)", counter("strikeiq_events_processed"), analyticsStage::processed);
        counters.add("events published (output stage)", counter("strikeiq_events_published"), publishStage::eventsSeen);
        counters.add("signals written", counter("strikeiq_signals_written"), publishStage::signalsPublished);
        counters.add("signals dropped (per-event limit or arena full)", counter("strikeiq_signals_dropped"), analyticsStage::signalsDropped);
        counters.add("records written", counter("strikeiq_records_written"), publishStage::recordsPublished);
        counters.add("records dropped (record arena full)", counter("strikeiq_records_dropped"), arena::dropped);
        for (final Stage stage : Stage.values()) {
            counters.add("stage errors: " + stage.label(), counter("strikeiq_stage_errors").label("stage", stage.label()),
                () -> errors.count(stage));
            counters.addErrorSource(() -> errors.latest(stage));
        }
        for (int i = 0; i < analyticsStage.engineCount(); i++) {
            final int engine = i;
            final String name = analyticsStage.engine(i).getClass().getSimpleName();
            counters.add("engine errors: " + name, counter("strikeiq_engine_errors").label("engine", name),
                () -> analyticsStage.engineErrors(engine));
        }
        counters.add("engine halted (journal append failed)", gauge("strikeiq_engine_halted"), () -> halt.halted() ? 1 : 0);
        counters.addErrorSource(halt::cause);
        counters.add("ring size", gauge("strikeiq_ring_size"), preset::ringSize);
        counters.add("ring remaining capacity", gauge("strikeiq_ring_remaining_capacity"),
            () -> ring == null ? preset.ringSize() : ring.remainingCapacity());
    }

    /** Consumer threads, for allocation and CPU accounting. */
    public List<Thread> threads() {
        return new ArrayList<>(threads.threads());
    }

    /**
     * Waits (yielding) until every event published so far has passed every stage, without
     * stopping the pipeline: tests and benchmarks use it to read counters at a quiet point.
     */
    public void awaitDrained() {
        while (ring.getMinimumGatingSequence() < ring.getCursor()) {
            Thread.yield();
        }
    }

    /** Waits until every published event has passed every stage, then stops the threads. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ring != null) {
            disruptor.shutdown();
        }
    }

    /** Wiring for a pipeline; every collaborator is injected so tests and benchmarks swap them. */
    public static final class Builder {
        private Preset preset = Preset.COMPACT;
        private InputRecorder inputRecorder = e -> { };
        private StateUpdater stateUpdater = e -> { };
        private final List<AnalyticsEngine> engines = new ArrayList<>();
        private LegDerivation derivation;
        private SignalRecorder signalRecorder = s -> { };
        private RecordRecorder recordRecorder = (buffer, offset, length) -> { };
        private int recordArenaCapacity = RecordArena.DEFAULT_CAPACITY;
        private final List<SignalListener> listeners = new ArrayList<>();
        private long timerIntervalNanos = 1_000_000_000L;
        private String threadNamePrefix = "strikeiq";
        private boolean measureServiceTime;

        public Builder preset(final Preset value) {
            preset = Objects.requireNonNull(value);
            return this;
        }

        public Builder inputRecorder(final InputRecorder value) {
            inputRecorder = Objects.requireNonNull(value);
            return this;
        }

        public Builder stateUpdater(final StateUpdater value) {
            stateUpdater = Objects.requireNonNull(value);
            return this;
        }

        /** The derived per-leg state the analytics stage runs before the engines (none by default). */
        public Builder derivation(final LegDerivation value) {
            derivation = Objects.requireNonNull(value);
            return this;
        }

        /** Adds an engine; engines run in the order added (the composition root adds them dependencies first). */
        public Builder engine(final AnalyticsEngine value) {
            engines.add(Objects.requireNonNull(value));
            return this;
        }

        public Builder signalRecorder(final SignalRecorder value) {
            signalRecorder = Objects.requireNonNull(value);
            return this;
        }

        public Builder recordRecorder(final RecordRecorder value) {
            recordRecorder = Objects.requireNonNull(value);
            return this;
        }

        /** Bytes of the analytics-to-publish record arena (a power of two; default 4 MiB). */
        public Builder recordArenaCapacity(final int value) {
            if (Integer.bitCount(value) != 1) {
                throw new IllegalArgumentException("record arena capacity must be a power of two: " + value);
            }
            recordArenaCapacity = value;
            return this;
        }

        public Builder listener(final SignalListener value) {
            listeners.add(Objects.requireNonNull(value));
            return this;
        }

        /** Event-time period of the analytics timers; 0 disables them. */
        public Builder timerIntervalNanos(final long value) {
            if (value < 0) {
                throw new IllegalArgumentException("timer interval must be >= 0");
            }
            timerIntervalNanos = value;
            return this;
        }

        /**
         * Times the analytics stage's work on each event ({@link Pipeline#serviceTime()}): two
         * clock reads and an allocation-free histogram record per event; off by default.
         */
        public Builder measureServiceTime(final boolean value) {
            measureServiceTime = value;
            return this;
        }

        public Builder threadNamePrefix(final String value) {
            threadNamePrefix = Objects.requireNonNull(value);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }

    /** Backstop for failures outside a stage's own guard (start/shutdown hooks); never halts. */
    private static final class ReportingExceptionHandler implements ExceptionHandler<MarketEvent> {
        private final StageErrors errors;

        ReportingExceptionHandler(final StageErrors errors) {
            this.errors = errors;
        }

        @Override
        public void handleEventException(final Throwable ex, final long sequence, final MarketEvent event) {
            event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
            errors.record(Stage.PUBLISH, event.sequence, ex);
        }

        @Override
        public void handleOnStartException(final Throwable ex) {
            errors.record(Stage.JOURNAL, -1, ex);
        }

        @Override
        public void handleOnShutdownException(final Throwable ex) {
            errors.record(Stage.JOURNAL, -1, ex);
        }
    }
}
