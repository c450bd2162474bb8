package io.strikeiq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PipelineTest {

    /** Emits {@code n} option ticks with event time 1 ms apart. */
    static final class CountingSource implements EventSource {
        private final long n;
        private long i;

        CountingSource(final long n) {
            this.n = n;
        }

        @Override
        public int poll(final MarketEvent slot) {
            if (i >= n) {
                return END;
            }
            slot.type = EventType.OPTION_TICK;
            slot.instrumentId = 7;
            slot.eventTimeNanos = 1_000_000_000_000L + i * 1_000_000L;
            slot.ltp = i;
            i++;
            return FILLED;
        }
    }

    /** Signals on every 10th event, and throws on event 500 to prove a stage survives it. */
    static final class EveryTenth implements AnalyticsEngine {
        @Override
        public void recover(final MarketEvent event) {
            // keeps no books
        }

        long timers;

        @Override
        public void onEvent(final MarketEvent event, final SignalSink sink) {
            if (event.sequence == 500) {
                throw new IllegalStateException("deliberate failure at 500");
            }
            if (event.sequence % 10 == 0) {
                final Signal s = sink.next(99, 1);
                s.value1 = event.ltp;
            }
        }

        @Override
        public void onTimer(final long eventTimeNanos, final SignalSink sink) {
            timers++;
        }
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"BALANCED", "THROUGHPUT", "COMPACT"})
    void everyEventIsJournaledAndEverySignalFollowsItsInput(final Preset preset) {
        final long n = 20_000;
        final AtomicLong journaledUpTo = new AtomicLong(-1);
        final AtomicLong stateUpTo = new AtomicLong(-1);
        final AtomicLong published = new AtomicLong();
        final AtomicReference<String> violation = new AtomicReference<>();
        final EveryTenth engine = new EveryTenth();

        final Pipeline pipeline = Pipeline.builder()
            .preset(preset)
            .threadNamePrefix("test-" + preset.label())
            .inputRecorder(e -> {
                if (e.sequence != journaledUpTo.get() + 1) {
                    violation.compareAndSet(null, "journal out of order at " + e.sequence);
                }
                journaledUpTo.set(e.sequence);
            })
            .stateUpdater(e -> stateUpTo.set(e.sequence))
            .engine(engine)
            .timerIntervalNanos(1_000_000_000L)
            .signalRecorder(s -> {
                if (journaledUpTo.get() < s.inputSequence) {
                    violation.compareAndSet(null, "signal of seq " + s.inputSequence + " published before it was journaled");
                }
                if (s.value1 != s.inputSequence) {
                    violation.compareAndSet(null, "provenance mismatch at " + s.inputSequence);
                }
                published.incrementAndGet();
            })
            .build();
        pipeline.start();
        final long sent = pipeline.feedDriver().run(new CountingSource(n), 0, 0);
        pipeline.close();

        assertEquals(n, sent);
        assertEquals(n - 1, journaledUpTo.get(), "every event journaled");
        assertEquals(n - 1, stateUpTo.get(), "every event applied");
        assertEquals(n, pipeline.eventsJournaled());
        // One signal per 10th event, except event 500 whose engine threw before emitting.
        assertEquals(n / 10 - 1, published.get());
        assertEquals(null, violation.get());
        assertEquals(1, pipeline.errors().count(Stage.ANALYTICS), "the deliberate failure was counted");
        assertTrue(pipeline.errors().report().contains("input seq 500"));
        // 20,000 events 1 ms apart span 20 s of event time: a timer per second after the first.
        assertEquals(19, engine.timers);
        assertEquals(n, pipeline.latency().histogram().getTotalCount());
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"BALANCED", "COMPACT"})
    void closeDrainsEverythingAlreadyInTheRing(final Preset preset) {
        final AtomicLong journaled = new AtomicLong();
        final Pipeline pipeline = Pipeline.builder()
            .preset(preset)
            .inputRecorder(e -> {
                journaled.incrementAndGet();
                java.util.concurrent.locks.LockSupport.parkNanos(2_000); // a slow disk
            })
            .build();
        pipeline.start();
        final FeedDriver driver = pipeline.feedDriver();
        final long sent = driver.run(new CountingSource(5_000), 0, 0);
        // The feed returns as soon as the last event is in the ring; most are still queued.
        pipeline.close();
        assertEquals(sent, journaled.get());
    }
}
