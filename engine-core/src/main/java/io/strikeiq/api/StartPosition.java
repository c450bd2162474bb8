package io.strikeiq.api;

/**
 * Where a {@link SignalSubscriber} starts when it has no saved position: at the first record
 * still in the queue, or after the last one written so far (new signals only).
 */
public enum StartPosition {
    START,
    END
}
