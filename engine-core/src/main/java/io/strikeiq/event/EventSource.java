package io.strikeiq.event;

/**
 * A producer of input events, pulled by the feed thread straight into ring-buffer slots (no
 * intermediate objects). Synthetic markets, file readers and journal replays implement it.
 */
public interface EventSource extends AutoCloseable {
    /** {@link #poll} filled the slot. */
    int FILLED = 1;
    /** Nothing available right now (a live source); poll again. */
    int IDLE = 0;
    /** The source is exhausted. */
    int END = -1;

    /**
     * Fills {@code slot} (already cleared) with the next event's input fields. The caller
     * assigns {@link MarketEvent#sequence}; a source must not rely on it.
     *
     * @return {@link #FILLED}, {@link #IDLE} or {@link #END}
     */
    int poll(MarketEvent slot);

    /**
     * Called by the feed thread, repeatedly until it returns {@link #END}, after a run stopped
     * (SIGTERM, Ctrl-C, an event limit) possibly before this source ended: a file source uses it to
     * record what it had not finished (an INGEST_FILE event with status INTERRUPTED), so the
     * journal says the ingest was cut short. Off the hot path; the default has nothing to add.
     *
     * @return {@link #FILLED} or {@link #END}
     */
    default int pollOnStop(final MarketEvent slot) {
        return END;
    }

    @Override
    default void close() {
    }
}
