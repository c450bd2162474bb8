package io.strikeiq.api;

import io.strikeiq.sbe.SignalDecoder;

/**
 * Receives signals from {@link SignalSubscriber#poll(SignalHandler, int)}. The decoder is a
 * flyweight over the queue's memory, valid only during the call: copy out what you keep.
 */
@FunctionalInterface
public interface SignalHandler {
    /**
     * @param recordIndex Chronicle index of the record (pass it to
     *     {@link SignalSubscriber#fromIndex} to start there again)
     * @param signal the record, decoded in place
     */
    void onSignal(long recordIndex, SignalDecoder signal);
}
