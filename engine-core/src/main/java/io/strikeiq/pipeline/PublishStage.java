package io.strikeiq.pipeline;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalListener;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;

/**
 * Writes the signals an event produced to the signals queue (through the {@link SignalRecorder}),
 * then tells in-process listeners, then appends the event's other output records (snapshots,
 * bars ...) to the records queue (through the {@link RecordRecorder}). Both kinds arrive in the
 * one {@link RecordArena}, routed by template: {@link ArenaSignal#TEMPLATE_ID} is a signal, any
 * other template a record. A first pass over the event's arena records (not consuming them) writes
 * the signals, a second consumes them all and writes the records, so every signal of an event
 * still precedes its records whatever order the engines emitted them in.
 * Runs after the analytics stage, which itself waits for the journal stage: a signal is never
 * published before its input is in the input journal. Also closes the tick-to-publish latency
 * probe for every event that carried one.
 *
 * <p>Nothing is published for an input the journal stage could not journal (at or after
 * {@link PipelineHalt#firstUnjournaled()}), and after a failed output append nothing more is
 * written: the failure halts the pipeline once, instead of failing again on every event. A
 * listener that throws is counted as a publish-stage error; the other listeners and the event's
 * remaining outputs still run, so the arena stays in step with the ring.
 */
public final class PublishStage extends PipelineStage {
    private final SignalRecorder recorder;
    private final SignalListener[] listeners;
    private final LatencyProbe latency;
    private final RecordArena arena;
    private final StageErrors errors;
    private final SignalWriter signalWriter = new SignalWriter();
    private final RecordWriter recordWriter;
    private final MessageHandler discard = (templateId, buffer, index, length) -> { };
    private final PipelineHalt halt;
    private boolean outputFailed;
    private long signalsPublished;
    private long recordsPublished;
    private long eventsSeen;
    private MarketEvent current;

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
        this.errors = errors;
        this.recordWriter = new RecordWriter(recordRecorder);
    }

    @Override
    protected void process(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        final int outputs = event.outputRecords;
        if (outputFailed || event.sequence >= halt.firstUnjournaled()) {
            // Keep the arena in step with the ring; the outputs themselves are dropped.
            if (outputs > 0) {
                arena.drain(discard, outputs);
            }
            return;
        }
        if (outputs > 0) {
            current = event;
            try {
                arena.peek(signalWriter, outputs);
            } catch (final Throwable t) {
                failOutput(event, t);
                arena.drain(discard, outputs);
                return;
            }
            final long recordsBefore = recordWriter.written;
            try {
                arena.drain(recordWriter, outputs);
            } catch (final Throwable t) {
                // The failed record is consumed; later events drain theirs unwritten.
                failOutput(event, t);
                return;
            }
            recordsPublished += recordWriter.written - recordsBefore;
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

    /** First pass: decodes each signal into one reused {@link Signal}, writes it, tells the listeners. */
    private final class SignalWriter implements MessageHandler {
        private final Signal signal = new Signal();

        @Override
        public void onMessage(final int templateId, final MutableDirectBuffer buffer, final int index, final int length) {
            if (templateId != ArenaSignal.TEMPLATE_ID) {
                return;
            }
            ArenaSignal.decode(buffer, index, signal);
            recorder.record(signal);
            signalsPublished++;
            for (final SignalListener listener : listeners) {
                try {
                    listener.onSignal(signal);
                } catch (final Throwable t) {
                    current.flags |= MarketEvent.FLAG_HANDLER_FAILED;
                    errors.record(Stage.PUBLISH, current.sequence, t);
                }
            }
        }
    }

    /** Second pass: hands each non-signal record to the recorder; preallocated, so draining allocates nothing. */
    private static final class RecordWriter implements MessageHandler {
        private final RecordRecorder recorder;
        private long written;

        RecordWriter(final RecordRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public void onMessage(final int templateId, final MutableDirectBuffer buffer, final int index, final int length) {
            if (templateId == ArenaSignal.TEMPLATE_ID) {
                return;
            }
            recorder.record(buffer, index, length);
            written++;
        }
    }
}
