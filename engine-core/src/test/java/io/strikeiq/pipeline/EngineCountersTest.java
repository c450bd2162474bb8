package io.strikeiq.pipeline;

import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.wiring.JournaledEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.counters.CountersFileException;
import io.strikeiq.counters.CountersView;
import io.strikeiq.counters.EngineCounters;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counters file is readable by a separate reader while the engine runs and after it stops,
 * and its values match what was fed: a real {@link JournaledEngine} on a temp folder, read back
 * through {@link CountersView} (a fresh mapping each time, as another process would).
 */
class EngineCountersTest {
    @TempDir
    Path dir;

    @Test
    void countersFollowARealEngineWhileItRunsAndAfterItStops() {
        // The registry is empty, so every option tick names an unknown instrument.
        final long n = 20_000;
        try (JournaledEngine engine = new JournaledEngine(dir, EngineSettings.defaults().withPreset(Preset.COMPACT))) {
            final FeedDriver driver = engine.start();
            assertEquals(n, driver.run(new PipelineTest.CountingSource(n), 0, 0));
            engine.pipeline().awaitDrained();
            // Still running: the publisher refreshes the file within a period.
            awaitCounter("events journaled", n);
            final CountersView live = CountersView.read(dir);
            assertEquals(n, live.value("events in (published by the feed)"));
            assertEquals(n, live.value("events processed (analytics)"));
            assertEquals(n, live.value("unknown instrument events"));
            assertEquals(ProcessHandle.current().pid(), live.writerPid());
        }
        final CountersView after = CountersView.read(dir);
        assertEquals(n, after.value("events journaled"));
        assertEquals(n, after.value("unknown instrument events"));
        assertEquals(0, after.value("signals written"), "unknown instruments produce no signal");
        assertEquals(0, after.value("stage errors: analytics"));
        assertEquals(0, after.value("engine halted (journal append failed)"));
        assertEquals(Preset.COMPACT.ringSize(), after.value("ring remaining capacity"), "a drained ring is empty");
        assertTrue(after.errors().isEmpty());
    }

    /** Throws on every event whose sequence is a multiple of 1000 and signals on every tenth. */
    static final class FailsEveryThousandth implements AnalyticsEngine {
        @Override
        public void recover(final MarketEvent event) {
            // keeps no books
        }

        @Override
        public void onEvent(final MarketEvent event, final SignalSink sink) {
            if (event.sequence % 1000 == 0) {
                throw new IllegalStateException("deliberate failure");
            }
            if (event.sequence % 10 == 0) {
                final Signal s = sink.next(99, 1);
                s.value1 = event.sequence;
            }
        }

        @Override
        public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        }
    }

    @Test
    void aThrowingEngineIsCountedAndItsErrorIsInTheDistinctLog() {
        final long n = 5_000; // sequences 0..4999: 5 failures (0, 1000, ..., 4000)
        final Pipeline pipeline = Pipeline.builder().preset(Preset.COMPACT).threadNamePrefix("counters-test")
            .engine(new FailsEveryThousandth()).build();
        final EngineCounters counters = EngineCounters.create(dir);
        pipeline.registerCounters(counters);
        pipeline.start();
        counters.start(JournaledEngine.COUNTERS_PERIOD_MILLIS);
        pipeline.feedDriver().run(new PipelineTest.CountingSource(n), 0, 0);
        pipeline.close();
        counters.close();

        final CountersView view = CountersView.read(dir);
        assertEquals(5, view.value("stage errors: analytics"));
        assertEquals(0, view.value("stage errors: journal"));
        // Tenths that did not throw: 500 multiples of ten minus the 5 multiples of 1000.
        assertEquals(495, view.value("signals written"));
        assertEquals(1, view.errors().size(), "one distinct error");
        final CountersView.ErrorEntry e = view.errors().get(0);
        assertEquals("java.lang.IllegalStateException: deliberate failure", e.firstLine());
        assertTrue(e.observations() >= 1 && e.observations() <= 5, "observed " + e.observations());
        assertTrue(e.firstMillis() <= e.lastMillis() && e.firstMillis() > 0);
    }

    @Test
    void aFolderWithoutCountersIsReportedInOneLine() {
        final CountersFileException e = assertThrows(CountersFileException.class, () -> CountersView.read(dir));
        assertTrue(e.getMessage().startsWith("no counters file in "), e.getMessage());
    }

    private void awaitCounter(final String label, final long expected) {
        final long deadline = System.nanoTime() + 10_000_000_000L;
        final LongSupplier value = () -> CountersView.read(dir).value(label);
        long seen = value.getAsLong();
        while (seen != expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            seen = value.getAsLong();
        }
        assertEquals(expected, seen, label + " while the engine runs");
    }
}
