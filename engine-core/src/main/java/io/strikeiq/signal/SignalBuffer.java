package io.strikeiq.signal;

/**
 * Fixed-capacity, preallocated list of the signals one input event produced. The analytics
 * stage owns one (not one per ring slot): engines fill it through the stage's sink, and when the
 * event's work is done the stage appends its signals to the record arena, which carries them to
 * the publish stage. Test harnesses use one directly as a sink. When an event produces more signals than the
 * capacity the extra ones are written into a scratch slot and counted in {@link #dropped()}, so
 * an engine never has to check for room and nothing allocates.
 */
public final class SignalBuffer implements SignalSink {
    public static final int DEFAULT_CAPACITY = 16;

    private final Signal[] slots;
    private final Signal overflow = new Signal();
    private int size;
    private long dropped;
    private long inputSequence;
    private long eventTimeNanos;

    public SignalBuffer(final int capacity) {
        slots = new Signal[capacity];
        for (int i = 0; i < capacity; i++) {
            slots[i] = new Signal();
        }
    }

    /** Sets the provenance stamped on every signal handed out until the next call. */
    public void begin(final long inputSequence, final long eventTimeNanos) {
        this.inputSequence = inputSequence;
        this.eventTimeNanos = eventTimeNanos;
        size = 0;
    }

    @Override
    public Signal next(final int engine, final int signalType) {
        final Signal s;
        if (size < slots.length) {
            s = slots[size++];
        } else {
            dropped++;
            s = overflow;
        }
        s.clear();
        s.inputSequence = inputSequence;
        s.eventTimeNanos = eventTimeNanos;
        s.engine = engine;
        s.signalType = signalType;
        return s;
    }

    public int size() {
        return size;
    }

    public Signal get(final int index) {
        return slots[index];
    }

    public void clear() {
        size = 0;
    }

    /** Signals that did not fit, since this buffer was created. */
    public long dropped() {
        return dropped;
    }

    public int capacity() {
        return slots.length;
    }
}
