package io.strikeiq.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import io.strikeiq.event.MarketEvent;
import java.util.concurrent.CountDownLatch;

/**
 * Wraps a top-level handler to report when its thread is running. The Disruptor only counts a
 * consumer's backlog on shutdown once the consumer has started, so the pipeline waits for every
 * consumer before handing out the ring: otherwise a short run could finish publishing, shut
 * down and lose events that a not-yet-scheduled consumer never saw.
 */
final class StartLatchHandler implements EventHandler<MarketEvent> {
    private final EventHandler<MarketEvent> delegate;
    private final CountDownLatch started;

    StartLatchHandler(final EventHandler<MarketEvent> delegate, final CountDownLatch started) {
        this.delegate = delegate;
        this.started = started;
    }

    @Override
    public void setSequenceCallback(final Sequence sequenceCallback) {
        delegate.setSequenceCallback(sequenceCallback);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onEvent(final MarketEvent event, final long sequence, final boolean endOfBatch) throws Exception {
        delegate.onEvent(event, sequence, endOfBatch);
    }
}
