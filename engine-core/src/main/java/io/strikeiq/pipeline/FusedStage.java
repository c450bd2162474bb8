package io.strikeiq.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import io.strikeiq.event.MarketEvent;

/**
 * Runs several stages, in order, on one thread: the {@code compact} and {@code throughput}
 * layouts use it so that a 2-core machine is not asked to schedule four spinning consumers.
 * Each stage still guards its own work, so an exception in one does not skip the next.
 */
public final class FusedStage implements EventHandler<MarketEvent> {
    private final PipelineStage[] stages;

    public FusedStage(final PipelineStage... stages) {
        this.stages = stages.clone();
    }

    @Override
    public void setSequenceCallback(final Sequence sequenceCallback) {
        for (final PipelineStage stage : stages) {
            stage.setSequenceCallback(sequenceCallback);
        }
    }

    @Override
    public void onEvent(final MarketEvent event, final long sequence, final boolean endOfBatch) {
        for (final PipelineStage stage : stages) {
            stage.onEvent(event, sequence, endOfBatch);
        }
    }
}
