package io.strikeiq.bench;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.analytics.PcrEngine;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.journal.InputJournalWriter;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.pipeline.AnalyticsStage;
import io.strikeiq.pipeline.EngineSettings;
import io.strikeiq.pipeline.FusedStage;
import io.strikeiq.pipeline.JournalStage;
import io.strikeiq.pipeline.LatencyProbe;
import io.strikeiq.pipeline.PublishStage;
import io.strikeiq.pipeline.RecordArena;
import io.strikeiq.pipeline.StageErrors;
import io.strikeiq.pipeline.StateStage;
import io.strikeiq.signal.SignalListener;
import io.strikeiq.state.MarketState;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The classic-queue baseline the Disruptor pipeline is compared with: the same journals, state,
 * engines and stage objects as {@link io.strikeiq.pipeline.JournaledEngine} with the
 * {@code compact} preset (journal, state, analytics, publish in order on one consumer thread), but
 * the hand-off is a pair of {@link ArrayBlockingQueue}s instead of a ring. A fixed pool of
 * preallocated {@link MarketEvent}s circulates: the producer takes an empty one from
 * {@code free}, fills it and puts it on {@code full}; the consumer takes it, runs the stages and
 * gives it back to {@code free}. So the baseline neither allocates events nor copies them twice,
 * and its capacity equals the ring size; what differs is only the lock-and-condition hand-off of
 * {@code ArrayBlockingQueue} (two lock round trips per event per side, parking when empty or full)
 * versus the Disruptor's sequence barriers.
 */
public final class AbqPipeline implements MeasuredPipeline {
    private final ArrayBlockingQueue<MarketEvent> free;
    private final ArrayBlockingQueue<MarketEvent> full;
    private final MarketEvent stop = new MarketEvent();
    private final InputJournalWriter input;
    private final OutputJournalWriter output;
    private final InstrumentRegistry registry;
    private final FusedStage stages;
    private final StageErrors errors = new StageErrors();
    private final LatencyProbe latency = new LatencyProbe();
    private final PublishStage publish;
    private final AtomicLong processed = new AtomicLong();
    private final Thread consumer;
    private long produced;
    private long nextSequence;
    private boolean closed;

    /** Opens the journals in {@code journalDir} and builds the stages; call {@link #start()} before feeding. */
    public AbqPipeline(final Path journalDir, final EngineSettings settings, final int capacity,
                       final SignalListener... listeners) {
        free = new ArrayBlockingQueue<>(capacity);
        full = new ArrayBlockingQueue<>(capacity + 1);
        for (int i = 0; i < capacity; i++) {
            free.add(new MarketEvent());
        }
        input = InputJournalWriter.open(journalDir);
        output = OutputJournalWriter.open(journalDir);
        registry = new InstrumentRegistry(JournalLayout.instrumentsFile(journalDir));
        final MarketState state = new MarketState(registry);
        final AnalyticsEngine[] engines = {
            new PcrEngine(state, settings.pcr()), new MaxPainEngine(state, settings.maxPain())};
        final RecordArena arena = new RecordArena(RecordArena.DEFAULT_CAPACITY);
        stages = new FusedStage(
            new JournalStage(input::append, errors),
            new StateStage(state::apply, errors),
            new AnalyticsStage(engines, settings.timerIntervalNanos(), arena, errors),
            publish = new PublishStage(output::append, output::appendEncoded, arena, listeners, latency, errors));
        consumer = new Thread(this::consume, "strikeiq-abq-consumer");
        consumer.setDaemon(true);
    }

    public void start() {
        consumer.start();
    }

    private void consume() {
        long n = 0;
        try {
            while (true) {
                final MarketEvent e = full.take();
                if (e == stop) {
                    return;
                }
                stages.onEvent(e, n, true);
                processed.lazySet(++n);
                free.put(e);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Feeds events exactly as {@link io.strikeiq.pipeline.FeedDriver#run} does: as fast as the
     * queue accepts, or paced with each event stamped with its intended send time.
     *
     * @return events handed over
     */
    @Override
    public long run(final EventSource source, final long maxEvents, final double ratePerSecond) {
        final boolean paced = ratePerSecond > 0;
        final double intervalNanos = paced ? 1e9 / ratePerSecond : 0;
        final long startNanos = System.nanoTime();
        final long limit = maxEvents <= 0 ? Long.MAX_VALUE : maxEvents;
        long count = 0;
        try {
            while (count < limit) {
                final MarketEvent e = free.take();
                int r;
                do {
                    e.clear();
                    r = source.poll(e);
                } while (r == EventSource.IDLE);
                if (r != EventSource.FILLED) {
                    free.put(e);
                    break;
                }
                e.sequence = nextSequence++;
                if (paced) {
                    final long intended = startNanos + (long) (count * intervalNanos);
                    waitUntil(intended);
                    e.publishNanos = intended;
                } else {
                    e.publishNanos = System.nanoTime();
                }
                full.put(e);
                count++;
            }
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while feeding the ArrayBlockingQueue pipeline", ex);
        }
        produced += count;
        return count;
    }

    private static void waitUntil(final long deadline) {
        long now;
        while ((now = System.nanoTime()) < deadline) {
            if (deadline - now > 100_000) {
                LockSupport.parkNanos(deadline - now - 50_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** Waits (yielding) until the consumer has processed everything fed so far. */
    @Override
    public void awaitDrained() {
        while (processed.get() < produced) {
            Thread.yield();
        }
    }

    @Override
    public Histogram latency() {
        return latency.histogram();
    }

    @Override
    public long signalsPublished() {
        return publish.signalsPublished();
    }

    @Override
    public StageErrors errors() {
        return errors;
    }

    /** Drains, stops the consumer, then closes the journals and the registry. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (consumer.isAlive()) {
                awaitDrained();
                stop.type = EventType.NONE;
                full.put(stop);
                consumer.join();
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                output.close();
            } finally {
                try {
                    input.close();
                } finally {
                    registry.close();
                }
            }
        }
    }
}
