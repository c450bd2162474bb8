package io.strikeiq.feeds.dbn;

import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import java.util.HashMap;
import java.util.Map;
import org.agrona.collections.Int2IntHashMap;
import org.agrona.collections.Int2ObjectHashMap;

/**
 * The instruments a {@link DbnEventSource} has introduced: venue instrument ids (u32) mapped to
 * dense internal ids in order of first appearance (deterministic for the same files, across files),
 * and the FUTURE definitions a new instrument needs before its first bar — one for its continuous
 * series (e.g. {@code NQ.v.0}) the first time the series is seen, then one for the contract, whose
 * underlyingId is the series so the engine can see rolls. A contract is journaled as
 * {@code NAME@<vendor id>} — its raw symbol when a DBN definition record or the file's raw
 * symbology gives it ({@code NQH5@5482}), else its continuous symbol ({@code NQ.v.0@5482}) — or as
 * its bare vendor id when the file does not map it: the vendor id is what storage keys the
 * instrument on (SCHEMA.md "Instrument identity"), so it is the same instrument in every journal.
 * Definition records ({@link #learn}) also give the tick size and the contract multiplier (the
 * definition's lot size), and mark spreads, which never join a continuous series. Defining
 * allocates (symbols); once per instrument.
 */
final class InstrumentDefinitions {
    private final Int2IntHashMap internalIds = new Int2IntHashMap(-1);
    /** What the files' definition records said, by vendor id. */
    private final Int2ObjectHashMap<VendorDefinition> vendor = new Int2ObjectHashMap<>();
    /** The ingest report's name of each defined vendor id: {@code ESH1 (5482)}. */
    private final Int2ObjectHashMap<String> labels = new Int2ObjectHashMap<>();
    private final Map<String, Integer> seriesIds = new HashMap<>();
    /** [0]: the series (when new), [1]: the contract; handed out from the first pending one. */
    private final InstrumentSpec[] queue = {new InstrumentSpec(), new InstrumentSpec()};
    private int pending;
    private long definitionTime;
    private int nextId = 1;

    /** Keeps what the definition record {@code r} says of its instrument (a later one of the same id replaces it). */
    void learn(final InstrumentDefRecord r) {
        vendor.put(r.instrumentId(), VendorDefinition.from(r));
    }

    /** The report's name of vendor id {@code venueId} ({@code ESH1 (5482)}, {@code NQ.v.0 (5482)} without a raw symbol). */
    String label(final int venueId) {
        final String l = labels.get(venueId);
        return l != null ? l : Integer.toUnsignedString(venueId);
    }

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
        final VendorDefinition def = vendor.get(venueId);
        final String vendorId = Integer.toUnsignedString(venueId);
        int seriesId = 0;
        pending = 0;
        final int id = nextId++;
        internalIds.put(venueId, id);
        final boolean spread = def != null ? def.spread()
            : sym != null && sym.kind() == DbnSymbol.Kind.RAW && VendorDefinition.isSpread((char) 0, sym.text());
        if (!spread && sym != null && sym.kind() == DbnSymbol.Kind.CONTINUOUS) {
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
        final String raw = def != null ? def.rawSymbol()
            : sym != null && sym.kind() == DbnSymbol.Kind.RAW ? sym.text() : null;
        final String shown = raw != null ? raw : sym != null ? sym.text() : null;
        labels.put(venueId, shown == null ? vendorId : shown + " (" + vendorId + ")");
        // The vendor id stays in the name, whole: storage keys the instrument on it.
        final String suffix = "@" + vendorId;
        final String name = shown == null ? vendorId
            : (shown.length() + suffix.length() > InstrumentSpec.SYMBOL_LENGTH
                ? shown.substring(0, InstrumentSpec.SYMBOL_LENGTH - suffix.length()) : shown) + suffix;
        spec(queue[1], id, seriesId, name, dataset);
        if (def != null) {
            queue[1].tickSize = def.tickSize();
            queue[1].lotSize = def.multiplier();
        }
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
