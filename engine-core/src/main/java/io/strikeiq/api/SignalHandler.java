package io.strikeiq.api;

import io.strikeiq.signal.SignalView;

/**
 * Receives signals from {@link SignalSubscriber#poll(SignalHandler, int)}. The view is a
 * flyweight over the queue's memory, valid only during the call: copy out what you keep
 * ({@link SignalView#copyTo}), or wrap the family's generated decoder ({@link SignalView#wrap}).
 */
@FunctionalInterface
public interface SignalHandler {
    /**
     * @param recordIndex Chronicle index of the record (pass it to
     *     {@link SignalSubscriber#fromIndex} to start there again)
     * @param signal the record, decoded in place
     */
    void onSignal(long recordIndex, SignalView signal);
}
