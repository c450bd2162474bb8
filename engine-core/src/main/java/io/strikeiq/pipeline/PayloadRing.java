package io.strikeiq.pipeline;

import com.lmax.disruptor.RingBuffer;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;

/**
 * The side store that holds the bulky payloads of instrument-definition and ingest-file events,
 * so ring slots need not: a small ring of preallocated {@link InstrumentSpec} /
 * {@link IngestFileInfo} pairs, used only by the feed thread. Before each fill the feed lends the
 * slot the next pair ({@link #lend}); if the source made the slot one of those two types the pair
 * is kept ({@link #keep}) and the next fill gets the following one, otherwise the same pair is
 * offered again.
 *
 * <p>Why it is safe across threads: the source writes a pair before the slot is published, so
 * the Disruptor's publish/read barrier makes it visible to every consumer as the slot's own fields
 * are. A kept pair is lent again only after every consumer's sequence
 * ({@link RingBuffer#getMinimumGatingSequence()}) has passed the event that carried it, i.e. no
 * stage still reads it; until then the feed waits, as it waits for a free slot. Consumers never
 * wait for the feed, so the wait always ends. Allocation-free after construction.
 */
public final class PayloadRing {
    /** Pairs in the store: definitions may be this many events ahead of the slowest consumer. */
    public static final int DEFAULT_CAPACITY = 256;

    private final RingBuffer<MarketEvent> ring;
    private final InstrumentSpec[] specs;
    private final IngestFileInfo[] files;
    /** Ring sequence of the event holding each pair, or -1 when the pair is free (and clean). */
    private final long[] heldBy;
    private final int mask;
    private long cursor;
    /** Every consumer is known to be at or past this ring sequence (monotonic, cached). */
    private long released = -1;

    /** @param capacity pairs, a power of two */
    PayloadRing(final RingBuffer<MarketEvent> ring, final int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("payload ring capacity must be a power of two: " + capacity);
        }
        this.ring = ring;
        specs = new InstrumentSpec[capacity];
        files = new IngestFileInfo[capacity];
        heldBy = new long[capacity];
        for (int i = 0; i < capacity; i++) {
            specs[i] = new InstrumentSpec();
            files[i] = new IngestFileInfo();
            heldBy[i] = -1;
        }
        mask = capacity - 1;
    }

    /** Feed thread, before the source fills {@code slot}: lends it the next free, cleared pair. */
    void lend(final MarketEvent slot) {
        final int k = (int) cursor & mask;
        final long held = heldBy[k];
        if (held >= 0) {
            while (released < held) {
                released = ring.getMinimumGatingSequence();
                if (released < held) {
                    Thread.onSpinWait();
                }
            }
            specs[k].clear();
            files[k].clear();
            heldBy[k] = -1;
        }
        slot.lendPayloads(specs[k], files[k]);
    }

    /** Feed thread, after the fill and before publishing {@code ringSequence}: keeps the pair if the event uses it. */
    void keep(final MarketEvent slot, final long ringSequence) {
        if (slot.type == EventType.INSTRUMENT_DEFINITION || slot.type == EventType.INGEST_FILE) {
            heldBy[(int) cursor & mask] = ringSequence;
            cursor++;
        }
    }
}
