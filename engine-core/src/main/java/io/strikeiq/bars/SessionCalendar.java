package io.strikeiq.bars;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The session starts of one {@link SessionAlignment} for every local date 2000-01-01 to 2099-12-31
 * as UTC nanos, computed once from the pinned offset table ({@link ExchangeOffsets}, so
 * daylight-saving changes are exact and do not follow the JDK's tzdata) and then looked up
 * without allocating.
 * A session runs from its start (inclusive) to the next day's start (exclusive); intraday buckets
 * are laid from the session start and the last one is cut at the next session start.
 */
public final class SessionCalendar {
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate END = LocalDate.of(2100, 1, 1);
    private static final long DAY_NANOS = 86_400_000_000_000L;
    private static final SessionCalendar[] BY_ALIGNMENT = new SessionCalendar[SessionAlignment.values().length];

    private final SessionAlignment alignment;
    private final long[] starts;

    private SessionCalendar(final SessionAlignment alignment) {
        this.alignment = alignment;
        final int days = (int) (END.toEpochDay() - FIRST.toEpochDay()) + 2; // the day before FIRST .. END
        starts = new long[days];
        final ExchangeOffsets offsets = ExchangeOffsets.pinned();
        final long startSecondOfDay = alignment.sessionStart().toSecondOfDay();
        final long firstDay = FIRST.toEpochDay() - 1;
        for (int i = 0; i < days; i++) {
            starts[i] = offsets.utcOfLocal(alignment, (firstDay + i) * 86_400L + startSecondOfDay) * 1_000_000_000L;
        }
    }

    /** The shared calendar of an alignment (built on first use, immutable). */
    public static SessionCalendar of(final SessionAlignment alignment) {
        synchronized (BY_ALIGNMENT) {
            SessionCalendar c = BY_ALIGNMENT[alignment.ordinal()];
            if (c == null) {
                c = new SessionCalendar(alignment);
                BY_ALIGNMENT[alignment.ordinal()] = c;
            }
            return c;
        }
    }

    public SessionAlignment alignment() {
        return alignment;
    }

    /** Index of the session containing {@code t}. */
    private int sessionIndex(final long t) {
        int i = (int) Math.floorDiv(t - starts[0], DAY_NANOS);
        if (i < 0 || i >= starts.length - 1) {
            throw new IllegalArgumentException("time " + Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L))
                + " is outside the " + alignment + " session calendar (sessions of 2000-01-01 to 2099-12-31, the pinned "
                + ExchangeOffsets.RESOURCE + ")");
        }
        while (i > 0 && starts[i] > t) {
            i--;
        }
        while (i + 1 < starts.length - 1 && starts[i + 1] <= t) {
            i++;
        }
        return i;
    }

    /** Start (inclusive) of the session containing {@code t}. */
    public long sessionStart(final long t) {
        return starts[sessionIndex(t)];
    }

    /** End (exclusive) of the session containing {@code t}. */
    public long sessionEnd(final long t) {
        return starts[sessionIndex(t) + 1];
    }

    /** Start of the bucket of timeframe {@code tf} ({@link Timeframe} index) containing {@code t}. */
    public long bucketStart(final long t, final int tf) {
        final long s = starts[sessionIndex(t)];
        if (tf == Timeframe.D1) {
            return s;
        }
        final long len = Timeframe.nanos(tf);
        return s + (t - s) / len * len;
    }

    /** End (exclusive) of the bucket of timeframe {@code tf} containing {@code t}: cut at the session end. */
    public long bucketEnd(final long t, final int tf) {
        final int i = sessionIndex(t);
        final long next = starts[i + 1];
        if (tf == Timeframe.D1) {
            return next;
        }
        final long s = starts[i];
        final long len = Timeframe.nanos(tf);
        return Math.min(s + (t - s) / len * len + len, next);
    }
}
