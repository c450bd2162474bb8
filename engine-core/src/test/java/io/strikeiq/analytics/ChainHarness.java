package io.strikeiq.analytics;

import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.state.MarketState;

import java.util.ArrayList;
import java.util.List;

/**
 * Market state and every engine wired as {@code JournaledEngine} wires them, driven like the fused
 * state + analytics stage: timers (every {@code timerNanos} of event time) before the event that
 * crosses a boundary, then each engine's onEvent in registration order.
 */
final class ChainHarness implements SignalSink {
    final MarketState state = new MarketState(new InstrumentRegistry());
    final ChainAnalyticsConfig config;
    final PcrEngine pcr;
    final MaxPainEngine maxPain;
    final LegDerivation greeks;
    final UnderlyingMetricsEngine underlying;
    final ChainMetricsEngine chain;
    final GammaExposureEngine gex;
    final SnapshotEngine snapshots;
    final AnalyticsEngine[] engines;
    final SignalBuffer buffer = new SignalBuffer(SignalBuffer.DEFAULT_CAPACITY);
    final CapturingRecords records = new CapturingRecords();
    final List<Signal> signals = new ArrayList<>();
    private final long timerNanos;
    private long nextTimer = Long.MIN_VALUE;
    private long sequence;

    ChainHarness(final ChainAnalyticsConfig config, final long timerNanos) {
        this.config = config;
        this.timerNanos = timerNanos;
        pcr = new PcrEngine(state, new PcrConfig(1.3, 0.7, 0.05, 0, 0, PcrConfig.Scope.TOTAL, true));
        maxPain = new MaxPainEngine(state, new MaxPainConfig(0, 0, 4));
        greeks = new LegDerivation(state, config);
        underlying = new UnderlyingMetricsEngine(state, config);
        chain = new ChainMetricsEngine(state, config, greeks, underlying);
        gex = new GammaExposureEngine(state, config, greeks);
        snapshots = new SnapshotEngine(state, config, pcr, maxPain, greeks, underlying, chain, gex);
        engines = new AnalyticsEngine[] {pcr, maxPain, underlying, chain, gex, snapshots};
    }

    /** Runs one event without collecting anything (allocation-free); returns signals emitted. */
    int run(final MarketEvent e) {
        e.sequence = sequence++;
        state.apply(e);
        buffer.begin(e.sequence, e.eventTimeNanos);
        records.clear();
        final long now = e.eventTimeNanos;
        if (nextTimer == Long.MIN_VALUE) {
            nextTimer = Math.floorDiv(now, timerNanos) * timerNanos + timerNanos;
        } else if (now >= nextTimer) {
            greeks.onTimer(now);
            for (final AnalyticsEngine engine : engines) {
                engine.onTimer(now, this);
            }
            nextTimer = Math.floorDiv(now, timerNanos) * timerNanos + timerNanos;
        }
        greeks.onEvent(e);
        for (final AnalyticsEngine engine : engines) {
            engine.onEvent(e, this);
        }
        return buffer.size();
    }

    /** Runs one event and keeps copies of its signals. */
    List<Signal> apply(final MarketEvent e) {
        run(e);
        final List<Signal> out = new ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
            final Signal copy = new Signal();
            copy.copyFrom(buffer.get(i));
            out.add(copy);
        }
        signals.addAll(out);
        return out;
    }

    @Override
    public Signal next(final int engine, final int signalType) {
        return buffer.next(engine, signalType);
    }

    @Override
    public OutputRecords records() {
        return records;
    }
}
