package io.strikeiq.pipeline;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.signal.SignalListener;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;

/**
 * Writes the signals an event produced to the signals queue (through the {@link SignalRecorder}),
 * then tells in-process listeners, then appends the event's other output records (snapshots,
 * bars ...) from the record arena to the records queue (through the {@link RecordRecorder}): the
 * routing is by template, since only Signals travel in the event's signal buffer and the arena
 * holds only non-Signal records.
 * Runs after the analytics stage, which itself waits for the journal stage: a signal is never
 * published before its input is in the input journal. Also closes the tick-to-publish latency
 * probe for every event that carried one.
 *
 * <p>Nothing is published for an input the journal stage could not journal (at or after
 * {@link PipelineHalt#firstUnjournaled()}), and after a failed output append nothing more is
 * written: the failure halts the pipeline once, instead of failing again on every event.
 */
public final class PublishStage extends PipelineStage {
    private final SignalRecorder recorder;
    private final SignalListener[] listeners;
    private final LatencyProbe latency;
    private final RecordArena arena;
    private final RecordWriter recordWriter;
    private final MessageHandler discard = (templateId, buffer, index, length) -> { };
    private final PipelineHalt halt;
    private boolean outputFailed;
    private long signalsPublished;
    private long recordsPublished;
    private long eventsSeen;

    /** A stage with a halt of its own, for a harness with no journal stage in front (the benchmarks' queue baseline). */
    public PublishStage(final SignalRecorder recorder, final RecordRecorder recordRecorder, final RecordArena arena,
                        final SignalListener[] listeners, final LatencyProbe latency, final StageErrors errors) {
        this(recorder, recordRecorder, arena, listeners, latency, errors, new PipelineHalt());
    }

    public PublishStage(final SignalRecorder recorder, final RecordRecorder recordRecorder, final RecordArena arena,
                        final SignalListener[] listeners, final LatencyProbe latency, final StageErrors errors,
                        final PipelineHalt halt) {
        super(Stage.PUBLISH, errors);
        this.halt = halt;
        this.recorder = recorder;
        this.listeners = listeners.clone();
        this.latency = latency;
        this.arena = arena;
        this.recordWriter = new RecordWriter(recordRecorder);
    }

    @Override
    protected void process(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        if (outputFailed || event.sequence >= halt.firstUnjournaled()) {
            // Keep the arena in step with the ring; the records themselves are dropped.
            if (event.outputRecords > 0) {
                arena.drain(discard, event.outputRecords);
            }
            return;
        }
        final SignalBuffer signals = event.signals;
        final int n = signals.size();
        for (int i = 0; i < n; i++) {
            final Signal signal = signals.get(i);
            try {
                recorder.record(signal);
            } catch (final Throwable t) {
                failOutput(event, t);
                if (event.outputRecords > 0) {
                    arena.drain(discard, event.outputRecords);
                }
                return;
            }
            signalsPublished++;
            for (final SignalListener listener : listeners) {
                listener.onSignal(signal);
            }
        }
        if (event.outputRecords > 0) {
            try {
                arena.drain(recordWriter, event.outputRecords);
            } catch (final Throwable t) {
                // The failed record is consumed; later events drain theirs unwritten.
                failOutput(event, t);
                return;
            }
            recordsPublished += event.outputRecords;
        }
        eventsSeen++;
        if (event.publishNanos != 0) {
            latency.record(event.publishNanos);
        }
    }

    private void failOutput(final MarketEvent event, final Throwable t) {
        outputFailed = true;
        event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
        halt.outputFailed(event.sequence, t);
    }

    public long signalsPublished() {
        return signalsPublished;
    }

    public long eventsSeen() {
        return eventsSeen;
    }

    public long recordsPublished() {
        return recordsPublished;
    }

    /** Hands each arena record to the recorder; preallocated, so draining allocates nothing. */
    private static final class RecordWriter implements MessageHandler {
        private final RecordRecorder recorder;

        RecordWriter(final RecordRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public void onMessage(final int templateId, final MutableDirectBuffer buffer, final int index, final int length) {
            recorder.record(buffer, index, length);
        }
    }
}
