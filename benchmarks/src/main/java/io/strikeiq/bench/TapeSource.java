package io.strikeiq.bench;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.MarketEvent;

/**
 * Replays an {@link EventTape} into ring slots without end: the whole tape once, then laps of
 * its ticks only (the definitions and the session open are not repeated), each lap shifted
 * forward in event time by the tape's span plus one second, because engines run on event time
 * and it must never go backwards. Volume and open interest jump back at a lap boundary, like a
 * new session; the engines simply see new values. Allocation-free.
 */
public final class TapeSource implements EventSource {
    private static final long LAP_GAP_NANOS = 1_000_000_000L;

    private final EventTape tape;
    private final long lapShiftNanos;
    private int next;
    private long shift;
    private long laps;

    public TapeSource(final EventTape tape) {
        this.tape = tape;
        this.lapShiftNanos = tape.spanNanos() + LAP_GAP_NANOS;
    }

    @Override
    public int poll(final MarketEvent slot) {
        if (next == tape.size()) {
            next = tape.prefixLength();
            shift += lapShiftNanos;
            laps++;
        }
        tape.copyTo(next++, shift, slot);
        return FILLED;
    }

    /** Completed passes over the tape. */
    public long laps() {
        return laps;
    }
}
