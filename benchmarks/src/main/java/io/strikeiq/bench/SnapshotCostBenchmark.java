package io.strikeiq.bench;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.SnapshotEngine;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.RecordArena;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.state.MarketState;
import io.strikeiq.wiring.EngineSet;
import java.util.Arrays;
import org.agrona.concurrent.MessageHandler;

/**
 * What a storage snapshot costs the analytics thread per input event: the synthetic NIFTY market
 * (2 expiries, {@code 2 * strikesEachSide + 1} strikes) pre-generated into an {@link EventTape},
 * run through the real composition root ({@link EngineSet}: state, derivation, every engine and
 * 1 s timers) with snapshots every 10 ms of event time (about one per 100 events, so there are thousands to time), writing into a real {@link RecordArena}
 * drained after every event. Only {@link SnapshotEngine#onEvent} is timed ({@code System.nanoTime}
 * around the call): on a <b>capturing</b> event (a boundary: the chain copies and the underlying
 * rows; with budget 0 every row too) and on an <b>expanding</b> event (writing up to the budget
 * of rows); an <b>other</b> event (neither) is the schedule check alone. The first
 * {@value #WARM_LAPS} laps over the tape warm up (the JIT compiles the capture and row loops); the
 * next lap (ticks shifted forward in event time) is measured. Usage: {@code SnapshotCostBenchmark STRIKES_EACH_SIDE ROWS_PER_EVENT [EVENTS]}.
 */
public final class SnapshotCostBenchmark {
    private static final long TIMER_NANOS = 1_000_000_000L;
    private static final long SNAPSHOT_NANOS = 10_000_000L;
    private static final int WARM_LAPS = 4;

    private SnapshotCostBenchmark() {
    }

    public static void main(final String[] args) {
        final int strikesEachSide = Integer.parseInt(args[0]);
        final int rowsPerEvent = Integer.parseInt(args[1]);
        final int events = args.length > 2 ? Integer.parseInt(args[2]) : 400_000;
        final SyntheticMarket market = new SyntheticMarket(
            SyntheticConfig.defaults().withStrikesEachSide(strikesEachSide).withExpiries(2));
        final EventTape tape = EventTape.record(market, events);
        final EngineSettings defaults = EngineSettings.defaults();
        final ChainAnalyticsConfig chain = defaults.chain().toBuilder().snapshotNanos(SNAPSHOT_NANOS)
            .snapshotRowsPerEvent(rowsPerEvent).build();
        final MarketState state = new MarketState(new InstrumentRegistry());
        final EngineSet set = new EngineSet(state, defaults.withChain(chain));
        final Driver driver = new Driver(state, set, tape);
        driver.lap(0, 0, null);
        final long lap = tape.spanNanos() + TIMER_NANOS;
        for (int i = 1; i < WARM_LAPS; i++) {
            driver.lap(tape.prefixLength(), i * lap, null);
        }
        final long[] capture = new long[events];
        final long[] expand = new long[events];
        final long[] idle = new long[events];
        final int[] counts = driver.lap(tape.prefixLength(), WARM_LAPS * lap, new long[][] {capture, expand, idle});
        System.out.printf("# snapshot cost: %d strikes x 2 expiries, rows per event %d, %d rows per snapshot, %d events"
                + " measured, %d snapshots, %d refused, %d finished early%n", 2 * strikesEachSide + 1, rowsPerEvent,
            driver.rowsPerSnapshot, tape.size() - tape.prefixLength(), counts[0], set.snapshots().refused(),
            set.snapshots().finishedEarly());
        print("capturing event", capture, counts[0]);
        print("expanding event", expand, counts[1]);
        print("other event", idle, counts[2]);
    }

    private static void print(final String what, final long[] samples, final int n) {
        if (n == 0) {
            System.out.printf("%-16s n=0%n", what);
            return;
        }
        final long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        System.out.printf("%-16s n=%-6d p50 %7.2f us  p99 %7.2f us  max %7.2f us%n", what, n,
            s[(int) (0.50 * (n - 1))] / 1e3, s[(int) Math.ceil(0.99 * (n - 1))] / 1e3, s[n - 1] / 1e3);
    }

    /** Runs the tape through state, derivation, engines and timers as the analytics stage does, timing the snapshot engine. */
    private static final class Driver {
        private final MarketState state;
        private final LegDerivation derivation;
        private final AnalyticsEngine[] engines;
        private final SnapshotEngine snapshots;
        private final EventTape tape;
        private final MarketEvent slot = new MarketEvent();
        private final SignalBuffer signals = new SignalBuffer(SignalBuffer.DEFAULT_CAPACITY);
        private final ArenaSink sink = new ArenaSink();
        private final MessageHandler discard = (templateId, buffer, index, length) -> { };
        private long nextTimer = Long.MIN_VALUE;
        private long sequence;
        int rowsPerSnapshot;

        Driver(final MarketState state, final EngineSet set, final EventTape tape) {
            this.state = state;
            this.derivation = set.derivation();
            this.engines = set.engines();
            this.snapshots = set.snapshots();
            this.tape = tape;
        }

        /** @return captures, expansions and other events timed (when {@code samples} is given: [capture, expand, other]) */
        int[] lap(final int from, final long shift, final long[][] samples) {
            int captures = 0;
            int expansions = 0;
            int others = 0;
            for (int i = from; i < tape.size(); i++) {
                slot.clear();
                tape.copyTo(i, shift, slot);
                slot.sequence = sequence++;
                final long now = slot.eventTimeNanos;
                state.apply(slot);
                sink.signals = signals;
                signals.begin(slot.sequence, now);
                derivation.onEvent(slot);
                for (final AnalyticsEngine engine : engines) {
                    if (engine != snapshots) {
                        engine.onEvent(slot, sink);
                        continue;
                    }
                    final long snapshotsBefore = snapshots.snapshots();
                    final int pendingBefore = snapshots.pendingRows();
                    final long t0 = System.nanoTime();
                    engine.onEvent(slot, sink);
                    final long took = System.nanoTime() - t0;
                    if (snapshots.snapshots() != snapshotsBefore) {
                        rowsPerSnapshot = Math.max(rowsPerSnapshot, snapshots.pendingRows());
                        if (samples != null) {
                            samples[0][captures] = took;
                        }
                        captures++;
                    } else if (pendingBefore > 0) {
                        if (samples != null) {
                            samples[1][expansions] = took;
                        }
                        expansions++;
                    } else {
                        if (samples != null) {
                            samples[2][others] = took;
                        }
                        others++;
                    }
                }
                if (nextTimer == Long.MIN_VALUE) {
                    nextTimer = Math.floorDiv(now, TIMER_NANOS) * TIMER_NANOS + TIMER_NANOS;
                } else if (now >= nextTimer) {
                    derivation.onTimer(now);
                    for (final AnalyticsEngine engine : engines) {
                        engine.onTimer(now, sink);
                    }
                    nextTimer = Math.floorDiv(now, TIMER_NANOS) * TIMER_NANOS + TIMER_NANOS;
                }
                sink.drain(discard);
            }
            return new int[] {captures, expansions, others};
        }
    }
}
