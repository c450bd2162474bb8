package io.strikeiq.bench.cost;

import io.strikeiq.bench.ArenaSink;
import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.analytics.SnapshotEngine;
import io.strikeiq.bench.EventTape;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.state.MarketState;
import io.strikeiq.wiring.EngineSet;
import io.strikeiq.wiring.EngineSettings;
import java.util.Arrays;

/**
 * Attribution: the analytics stage's loop (derivation, engines in order, then the timers when the
 * event crosses a boundary; the same steps and order as {@code AnalyticsStage}, which cannot be
 * timed piecewise from outside) with every piece timed separately, on fresh state. It records, for
 * every event, what the event made the engines do ({@link EventKind} bits, legs re-solved, IV
 * solves) and, for the selected events only, each piece's time, keeping the minimum over the
 * passes it is run. Components: 0 derivation.onEvent, 1..n engine onEvent, n+1 derivation.onTimer,
 * n+2..2n+1 engine onTimer.
 */
final class BreakdownPass {
    private final EventTape tape;
    /** The event's signals (the ring slot no longer carries a buffer; the analytics stage owns one). */
    private final SignalBuffer signals = new SignalBuffer(SignalBuffer.DEFAULT_CAPACITY);
    private final EngineSettings settings;
    private final int[] row;
    private final long[][] minNanos;
    private final String[] names;
    final byte[] type;
    final int[] kinds;
    final int[] resolved;
    final int[] ivSolves;
    private final MarketEvent slot = new MarketEvent();
    private final long[] piece;

    /** @param selected event indices whose pieces are timed */
    BreakdownPass(final EventTape tape, final EngineSettings settings, final int[] selected) {
        this.tape = tape;
        this.settings = settings;
        this.row = new int[tape.size()];
        Arrays.fill(row, -1);
        for (int r = 0; r < selected.length; r++) {
            row[selected[r]] = r;
        }
        final AnalyticsEngine[] engines = new EngineSet(new MarketState(new InstrumentRegistry()), settings).engines();
        names = new String[2 * engines.length + 2];
        names[0] = "LegDerivation.onEvent";
        names[engines.length + 1] = "LegDerivation.onTimer";
        for (int i = 0; i < engines.length; i++) {
            names[1 + i] = engines[i].getClass().getSimpleName() + ".onEvent";
            names[engines.length + 2 + i] = engines[i].getClass().getSimpleName() + ".onTimer";
        }
        piece = new long[names.length];
        minNanos = new long[selected.length][names.length];
        for (final long[] m : minNanos) {
            Arrays.fill(m, Long.MAX_VALUE);
        }
        type = new byte[tape.size()];
        kinds = new int[tape.size()];
        resolved = new int[tape.size()];
        ivSolves = new int[tape.size()];
    }

    void run() {
        final MarketState state = new MarketState(new InstrumentRegistry());
        final EngineSet set = new EngineSet(state, settings);
        final LegDerivation derivation = set.derivation();
        final AnalyticsEngine[] engines = set.engines();
        final SnapshotEngine snapshots = set.snapshots();
        final GammaExposureEngine gex = set.gammaExposure();
        final ArenaSink sink = new ArenaSink();
        final long interval = settings.timerIntervalNanos();
        final int n = engines.length;
        long nextTimer = Long.MIN_VALUE;
        final MarketEvent e = slot;
        for (int i = 0; i < tape.size(); i++) {
            e.clear();
            tape.copyTo(i, 0, e);
            e.sequence = i;
            if (e.type != EventType.NONE) {
                state.apply(e);
            }
            final long now = e.eventTimeNanos;
            final int chainsBefore = state.chainCount();
            final long snapshotsBefore = snapshots.snapshots();
            final int pendingBefore = snapshots.pendingRows();
            final long flipBefore = gex.flipSolver().termsDone();
            final boolean flipWasActive = gex.flipSolver().active();
            final long solvesBefore = derivation.ivSolves();
            Arrays.fill(piece, 0);
            signals.begin(e.sequence, now);
            sink.signals = signals;
            long t = System.nanoTime();
            derivation.onEvent(e);
            long t1 = System.nanoTime();
            piece[0] = t1 - t;
            final int resolvedLegs = derivation.resolvedCount();
            for (int k = 0; k < n; k++) {
                t = t1;
                engines[k].onEvent(e, sink);
                t1 = System.nanoTime();
                piece[1 + k] = t1 - t;
            }
            int bits = 0;
            if (interval > 0) {
                if (nextTimer == Long.MIN_VALUE) {
                    nextTimer = Math.floorDiv(now, interval) * interval + interval;
                } else if (now >= nextTimer) {
                    bits |= EventKind.TIMER;
                    t = System.nanoTime();
                    derivation.onTimer(now);
                    t1 = System.nanoTime();
                    piece[n + 1] = t1 - t;
                    for (int k = 0; k < n; k++) {
                        t = t1;
                        engines[k].onTimer(now, sink);
                        t1 = System.nanoTime();
                        piece[n + 2 + k] = t1 - t;
                    }
                    nextTimer = Math.floorDiv(now, interval) * interval + interval;
                }
            }
            sink.drain(DISCARD);
            if (snapshots.snapshots() != snapshotsBefore) {
                bits |= EventKind.SNAPSHOT_CAPTURE;
            } else if (pendingBefore > 0) {
                bits |= EventKind.SNAPSHOT_ROWS;
            }
            final long flipAfter = gex.flipSolver().termsDone();
            if (flipAfter < flipBefore || (!flipWasActive && gex.flipSolver().active())) {
                bits |= EventKind.FLIP_START;
            } else if (flipAfter != flipBefore) {
                bits |= EventKind.FLIP_STEP;
            }
            if (resolvedLegs > 0) {
                bits |= EventKind.RESOLVE;
            }
            if (state.chainCount() != chainsBefore) {
                bits |= EventKind.NEW_CHAIN;
            }
            if (e.type != EventType.OPTION_TICK && e.type != EventType.UNDERLYING_TICK) {
                bits |= EventKind.STRUCTURED;
            }
            type[i] = e.type;
            kinds[i] = bits;
            resolved[i] = resolvedLegs;
            ivSolves[i] = (int) (derivation.ivSolves() - solvesBefore);
            final int r = row[i];
            if (r >= 0) {
                final long[] m = minNanos[r];
                for (int k = 0; k < piece.length; k++) {
                    m[k] = Math.min(m[k], piece[k]);
                }
            }
        }
    }

    String name(final int component) {
        return names[component];
    }

    int components() {
        return names.length;
    }

    /** Minimum time of one component over the passes run, for the {@code r}-th selected event. */
    long minNanos(final int r, final int component) {
        return minNanos[r][component];
    }

    private static final org.agrona.concurrent.MessageHandler DISCARD = (templateId, buffer, index, length) -> { };
}
