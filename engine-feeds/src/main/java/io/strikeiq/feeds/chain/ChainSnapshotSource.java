package io.strikeiq.feeds.chain;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.MarketEvent;
import java.util.List;

/**
 * An {@link EventSource} over prepared events (typically {@link ChainSnapshotEvents#toEvents} of one
 * or more snapshots), copying each into the ring slot the feed thread offers, then {@link #END}.
 */
public final class ChainSnapshotSource implements EventSource {
    private final List<MarketEvent> events;
    private int next;

    public ChainSnapshotSource(final List<MarketEvent> events) {
        this.events = List.copyOf(events);
    }

    @Override
    public int poll(final MarketEvent slot) {
        if (next >= events.size()) {
            return END;
        }
        slot.copyInputFrom(events.get(next++));
        return FILLED;
    }
}
