package io.strikeiq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.SignalSink;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Output records travel from the analytics stage to the publish stage through the record arena:
 * in event order, after the event's signals, never dropped because the publish thread is behind
 * (a small arena forces the analytics thread to wait), and dropped — counted — only when one
 * event alone produces more than the arena holds.
 */
class RecordArenaPipelineTest {
    private static final int ARENA = 64 * 1024;
    /** What the oversized event kept under the first layout run; every layout must keep the same. */
    private static final AtomicLong KEPT_BY_OVERSIZED_EVENT = new AtomicLong(-1);

    /** Event n writes (n % 7) records of 64..400 bytes carrying (sequence, ordinal); event 999 overflows. */
    static final class RecordWriter implements AnalyticsEngine {
        @Override
        public void recover(final MarketEvent event) {
            // keeps no books
        }

        final java.util.List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void onEvent(final MarketEvent event, final SignalSink sink) {
            if (event.sequence % 50 == 0) {
                sink.next(1, 1).value1 = event.sequence;
            }
            final OutputRecords out = sink.records();
            final int n = event.sequence == 999 ? 2_000 : (int) (event.sequence % 7);
            for (int i = 0; i < n; i++) {
                final int length = 64 + (int) ((event.sequence * 31 + i * 17) % 337);
                final int at = out.tryClaim(22, length);
                if (at == OutputRecords.NO_ROOM) {
                    refused.add(event.sequence + "#" + i);
                    return;
                }
                out.buffer().putLong(at, event.sequence);
                out.buffer().putInt(at + 8, i);
                out.buffer().putInt(at + 12, length);
                out.commit(at);
            }
        }

        @Override
        public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        }
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"BALANCED", "THROUGHPUT", "COMPACT"})
    void recordsArriveInOrderAfterTheirEventsSignalsAndOnlyAnOversizedEventLosesAny(final Preset preset) {
        final long n = 5_000;
        final AtomicLong expectedSeq = new AtomicLong(0);
        final AtomicLong expectedOrdinal = new AtomicLong(0);
        final AtomicLong lastSignalSeq = new AtomicLong(-1);
        final AtomicLong records = new AtomicLong();
        final AtomicReference<String> violation = new AtomicReference<>();
        final RecordWriter writer = new RecordWriter();
        final Pipeline pipeline = Pipeline.builder()
            .preset(preset)
            .threadNamePrefix("arena-" + preset.label())
            .recordArenaCapacity(ARENA)
            .engine(writer)
            .signalRecorder(s -> lastSignalSeq.set(s.inputSequence))
            .recordRecorder((buffer, offset, length) -> {
                final long seq = buffer.getLong(offset);
                final int ordinal = buffer.getInt(offset + 8);
                if (buffer.getInt(offset + 12) != length) {
                    violation.compareAndSet(null, "length mismatch at seq " + seq);
                }
                if (seq % 50 == 0 && lastSignalSeq.get() != seq) {
                    violation.compareAndSet(null, "record of seq " + seq + " before its signal");
                }
                if (seq != expectedSeq.get() || ordinal != expectedOrdinal.get()) {
                    // Next record must be the next ordinal of this event or the first of a later one.
                    if (seq > expectedSeq.get() && ordinal == 0) {
                        expectedSeq.set(seq);
                    } else {
                        violation.compareAndSet(null, "out of order: seq " + seq + " #" + ordinal
                            + " after seq " + expectedSeq.get() + " #" + (expectedOrdinal.get() - 1));
                    }
                }
                expectedOrdinal.set(ordinal + 1);
                records.incrementAndGet();
            })
            .build();
        pipeline.start();
        pipeline.feedDriver().run(new PipelineTest.CountingSource(n), 0, 0);
        pipeline.close();

        assertNull(violation.get());
        long expected = 0;
        for (long s = 0; s < n; s++) {
            expected += s == 999 ? 0 : s % 7;
        }
        // Event 999 wanted 2,000 records of ~230 bytes (~470 KB) > 64 KiB: it keeps what fitted.
        final long kept999 = records.get() - expected;
        assertEquals(1, pipeline.recordsDropped(), "one claim refused, then the engine stopped writing: " + writer.refused);
        assertEquals(records.get(), pipeline.recordsPublished());
        assertEquals(true, kept999 > 100 && kept999 < 2_000, "kept " + kept999);
        KEPT_BY_OVERSIZED_EVENT.compareAndSet(-1, kept999);
        assertEquals(KEPT_BY_OVERSIZED_EVENT.get(), kept999, "the overflow is the same in every layout");
        assertEquals(0, pipeline.errors().total(), pipeline.errors().report());
    }
}
