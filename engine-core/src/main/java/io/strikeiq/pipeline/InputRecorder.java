package io.strikeiq.pipeline;

import io.strikeiq.event.MarketEvent;

/** Where the journal stage writes each input event (the input journal, or nothing in a benchmark). */
@FunctionalInterface
public interface InputRecorder {
    void record(MarketEvent event);
}
