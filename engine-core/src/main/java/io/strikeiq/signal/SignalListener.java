package io.strikeiq.signal;

/**
 * An in-process consumer notified by the publish stage right after a signal has been written to
 * the output journal. Runs on the publish thread: it must be quick and must not allocate or
 * block; copy what it needs out of {@code signal}, which is reused.
 */
@FunctionalInterface
public interface SignalListener {
    void onSignal(Signal signal);
}
