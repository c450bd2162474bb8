package io.strikeiq.state;

import java.util.Arrays;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The copy-on-write half of a chain capture: while a capture is open, the first write to a leg it
 * covers copies that leg's bytes as they were at the capture (its pre-image) into a pool, so a
 * reader of the capture sees the pre-image of a written leg and the live leg of an untouched one,
 * and together the chain exactly as the capturing event left it. Capturing costs nothing at the
 * boundary; each later write costs one {@link OptionLegFlyweight#LENGTH}-byte copy at most. Legs
 * are numbered {@code slot * 2 + side} in the layout of the capture; a re-layout while a capture is
 * open first preserves every leg it covers ({@link #preserveAll}), after which live indices no
 * longer matter. The pool grows by doubling when a capture needs more pre-images than it has held
 * before (a re-layout or a session open while a snapshot is still being written); otherwise
 * allocation-free.
 */
final class LegPreImages {
    private static final int INITIAL_POOL_LEGS = 64;

    private UnsafeBuffer pool = new UnsafeBuffer(new byte[INITIAL_POOL_LEGS * OptionLegFlyweight.LENGTH]);
    /** Per leg of the capture: byte offset of its pre-image in the pool, or -1 while it is untouched. */
    private int[] offsets = new int[0];
    private int used;
    /** Legs the open capture covers; 0 when none is open, so a write costs one compare. */
    private int legs;

    /** Sizes the index for a chain of {@code slots} slots (definition time); an open capture's entries are kept. */
    void ensure(final int slots) {
        if (2 * slots > offsets.length) {
            final int old = offsets.length;
            offsets = Arrays.copyOf(offsets, 2 * slots);
            Arrays.fill(offsets, old, offsets.length, -1);
        }
    }

    /** Opens a capture of the first {@code slots} slots as they are now. */
    void open(final int slots) {
        Arrays.fill(offsets, 0, 2 * slots, -1);
        legs = 2 * slots;
        used = 0;
    }

    void close() {
        legs = 0;
    }

    boolean isOpen() {
        return legs > 0;
    }

    /** Before leg {@code leg} of {@code live} changes: keeps its pre-image if the open capture covers it and has none yet. */
    void preserve(final DirectBuffer live, final int leg) {
        if (leg < legs && offsets[leg] < 0) {
            copy(live, leg);
        }
    }

    /** Keeps the pre-image of every covered leg not yet kept (before {@code live}'s legs move). */
    void preserveAll(final DirectBuffer live) {
        for (int leg = 0; leg < legs; leg++) {
            if (offsets[leg] < 0) {
                copy(live, leg);
            }
        }
    }

    private void copy(final DirectBuffer live, final int leg) {
        final int at = used * OptionLegFlyweight.LENGTH;
        if (at + OptionLegFlyweight.LENGTH > pool.capacity()) {
            final UnsafeBuffer grown = new UnsafeBuffer(new byte[2 * pool.capacity()]);
            grown.putBytes(0, pool, 0, at);
            pool = grown;
        }
        pool.putBytes(at, live, leg * OptionLegFlyweight.LENGTH, OptionLegFlyweight.LENGTH);
        offsets[leg] = at;
        used++;
    }

    /** Offset of leg {@code leg}'s pre-image in {@link #pool()}, or -1 when the live leg is still as captured. */
    int offset(final int leg) {
        return leg < legs ? offsets[leg] : -1;
    }

    UnsafeBuffer pool() {
        return pool;
    }

    /** Pre-images kept by the open (or last) capture. */
    int kept() {
        return used;
    }
}
