package io.strikeiq.feeds.dbn;

import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import java.util.HashMap;
import java.util.Map;
import org.agrona.collections.Int2IntHashMap;

/**
 * The instruments a {@link DbnEventSource} has introduced: venue instrument ids (u32) mapped to
 * dense internal ids in order of first appearance (deterministic for the same files, across files),
 * and the FUTURE definitions a new instrument needs before its first bar — one for its continuous
 * series (e.g. {@code NQ.v.0}) the first time the series is seen, then one for the contract, whose
 * underlyingId is the series so the engine can see rolls. A contract outside any continuous series
 * is named by its raw symbol, or its venue id when the file does not map it. Defining allocates
 * (symbols); once per instrument.
 */
final class InstrumentDefinitions {
    private final Int2IntHashMap internalIds = new Int2IntHashMap(-1);
    private final Map<String, Integer> seriesIds = new HashMap<>();
    /** [0]: the series (when new), [1]: the contract; handed out from the first pending one. */
    private final InstrumentSpec[] queue = {new InstrumentSpec(), new InstrumentSpec()};
    private int pending;
    private long definitionTime;
    private int nextId = 1;

    /** The internal id of a venue instrument, or -1 if it has not been defined. */
    int idOf(final int venueId) {
        return internalIds.get(venueId);
    }

    /**
     * Assigns internal ids to a new venue instrument (and its series) and queues their definitions.
     *
     * @param lookupTime event time at which the file's symbology is asked which symbol the id had
     * @param eventTime event time the definitions are stamped with
     * @return the new internal id
     */
    int define(final int venueId, final long lookupTime, final long eventTime, final SymbolResolver resolver) {
        final int symbolIndex = resolver.symbolIndexOf(venueId, lookupTime);
        final DbnSymbol sym = symbolIndex >= 0 ? resolver.parsed(symbolIndex) : null;
        final String dataset = resolver.dataset();
        definitionTime = eventTime;
        int seriesId = 0;
        pending = 0;
        final int id = nextId++;
        internalIds.put(venueId, id);
        if (sym != null && sym.kind() == DbnSymbol.Kind.CONTINUOUS) {
            final Integer known = seriesIds.get(sym.text());
            if (known == null) {
                seriesId = nextId++;
                seriesIds.put(sym.text(), seriesId);
                spec(queue[0], seriesId, 0, sym.text(), dataset);
                pending = 1;
            } else {
                seriesId = known;
            }
        }
        final String name;
        if (sym == null) {
            name = Integer.toString(venueId);
        } else if (sym.kind() == DbnSymbol.Kind.RAW) {
            name = sym.text();
        } else {
            name = sym.text() + "@" + venueId;
        }
        spec(queue[1], id, seriesId, name, dataset);
        pending++;
        return id;
    }

    /** True while definitions are queued. */
    boolean pending() {
        return pending > 0;
    }

    /** Event time of the queued definitions. */
    long definitionTime() {
        return definitionTime;
    }

    /** Fills {@code slot} with the next queued definition. */
    void emitNext(final MarketEvent slot) {
        final InstrumentSpec d = queue[queue.length - pending--];
        slot.type = EventType.INSTRUMENT_DEFINITION;
        slot.eventTimeNanos = definitionTime;
        slot.instrumentId = d.instrumentId;
        slot.instrument.copyFrom(d);
    }

    /** Forgets queued definitions (the run stopped before they went out). */
    void dropPending() {
        pending = 0;
    }

    private static void spec(final InstrumentSpec s, final int id, final int underlying, final String symbol,
                             final String venue) {
        s.clear();
        s.instrumentId = id;
        s.kind = InstrumentSpec.KIND_FUTURE;
        s.underlyingId = underlying;
        s.lotSize = 1;
        s.symbol(symbol.length() > InstrumentSpec.SYMBOL_LENGTH ? symbol.substring(0, InstrumentSpec.SYMBOL_LENGTH) : symbol);
        s.venue(venue.length() > InstrumentSpec.VENUE_LENGTH ? venue.substring(0, InstrumentSpec.VENUE_LENGTH) : venue);
    }
}
