package io.strikeiq.pipeline;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;

/** Appends every input event to the input journal; runs beside the state stage. */
public final class JournalStage extends PipelineStage {
    private final InputRecorder recorder;
    private long journaled;

    public JournalStage(final InputRecorder recorder, final StageErrors errors) {
        super(Stage.JOURNAL, errors);
        this.recorder = recorder;
    }

    @Override
    protected void process(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        if (event.type != EventType.NONE) {
            recorder.record(event);
            journaled++;
        }
    }

    /** Events journaled so far; read after the pipeline has stopped. */
    public long journaled() {
        return journaled;
    }
}
