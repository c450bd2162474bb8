package io.strikeiq.pipeline;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.signal.SignalListener;

/**
 * Writes the signals an event produced to the output journal, then tells in-process listeners.
 * Runs after the analytics stage, which itself waits for the journal stage: a signal is never
 * published before its input is in the input journal. Also closes the tick-to-publish latency
 * probe for every event that carried one.
 */
public final class PublishStage extends PipelineStage {
    private final SignalRecorder recorder;
    private final SignalListener[] listeners;
    private final LatencyProbe latency;
    private long signalsPublished;
    private long eventsSeen;

    public PublishStage(final SignalRecorder recorder, final SignalListener[] listeners,
                        final LatencyProbe latency, final StageErrors errors) {
        super(Stage.PUBLISH, errors);
        this.recorder = recorder;
        this.listeners = listeners.clone();
        this.latency = latency;
    }

    @Override
    protected void process(final MarketEvent event, final boolean endOfBatch) {
        final SignalBuffer signals = event.signals;
        final int n = signals.size();
        for (int i = 0; i < n; i++) {
            final Signal signal = signals.get(i);
            recorder.record(signal);
            signalsPublished++;
            for (final SignalListener listener : listeners) {
                listener.onSignal(signal);
            }
        }
        eventsSeen++;
        if (event.publishNanos != 0) {
            latency.record(event.publishNanos);
        }
    }

    public long signalsPublished() {
        return signalsPublished;
    }

    public long eventsSeen() {
        return eventsSeen;
    }
}
