package io.strikeiq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Signals share the record arena with the other output records, yet every layout still writes an
 * event's signals (and tells the listeners) before its records, each kind in emission order, and
 * an event that emits more than {@link AnalyticsStage#SIGNALS_PER_EVENT} signals loses the extra
 * ones, counted.
 */
class ArenaSignalsPipelineTest {
    private static final int EVENTS = 2_000;
    private static final int NOISY_EVERY = 97;
    private static final int NOISY_SIGNALS = 20;

    /** Interleaves: record 0, signal 0, record 1, signal 1; every 97th event emits 20 signals instead. */
    static final class Interleaver implements AnalyticsEngine {
        @Override
        public void onEvent(final MarketEvent event, final SignalSink sink) {
            if (event.sequence % NOISY_EVERY == 0) {
                for (int i = 0; i < NOISY_SIGNALS; i++) {
                    sink.next(3, 4).value1 = i;
                }
                return;
            }
            for (int i = 0; i < 2; i++) {
                final OutputRecords out = sink.records();
                final int at = out.tryClaim(22, 16);
                out.buffer().putLong(at, event.sequence);
                out.buffer().putLong(at + 8, i);
                out.commit(at);
                final Signal s = sink.next(3, 4);
                s.value1 = i;
                s.value4 = Double.longBitsToDouble(0x7ff8_0000_0000_0abcL);
            }
        }

        @Override
        public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        }

        @Override
        public void recover(final MarketEvent event) {
            // keeps no books
        }
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"BALANCED", "THROUGHPUT", "COMPACT"})
    void signalsPrecedeRecordsPerEventAndOverflowIsCounted(final Preset preset) {
        final List<String> written = Collections.synchronizedList(new ArrayList<>());
        final List<String> heard = Collections.synchronizedList(new ArrayList<>());
        final Pipeline pipeline = Pipeline.builder()
            .preset(preset)
            .threadNamePrefix("arena-signals-" + preset.label())
            .engine(new Interleaver())
            .signalRecorder(s -> written.add("S " + s.inputSequence + " " + (long) s.value1 + " "
                + Long.toHexString(Double.doubleToRawLongBits(s.value4))))
            .listener(s -> heard.add("S " + s.inputSequence + " " + (long) s.value1 + " "
                + Long.toHexString(Double.doubleToRawLongBits(s.value4))))
            .recordRecorder((buffer, offset, length) -> written.add("R " + buffer.getLong(offset) + " "
                + buffer.getLong(offset + 8)))
            .build();
        pipeline.start();
        pipeline.feedDriver().run(new PipelineTest.CountingSource(EVENTS), 0, 0);
        pipeline.close();

        // Built from the engine's rules, not from the pipeline's output.
        final String nanBits = Long.toHexString(0x7ff8_0000_0000_0abcL);
        final String plainNan = Long.toHexString(Double.doubleToRawLongBits(Double.NaN));
        final List<String> expected = new ArrayList<>();
        final List<String> expectedSignals = new ArrayList<>();
        long noisy = 0;
        for (long seq = 0; seq < EVENTS; seq++) {
            if (seq % NOISY_EVERY == 0) {
                noisy++;
                for (int i = 0; i < AnalyticsStage.SIGNALS_PER_EVENT; i++) {
                    expectedSignals.add("S " + seq + " " + i + " " + plainNan);
                    expected.add("S " + seq + " " + i + " " + plainNan);
                }
                continue;
            }
            for (int i = 0; i < 2; i++) {
                expectedSignals.add("S " + seq + " " + i + " " + nanBits);
                expected.add("S " + seq + " " + i + " " + nanBits);
            }
            expected.add("R " + seq + " 0");
            expected.add("R " + seq + " 1");
        }
        assertEquals(expected, written);
        assertEquals(expectedSignals, heard);
        assertEquals(noisy * (NOISY_SIGNALS - AnalyticsStage.SIGNALS_PER_EVENT), pipeline.signalsDropped());
        assertEquals(expectedSignals.size(), pipeline.signalsPublished());
        assertEquals(2L * (EVENTS - noisy), pipeline.recordsPublished());
        assertEquals(0, pipeline.recordsDropped());
        assertEquals(0, pipeline.errors().total(), pipeline.errors().report());
    }

    @Test
    void aListenerThatThrowsIsCountedAndTheEventsOtherOutputsStillGoOut() {
        final List<String> written = Collections.synchronizedList(new ArrayList<>());
        final Pipeline pipeline = Pipeline.builder()
            .preset(Preset.COMPACT)
            .threadNamePrefix("arena-signals-listener")
            .engine(new Interleaver())
            .signalRecorder(s -> written.add("S " + s.inputSequence))
            .listener(s -> {
                if (s.inputSequence == 5) {
                    throw new IllegalStateException("listener fails on event 5");
                }
            })
            .recordRecorder((buffer, offset, length) -> written.add("R " + buffer.getLong(offset)))
            .build();
        pipeline.start();
        pipeline.feedDriver().run(new PipelineTest.CountingSource(8), 0, 0);
        pipeline.close();

        assertEquals(List.of("S 5", "S 5", "R 5", "R 5", "S 6", "S 6", "R 6", "R 6"),
            written.subList(written.indexOf("S 5"), written.indexOf("S 7")));
        assertEquals(2, pipeline.errors().total(), "one error per signal of event 5 the listener refused");
    }
}
