package io.strikeiq.pipeline;

import com.lmax.disruptor.Sequence;
import io.strikeiq.signal.OutputRecords;
import java.nio.ByteBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * Carries output records from the analytics stage to the publish stage: an Agrona one-to-one
 * ring of bytes beside the Disruptor ring (ring slots stay small; a timer's snapshot of a whole
 * chain may be tens of kilobytes). Records of event N are written while analytics handles N and
 * read while publish handles N, so both sides move in sequence order.
 *
 * <p>When the arena is full because the publish thread has not yet drained earlier events, the
 * analytics thread waits for it: dropping would make the output depend on thread timing. Only
 * one event producing more than the whole arena loses records, and that is counted, identically
 * in every thread layout.
 */
public final class RecordArena implements OutputRecords {
    public static final int DEFAULT_CAPACITY = 4 << 20;

    private final OneToOneRingBuffer ring;
    private Sequence progress;
    private long ringSequence;
    private long eventStartPosition;
    private int recordsThisEvent;
    private long dropped;

    /** @param capacity bytes, a power of two */
    public RecordArena(final int capacity) {
        ring = new OneToOneRingBuffer(new UnsafeBuffer(
            ByteBuffer.allocateDirect(capacity + RingBufferDescriptor.TRAILER_LENGTH)));
    }

    /**
     * Analytics side: the thread's Disruptor progress counter. The Disruptor publishes a
     * consumer's progress only at the end of a batch; while waiting for room the arena publishes
     * it up to the event before the current one, or the publish stage could never reach the
     * records it waits for.
     */
    void progress(final Sequence sequence) {
        progress = sequence;
    }

    /** Analytics side: the event with Disruptor sequence {@code ringSequence} begins. */
    void beginEvent(final long ringSequence) {
        this.ringSequence = ringSequence;
        eventStartPosition = ring.producerPosition();
        recordsThisEvent = 0;
    }

    /** Analytics side: records committed for the current event. */
    int recordsThisEvent() {
        return recordsThisEvent;
    }

    @Override
    public int tryClaim(final int templateId, final int length) {
        if (length > ring.maxMsgLength()) {
            dropped++;
            return NO_ROOM;
        }
        while (true) {
            // Read before claiming: if nothing from earlier events was pending then, a failed claim
            // means this event alone fills the arena (the head only moves forward).
            final boolean earlierPending = ring.consumerPosition() < eventStartPosition;
            final int index = ring.tryClaim(templateId, length);
            if (index >= 0) {
                return index;
            }
            if (!earlierPending) {
                dropped++;
                return NO_ROOM;
            }
            if (progress != null && progress.get() < ringSequence - 1) {
                progress.set(ringSequence - 1);
            }
            Thread.yield();
        }
    }

    @Override
    public MutableDirectBuffer buffer() {
        return ring.buffer();
    }

    @Override
    public void commit(final int index) {
        ring.commit(index);
        recordsThisEvent++;
    }

    @Override
    public void abort(final int index) {
        ring.abort(index);
    }

    /**
     * Publish side (or a single-threaded harness that plays the publish stage): hands exactly
     * {@code count} records, the current event's, to {@code handler}.
     */
    public void drain(final MessageHandler handler, final int count) {
        int remaining = count;
        while (remaining > 0) {
            // A read stops at the end of the buffer; a wrapped event takes a second read.
            remaining -= ring.read(handler, remaining);
        }
    }

    /** Records lost because one event produced more than the arena holds. */
    public long dropped() {
        return dropped;
    }
}
