package io.strikeiq.pipeline;

import com.lmax.disruptor.EventHandler;
import io.strikeiq.event.MarketEvent;

/**
 * Base of the four pipeline stages. Each stage owns its state and is driven by exactly one
 * thread (its own, or a fused thread that runs several stages in order). An exception thrown
 * by {@link #process} is counted in {@link StageErrors}, the event is flagged, and the stage
 * carries on with the next event: one bad tick never stops the engine.
 */
public abstract class PipelineStage implements EventHandler<MarketEvent> {
    private final Stage stage;
    private final StageErrors errors;

    protected PipelineStage(final Stage stage, final StageErrors errors) {
        this.stage = stage;
        this.errors = errors;
    }

    public final Stage stage() {
        return stage;
    }

    @Override
    public final void onEvent(final MarketEvent event, final long sequence, final boolean endOfBatch) {
        try {
            process(event, sequence, endOfBatch);
        } catch (final Throwable t) {
            event.flags |= MarketEvent.FLAG_HANDLER_FAILED;
            errors.record(stage, event.sequence, t);
        }
    }

    /**
     * The stage's work for one event.
     *
     * @param ringSequence the event's Disruptor sequence (not the input sequence)
     * @param endOfBatch lets a stage flush or batch
     */
    protected abstract void process(MarketEvent event, long ringSequence, boolean endOfBatch);
}
