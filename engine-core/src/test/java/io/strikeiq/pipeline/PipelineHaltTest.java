package io.strikeiq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.InputJournalWriter;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A journal that cannot take another record (disk full: Chronicle's mapped write faults and the
 * JVM throws {@code InternalError}) halts the pipeline at that event: the feed stops by itself,
 * the input journal holds exactly the events before it, and no signal is published for that
 * event or any later one. Runs through the real {@link Pipeline} and a real input journal.
 */
class PipelineHaltTest {
    /** Far more than any run below publishes: the feed must stop because of the halt, not the source. */
    private static final long ENDLESS = 50_000_000L;

    @TempDir
    Path dir;

    /** One signal per event, carrying the event's sequence, so provenance is checkable. */
    static final class SignalPerEvent implements AnalyticsEngine {
        @Override
        public void recover(final MarketEvent event) {
            // keeps no books
        }

        @Override
        public void onEvent(final MarketEvent event, final SignalSink sink) {
            final Signal s = sink.next(99, 1);
            s.value1 = event.sequence;
        }

        @Override
        public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        }
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"BALANCED", "THROUGHPUT", "COMPACT"})
    void aFailedInputAppendStopsTheFeedAndNothingUnjournaledIsPublished(final Preset preset) {
        final long failAt = 12_345;
        final AtomicLong published = new AtomicLong();
        final AtomicLong highestProvenance = new AtomicLong(-1);
        final long sent;
        final Pipeline pipeline;
        try (InputJournalWriter writer = InputJournalWriter.open(dir)) {
            pipeline = Pipeline.builder()
                .preset(preset)
                .threadNamePrefix("halt-" + preset.label())
                .inputRecorder(e -> {
                    if (e.sequence == failAt) {
                        throw new InternalError("a fault occurred in an unsafe memory access operation (simulated disk full)");
                    }
                    writer.append(e);
                })
                .engine(new SignalPerEvent())
                .signalRecorder(s -> {
                    published.incrementAndGet();
                    highestProvenance.accumulateAndGet(s.inputSequence, Math::max);
                })
                .build();
            pipeline.start();
            sent = pipeline.feedDriver().run(new PipelineTest.CountingSource(ENDLESS), 0, 0);
            pipeline.close();
        }

        // The journal stage was at most a ring behind the feed when it failed; the feed stops one event later.
        assertTrue(sent > failAt && sent <= failAt + preset.ringSize() + 1, "feed stopped by the halt after " + sent);
        assertTrue(pipeline.halt().halted());
        assertEquals(failAt, pipeline.halt().firstUnjournaled());
        assertEquals(failAt, pipeline.eventsJournaled());
        assertEquals(failAt, published.get(), "a signal for every journaled event, none for the rest");
        assertEquals(failAt - 1, highestProvenance.get());
        final String reason = pipeline.halt().reason();
        assertTrue(reason.startsWith("input journal append failed at input seq 12345: java.lang.InternalError: a fault"), reason);
        assertTrue(!reason.contains("\n"), "one line: " + reason);

        long records = 0;
        final MarketEvent slot = new MarketEvent();
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            while (true) {
                slot.clear();
                if (reader.poll(slot) != EventSource.FILLED) {
                    break;
                }
                assertEquals(records, slot.sequence);
                records++;
            }
        }
        assertEquals(failAt, records, "the input journal reads back exactly the events before the failure");
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"BALANCED", "COMPACT"})
    void aFailedOutputAppendStopsTheFeedWhileTheInputJournalTakesTheRing(final Preset preset) {
        final long failAt = 5_000;
        final AtomicLong journaled = new AtomicLong();
        final AtomicLong published = new AtomicLong();
        final AtomicLong attempts = new AtomicLong();
        final Pipeline pipeline = Pipeline.builder()
            .preset(preset)
            .inputRecorder(e -> journaled.incrementAndGet())
            .engine(new SignalPerEvent())
            .signalRecorder(s -> {
                attempts.incrementAndGet();
                if (s.inputSequence == failAt) {
                    throw new IllegalStateException("Unable to map the output cycle file (simulated)");
                }
                published.incrementAndGet();
            })
            .build();
        pipeline.start();
        final long sent = pipeline.feedDriver().run(new PipelineTest.CountingSource(ENDLESS), 0, 0);
        pipeline.close();

        assertTrue(sent > failAt && sent <= failAt + preset.ringSize() + 1, "feed stopped by the halt after " + sent);
        assertTrue(pipeline.halt().halted());
        assertEquals(Long.MAX_VALUE, pipeline.halt().firstUnjournaled(), "the input journal did not fail");
        assertEquals(sent, journaled.get(), "every event that reached the ring is still journaled");
        assertEquals(sent, pipeline.eventsJournaled());
        assertEquals(failAt, published.get());
        assertEquals(failAt + 1, attempts.get(), "the failed output is not retried on every later event");
        assertTrue(pipeline.halt().reason().startsWith(
            "output journal append failed at input seq 5000: java.lang.IllegalStateException: Unable to map"), pipeline.halt().reason());
    }
}
