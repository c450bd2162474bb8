package io.strikeiq.pipeline;

import io.strikeiq.signal.Signal;

/** Where the publish stage writes each signal (the output journal, or nothing in a benchmark). */
@FunctionalInterface
public interface SignalRecorder {
    void record(Signal signal);
}
