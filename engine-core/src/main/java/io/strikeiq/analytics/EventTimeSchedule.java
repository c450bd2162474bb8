package io.strikeiq.analytics;

/**
 * Fires once each time event time crosses a multiple of a period (aligned to the epoch, so two
 * runs over the same input fire at the same events). The first call only arms it. No wall clock.
 */
public final class EventTimeSchedule {
    private final long periodNanos;
    private long next = Long.MIN_VALUE;

    public EventTimeSchedule(final long periodNanos) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodNanos);
        }
        this.periodNanos = periodNanos;
    }

    /** True when {@code now} reached the next boundary (then the one after it is armed). */
    public boolean due(final long now) {
        if (next == Long.MIN_VALUE) {
            next = Math.floorDiv(now, periodNanos) * periodNanos + periodNanos;
            return false;
        }
        if (now < next) {
            return false;
        }
        next = Math.floorDiv(now, periodNanos) * periodNanos + periodNanos;
        return true;
    }
}
