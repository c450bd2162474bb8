package io.strikeiq.pipeline;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Counts handler exceptions per stage and keeps the latest one for the report. A stage that
 * throws never stops: the event is marked {@link io.strikeiq.event.MarketEvent#FLAG_HANDLER_FAILED}
 * and processing carries on. Recording does not allocate (the exception already exists) and does
 * no I/O; the report is printed off the hot path, when the run ends.
 */
public final class StageErrors {
    private final AtomicLongArray counts = new AtomicLongArray(Stage.values().length);
    private final AtomicReferenceArray<Throwable> latest = new AtomicReferenceArray<>(Stage.values().length);
    private final AtomicLongArray latestSequence = new AtomicLongArray(Stage.values().length);

    public void record(final Stage stage, final long inputSequence, final Throwable error) {
        counts.incrementAndGet(stage.ordinal());
        latest.lazySet(stage.ordinal(), error);
        latestSequence.lazySet(stage.ordinal(), inputSequence);
    }

    public long count(final Stage stage) {
        return counts.get(stage.ordinal());
    }

    public long total() {
        long sum = 0;
        for (int i = 0; i < counts.length(); i++) {
            sum += counts.get(i);
        }
        return sum;
    }

    public Throwable latest(final Stage stage) {
        return latest.get(stage.ordinal());
    }

    /** Multi-line summary for the end-of-run report; empty when nothing failed. */
    public String report() {
        final StringBuilder sb = new StringBuilder();
        for (final Stage stage : Stage.values()) {
            final long n = count(stage);
            if (n > 0) {
                final Throwable t = latest(stage);
                sb.append(stage.label()).append(": ").append(n).append(" handler error(s); latest at input seq ")
                    .append(latestSequence.get(stage.ordinal())).append(": ").append(t).append('\n');
            }
        }
        return sb.toString();
    }
}
