package io.strikeiq.pipeline;

import com.lmax.disruptor.Sequence;
import io.strikeiq.signal.OutputRecords;
import java.nio.ByteBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.AtomicBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RecordDescriptor;
import org.agrona.concurrent.ringbuffer.RingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * Carries every output of the analytics stage to the publish stage — signals ({@link ArenaSignal})
 * and the other output records — in an Agrona one-to-one ring of bytes beside the Disruptor ring,
 * so ring slots carry only their input event (a timer's snapshot of a whole chain may be tens of
 * kilobytes). Outputs of event N are written while analytics handles N and read while publish
 * handles N, so both sides move in sequence order.
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
        final int index = claim(templateId, length);
        if (index == NO_ROOM) {
            dropped++;
        }
        return index;
    }

    /**
     * Analytics side: room for one {@link ArenaSignal}; a refusal is the caller's to count (as a
     * dropped signal, not a dropped record).
     */
    int tryClaimSignal() {
        return claim(ArenaSignal.TEMPLATE_ID, ArenaSignal.LENGTH);
    }

    private int claim(final int templateId, final int length) {
        if (length > ring.maxMsgLength()) {
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

    /**
     * Publish side: hands the first {@code count} records waiting (the current event's) to
     * {@code handler} without consuming them, so the publish stage can write an event's signals
     * before its other records whatever order they were committed in; a {@link #drain} of the
     * same count then consumes them. Skips the padding a wrap or an aborted claim leaves.
     */
    public void peek(final MessageHandler handler, final int count) {
        final AtomicBuffer buffer = ring.buffer();
        final int mask = ring.capacity() - 1;
        long position = ring.consumerPosition();
        int seen = 0;
        while (seen < count) {
            final int index = (int) position & mask;
            final int length = buffer.getIntVolatile(RecordDescriptor.lengthOffset(index));
            final int type = buffer.getInt(RecordDescriptor.typeOffset(index));
            position += align(length);
            if (type != RingBuffer.PADDING_MSG_TYPE_ID) {
                handler.onMessage(type, buffer, RecordDescriptor.encodedMsgOffset(index),
                    length - RecordDescriptor.HEADER_LENGTH);
                seen++;
            }
        }
    }

    private static int align(final int length) {
        return (length + RecordDescriptor.ALIGNMENT - 1) & -RecordDescriptor.ALIGNMENT;
    }

    /** Records lost because one event produced more than the arena holds. */
    public long dropped() {
        return dropped;
    }
}
