package io.strikeiq.pipeline;

import io.strikeiq.SuppressForbidden;
import com.lmax.disruptor.RingBuffer;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;

/**
 * The single producer: pulls events from an {@link EventSource} straight into claimed ring
 * slots, numbers them (the input sequence, provenance of every output) and stamps the latency
 * probe; lends each slot the side-store entries a definition or ingest-file event fills
 * ({@link PayloadRing}). Either as fast as the ring accepts, or paced at a fixed offered rate; when paced, the
 * probe starts at each event's <em>intended</em> send time, so a stall is charged to every event
 * it delayed (coordinated-omission correction). Stops by itself when the pipeline halts (a
 * journal could not be written). Allocation-free per event.
 */
public final class FeedDriver {
    private final RingBuffer<MarketEvent> ring;
    private final PipelineHalt halt;
    private final PayloadRing payloads;
    // Reused across runs: a schedule per run would allocate on the feed thread unless the JIT elides it.
    private final SendSchedule schedule = new SendSchedule(0);
    private volatile boolean stopRequested;
    private volatile long published;
    private long nextSequence;

    FeedDriver(final RingBuffer<MarketEvent> ring, final PipelineHalt halt, final PayloadRing payloads) {
        this.ring = ring;
        this.halt = halt;
        this.payloads = payloads;
    }

    /** Numbering starts here (0 for a new journal). */
    public FeedDriver firstSequence(final long sequence) {
        nextSequence = sequence;
        return this;
    }

    /** Asks {@link #run} to return after the event it is publishing; safe from any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Events published so far by every {@link #run} of this driver (updated in batches; for progress reports). */
    public long published() {
        return published;
    }

    /**
     * Publishes until the source ends, {@code maxEvents} have been published, a stop was
     * requested or the pipeline halted.
     *
     * @param ratePerSecond offered rate; 0 or less means as fast as possible
     * @return the number of events published
     */
    public long run(final EventSource source, final long maxEvents, final double ratePerSecond) {
        schedule.restart(ratePerSecond);
        final long limit = maxEvents <= 0 ? Long.MAX_VALUE : maxEvents;
        final long before = published;
        long count = 0;
        while (count < limit && !stopRequested && !halt.halted()) {
            final long seq = ring.next();
            final MarketEvent slot = ring.get(seq);
            int r;
            do {
                slot.clear();
                payloads.lend(slot);
                r = source.poll(slot);
                if (r == EventSource.IDLE) {
                    Thread.onSpinWait();
                }
            } while (r == EventSource.IDLE && !stopRequested && !halt.halted());
            if (r != EventSource.FILLED) {
                // A claimed slot must be published; an empty one passes through every stage untouched.
                slot.clear();
                slot.type = EventType.NONE;
                ring.publish(seq);
                break;
            }
            slot.sequence = nextSequence++;
            payloads.keep(slot, seq);
            slot.publishNanos = schedule.awaitSlot(count);
            ring.publish(seq);
            count++;
            if ((count & 1023) == 0) {
                published = before + count;
            }
        }
        published = before + count;
        return count;
    }

    /**
     * Publishes what {@link EventSource#pollOnStop} has to add once the runs are over, even after a
     * stop request (that is when it matters). Polls into a scratch event first so no empty slot is
     * claimed; called once per run, off the hot path.
     *
     * @return the number of events published
     */
    @SuppressForbidden(reason = "latency probe: stamps the slot's publish time, read only by LatencyProbe")
    public long publishOnStop(final EventSource source) {
        final MarketEvent scratch = new MarketEvent();
        long count = 0;
        while (true) {
            scratch.clear();
            if (source.pollOnStop(scratch) != EventSource.FILLED) {
                break;
            }
            final long seq = ring.next();
            final MarketEvent slot = ring.get(seq);
            slot.clear();
            payloads.lend(slot);
            slot.copyInputFrom(scratch);
            slot.sequence = nextSequence++;
            payloads.keep(slot, seq);
            slot.publishNanos = System.nanoTime();
            ring.publish(seq);
            count++;
        }
        published += count;
        return count;
    }

}
