package io.strikeiq.bench.cost;

import io.strikeiq.event.EventType;

/**
 * What an event made the engines do besides its own tick, as bits observed from the engines'
 * counters around the event ({@link BreakdownPass}).
 */
final class EventKind {
    /** The 1 s event-time timers fired on this event (every engine's {@code onTimer}). */
    static final int TIMER = 1;
    /** A storage snapshot was captured (boundary event). */
    static final int SNAPSHOT_CAPTURE = 1 << 1;
    /** Rows of a captured snapshot were written. */
    static final int SNAPSHOT_ROWS = 1 << 2;
    /** The amortised gamma-flip computation advanced. */
    static final int FLIP_STEP = 1 << 3;
    /** The derivation re-solved legs beyond the ticked one (a forward move). */
    static final int RESOLVE = 1 << 4;
    /** A new option chain appeared in the state. */
    static final int NEW_CHAIN = 1 << 5;
    /** Not a tick: definition, session, bar, ingest file. */
    static final int STRUCTURED = 1 << 6;
    /** A gamma-flip computation started (a flip timer: every leg's coefficients collected). */
    static final int FLIP_START = 1 << 7;
    /** The highest bit. */
    static final int LAST = FLIP_START;

    private EventKind() {
    }

    static String name(final int bit) {
        switch (bit) {
            case TIMER: return "timer";
            case SNAPSHOT_CAPTURE: return "snapshot capture";
            case SNAPSHOT_ROWS: return "snapshot rows";
            case FLIP_STEP: return "flip step";
            case RESOLVE: return "forward re-solve";
            case NEW_CHAIN: return "new chain";
            case STRUCTURED: return "non-tick";
            case FLIP_START: return "flip start";
            default: return "?";
        }
    }

    /** Every bit set, joined with '+', after the event type. */
    static String describe(final byte type, final int bits, final int resolved, final long ivSolves) {
        final StringBuilder sb = new StringBuilder(EventType.name(type));
        for (int b = 1; b <= LAST; b <<= 1) {
            if ((bits & b) != 0 && b != STRUCTURED) {
                sb.append(" + ").append(name(b));
                if (b == RESOLVE) {
                    sb.append(" (").append(resolved).append(" legs)");
                }
            }
        }
        if (ivSolves > 0) {
            sb.append(", ").append(ivSolves).append(" IV solves");
        }
        return sb.toString();
    }
}
