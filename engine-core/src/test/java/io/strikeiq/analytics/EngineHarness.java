package io.strikeiq.analytics;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.state.MarketState;

import java.util.ArrayList;
import java.util.List;

/** State + both engines driven like the pipeline's state and analytics stages, keeping every signal. */
final class EngineHarness {
    final MarketState state = new MarketState(new InstrumentRegistry());
    final PcrEngine pcr;
    final MaxPainEngine maxPain;
    final SignalBuffer buffer = new SignalBuffer(SignalBuffer.DEFAULT_CAPACITY);
    final List<Signal> signals = new ArrayList<>();
    private long sequence;

    EngineHarness(final PcrConfig pcrConfig, final MaxPainConfig maxPainConfig) {
        pcr = new PcrEngine(state, pcrConfig);
        maxPain = new MaxPainEngine(state, maxPainConfig);
    }

    /** Applies the event and runs both engines; returns the signals it produced. */
    List<Signal> apply(final MarketEvent e) {
        e.sequence = sequence++;
        state.apply(e);
        buffer.begin(e.sequence, e.eventTimeNanos);
        pcr.onEvent(e, buffer);
        maxPain.onEvent(e, buffer);
        return collect();
    }

    List<Signal> timer(final long eventTimeNanos) {
        buffer.begin(sequence, eventTimeNanos);
        pcr.onTimer(eventTimeNanos, buffer);
        maxPain.onTimer(eventTimeNanos, buffer);
        return collect();
    }

    private List<Signal> collect() {
        final List<Signal> out = new ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
            final Signal copy = new Signal();
            copy.copyFrom(buffer.get(i));
            out.add(copy);
        }
        signals.addAll(out);
        return out;
    }
}
