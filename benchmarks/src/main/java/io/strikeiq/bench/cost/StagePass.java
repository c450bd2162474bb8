package io.strikeiq.bench.cost;

import io.strikeiq.bench.EventTape;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.pipeline.AnalyticsStage;
import io.strikeiq.pipeline.RecordArena;
import io.strikeiq.pipeline.StageErrors;
import io.strikeiq.pipeline.StateStage;
import io.strikeiq.state.MarketState;
import io.strikeiq.wiring.EngineSet;
import io.strikeiq.wiring.EngineSettings;
import java.lang.management.ManagementFactory;
import org.agrona.concurrent.MessageHandler;

/**
 * One pass of a tape through the pipeline's own analytics path on the calling thread, on fresh
 * state: the real {@link EngineSet} behind the real {@link StateStage} and {@link AnalyticsStage}
 * (event-time timers included), the record arena drained after every event as the publish stage
 * does. Each event's {@code AnalyticsStage.onEvent} is timed, by the wall clock (what
 * {@code ServiceTimeProbe} reads) or by the thread's CPU clock ({@code ThreadMXBean}, which a
 * descheduled thread does not advance). The state stage runs untimed before it, as in the pipeline.
 */
final class StagePass {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final MessageHandler DISCARD = (templateId, buffer, index, length) -> { };

    private final EventTape tape;
    private final EngineSettings settings;
    private final MarketEvent slot = new MarketEvent();
    private final long timeScale;
    private long errors;
    private long allocatedSecondHalf;

    StagePass(final EventTape tape, final EngineSettings settings) {
        this(tape, settings, 1);
    }

    /**
     * @param timeScale event time stretched by this factor from the tape's first event (1: as
     *                  recorded); a stretched warm-up pass fires every periodic job (minute
     *                  closes, samples, flips, snapshots) that many times more often per event
     */
    StagePass(final EventTape tape, final EngineSettings settings, final long timeScale) {
        this.tape = tape;
        this.settings = settings;
        this.timeScale = timeScale;
    }

    /**
     * Runs every event of the tape once on fresh state, writing each event's analytics time (ns)
     * into {@code out}.
     *
     * @param cpuClock true: thread CPU time; false: {@code System.nanoTime}
     */
    void run(final long[] out, final boolean cpuClock) {
        final MarketState state = new MarketState(new InstrumentRegistry());
        final EngineSet set = new EngineSet(state, settings);
        final StageErrors stageErrors = new StageErrors();
        final RecordArena arena = new RecordArena(RecordArena.DEFAULT_CAPACITY);
        final StateStage stateStage = new StateStage(state::apply, stageErrors);
        final AnalyticsStage analytics = new AnalyticsStage(set.derivation(), set.engines(),
            settings.timerIntervalNanos(), arena, stageErrors);
        final int n = tape.size();
        final int half = n / 2;
        final long tid = Thread.currentThread().getId();
        long allocatedAtHalf = 0;
        final MarketEvent e = slot;
        for (int i = 0; i < n; i++) {
            if (i == half) {
                allocatedAtHalf = THREADS.getThreadAllocatedBytes(tid);
            }
            e.clear();
            tape.copyTo(i, 0, e);
            if (timeScale != 1) {
                e.eventTimeNanos = tape.eventTimeNanos(0) + (e.eventTimeNanos - tape.eventTimeNanos(0)) * timeScale;
            }
            e.sequence = i;
            stateStage.onEvent(e, i, true);
            final long took;
            if (cpuClock) {
                final long t0 = THREADS.getCurrentThreadCpuTime();
                analytics.onEvent(e, i, true);
                took = THREADS.getCurrentThreadCpuTime() - t0;
            } else {
                final long t0 = System.nanoTime();
                analytics.onEvent(e, i, true);
                took = System.nanoTime() - t0;
            }
            out[i] = took;
            if (e.outputRecords > 0) {
                arena.drain(DISCARD, e.outputRecords);
            }
        }
        allocatedSecondHalf = THREADS.getThreadAllocatedBytes(tid) - allocatedAtHalf;
        errors = stageErrors.total();
    }

    /** Engine errors counted by the stages in the last pass (a correct run has none). */
    long errors() {
        return errors;
    }

    /** Heap bytes this thread allocated over the second half of the last pass's events. */
    long allocatedSecondHalf() {
        return allocatedSecondHalf;
    }
}
