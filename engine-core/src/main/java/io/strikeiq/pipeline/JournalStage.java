package io.strikeiq.pipeline;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;

/**
 * Appends every input event to the input journal; runs beside the state stage. A failed append
 * (disk full, a failed mapping: Chronicle throws {@code InternalError}, {@code IllegalStateException}
 * ...) halts the pipeline rather than being counted and skipped: every later event would fail the
 * same way, and a signal must never be published for an input that is not in the journal. After
 * the halt the stage lets the rest of the ring pass without touching the journal again (a failed output
 * journal halts too, but the input journal goes on taking what is already in the ring).
 */
public final class JournalStage extends PipelineStage {
    private final InputRecorder recorder;
    private final PipelineHalt halt;
    private long journaled;

    /** A stage with a halt of its own, for a harness with no feed to stop (the benchmarks' queue baseline). */
    public JournalStage(final InputRecorder recorder, final StageErrors errors) {
        this(recorder, errors, new PipelineHalt());
    }

    public JournalStage(final InputRecorder recorder, final StageErrors errors, final PipelineHalt halt) {
        super(Stage.JOURNAL, errors);
        this.recorder = recorder;
        this.halt = halt;
    }

    @Override
    protected void process(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        if (event.type == EventType.NONE || event.sequence >= halt.firstUnjournaled()) {
            return;
        }
        try {
            recorder.record(event);
        } catch (final Throwable t) {
            event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
            halt.inputFailed(event.sequence, t);
            return;
        }
        journaled++;
    }

    /** Events journaled so far; read after the pipeline has stopped. */
    public long journaled() {
        return journaled;
    }
}
