package io.strikeiq.bench;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.pipeline.AnalyticsStage;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.wiring.EngineComponents;
import io.strikeiq.pipeline.FusedStage;
import io.strikeiq.pipeline.JournalStage;
import io.strikeiq.pipeline.LatencyProbe;
import io.strikeiq.pipeline.ServiceTimeProbe;
import io.strikeiq.pipeline.PublishStage;
import io.strikeiq.pipeline.RecordArena;
import io.strikeiq.pipeline.SendSchedule;
import io.strikeiq.pipeline.StageErrors;
import io.strikeiq.pipeline.StateStage;
import io.strikeiq.signal.SignalListener;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The classic-queue baseline the Disruptor pipeline is compared with: the same journals, state,
 * engines and stage objects as {@link io.strikeiq.wiring.JournaledEngine} with the
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
    private final EngineComponents parts;
    private final FusedStage stages;
    private final StageErrors errors = new StageErrors();
    private final LatencyProbe latency = new LatencyProbe();
    private final ServiceTimeProbe serviceTime = new ServiceTimeProbe();
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
        // The very engines JournaledEngine puts on the Disruptor, in the same order.
        parts = new EngineComponents(journalDir, settings);
        final RecordArena arena = new RecordArena(RecordArena.DEFAULT_CAPACITY);
        stages = new FusedStage(
            new JournalStage(parts.input()::append, errors),
            new StateStage(parts.state()::apply, errors),
            new AnalyticsStage(parts.derivation(), parts.engines(), settings.timerIntervalNanos(), arena, errors,
                serviceTime),
            publish = new PublishStage(parts.signals()::append, parts.records()::appendEncoded, arena, listeners,
                latency, errors));
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
        final SendSchedule schedule = new SendSchedule(ratePerSecond);
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
                e.publishNanos = schedule.awaitSlot(count);
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
    public Histogram serviceTime() {
        return serviceTime.timings().sinceStart();
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
            parts.close();
        }
    }
}
