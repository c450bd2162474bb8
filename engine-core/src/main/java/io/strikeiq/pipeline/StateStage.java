package io.strikeiq.pipeline;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;

/** Applies every input event to the off-heap market state; the only writer of that state. */
public final class StateStage extends PipelineStage {
    private final StateUpdater updater;

    public StateStage(final StateUpdater updater, final StageErrors errors) {
        super(Stage.STATE, errors);
        this.updater = updater;
    }

    @Override
    protected void process(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        if (event.type != EventType.NONE) {
            updater.apply(event);
        }
    }
}
