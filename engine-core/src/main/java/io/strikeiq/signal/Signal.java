package io.strikeiq.signal;

/**
 * One output record before it is encoded: what an engine concluded, from which input
 * ({@link #inputSequence}, provenance) and at which event time. Preallocated inside a
 * {@link SignalBuffer} (or the publish stage's one decoding target) and overwritten in place,
 * never created per event.
 */
public final class Signal {
    public long inputSequence;
    public long eventTimeNanos;
    public int engine;
    public int signalType;
    public int underlyingId;
    public long expiryNanos;
    /** -1 bearish, 0 neutral, +1 bullish. */
    public byte direction;
    public double strength;
    public double confidence;
    public double value1 = Double.NaN;
    public double value2 = Double.NaN;
    public double value3 = Double.NaN;
    public double value4 = Double.NaN;

    public void clear() {
        inputSequence = 0;
        eventTimeNanos = 0;
        engine = 0;
        signalType = 0;
        underlyingId = 0;
        expiryNanos = 0;
        direction = 0;
        strength = 0;
        confidence = 0;
        value1 = Double.NaN;
        value2 = Double.NaN;
        value3 = Double.NaN;
        value4 = Double.NaN;
    }

    public void copyFrom(final Signal o) {
        inputSequence = o.inputSequence;
        eventTimeNanos = o.eventTimeNanos;
        engine = o.engine;
        signalType = o.signalType;
        underlyingId = o.underlyingId;
        expiryNanos = o.expiryNanos;
        direction = o.direction;
        strength = o.strength;
        confidence = o.confidence;
        value1 = o.value1;
        value2 = o.value2;
        value3 = o.value3;
        value4 = o.value4;
    }
}
