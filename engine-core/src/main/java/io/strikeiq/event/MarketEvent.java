package io.strikeiq.event;

/**
 * One input event, and the type of a preallocated ring-buffer slot. A feed fills it, the journal
 * stage encodes it, the state stage applies it, the analytics stage runs the engines on it and the
 * publish stage writes what they produced (which travels in the record arena, not in the slot).
 * Fields are a flat union over the {@link EventType}s; which ones are meaningful depends on
 * {@link #type}.
 *
 * <p>The two bulky payloads, {@link #instrument} and {@link #ingestFile}, are owned by an event
 * made with {@link #MarketEvent()} (tests, scratch events, tapes). A ring slot
 * ({@link #ringSlot()}) owns neither: the feed lends it entries of a small shared side store
 * before each fill ({@link #lendPayloads}), so a slot costs a few hundred bytes instead of a
 * kilobyte while definitions stay as rich as they are.
 *
 * <p>Only {@link #publishNanos} and {@link #flags} are not part of the journaled input: the first
 * is a latency probe (wall clock, never reaches an output journal), the second marks handler
 * failures.
 */
public final class MarketEvent {
    /** Set by a stage whose handler threw while processing this event. */
    public static final int FLAG_HANDLER_FAILED = 1;

    public byte type;
    /** Input sequence number: 0, 1, 2 ... in journal order. The provenance key of every output. */
    public long sequence;
    /** Event time, ns since the Unix epoch (UTC). */
    public long eventTimeNanos;
    public int instrumentId;

    // Option tick and underlying tick.
    public double ltp = Double.NaN;
    public double bid = Double.NaN;
    public double ask = Double.NaN;
    public long bidQty;
    public long askQty;
    public long volume;
    public long openInterest;
    public double vendorIv = Double.NaN;
    /** Underlying ticks: {@link #TICK_TRADE} or {@link #TICK_QUOTE}. */
    public byte tickKind;
    /** Underlying trade size (0 for quotes and index prints). */
    public long size;

    // Bar.
    public int timeframeSeconds;
    public long barOpenTimeNanos;
    public double open = Double.NaN;
    public double high = Double.NaN;
    public double low = Double.NaN;
    public double close = Double.NaN;

    // Session event.
    public byte sessionKind;

    /** Instrument definition; meaningful only for {@link EventType#INSTRUMENT_DEFINITION}. */
    public InstrumentSpec instrument;

    /** Ingest file (end of a vendor file); meaningful only for {@link EventType#INGEST_FILE}. */
    public IngestFileInfo ingestFile;

    /** Whether {@link #instrument} and {@link #ingestFile} are this event's own (else lent). */
    private final boolean ownsPayloads;

    // Not journaled.
    public long publishNanos;
    public int flags;

    /** Outputs (signals, snapshots ...) the analytics stage left in the record arena for this event. */
    public int outputRecords;

    public static final byte TICK_TRADE = 0;
    public static final byte TICK_QUOTE = 1;

    public static final byte SESSION_OPEN = 0;
    public static final byte SESSION_CLOSE = 1;
    public static final byte SESSION_CLOCK = 2;

    /** An event with payloads of its own. */
    public MarketEvent() {
        this(true);
    }

    private MarketEvent(final boolean ownsPayloads) {
        this.ownsPayloads = ownsPayloads;
        if (ownsPayloads) {
            instrument = new InstrumentSpec();
            ingestFile = new IngestFileInfo();
        }
    }

    /** A ring slot: no payloads of its own until the feed lends them ({@link #lendPayloads}). */
    public static MarketEvent ringSlot() {
        return new MarketEvent(false);
    }

    /**
     * Points a ring slot's payload fields at side-store entries, cleared by the lender, for the
     * next fill; the lender keeps them unchanged until every consumer is past the event.
     */
    public void lendPayloads(final InstrumentSpec spec, final IngestFileInfo file) {
        if (ownsPayloads) {
            throw new IllegalStateException("event owns its payloads");
        }
        instrument = spec;
        ingestFile = file;
    }

    /**
     * Resets every input field so a translator starts from a clean slot. Lent payloads are left
     * alone: they may already be lent to a later event, and the lender clears them.
     */
    public void clear() {
        if (ownsPayloads) {
            if (type == EventType.INSTRUMENT_DEFINITION) {
                instrument.clear();
            } else if (type == EventType.INGEST_FILE) {
                ingestFile.clear();
            }
        }
        type = EventType.NONE;
        sequence = 0;
        eventTimeNanos = 0;
        instrumentId = 0;
        ltp = Double.NaN;
        bid = Double.NaN;
        ask = Double.NaN;
        bidQty = 0;
        askQty = 0;
        volume = 0;
        openInterest = 0;
        vendorIv = Double.NaN;
        tickKind = TICK_TRADE;
        size = 0;
        timeframeSeconds = 0;
        barOpenTimeNanos = 0;
        open = Double.NaN;
        high = Double.NaN;
        low = Double.NaN;
        close = Double.NaN;
        sessionKind = SESSION_CLOCK;
        publishNanos = 0;
        flags = 0;
        outputRecords = 0;
    }

    /** Copies the journaled input fields (not the probe or flags) from another event; a ring slot must hold lent payloads. */
    public void copyInputFrom(final MarketEvent o) {
        type = o.type;
        sequence = o.sequence;
        eventTimeNanos = o.eventTimeNanos;
        instrumentId = o.instrumentId;
        ltp = o.ltp;
        bid = o.bid;
        ask = o.ask;
        bidQty = o.bidQty;
        askQty = o.askQty;
        volume = o.volume;
        openInterest = o.openInterest;
        vendorIv = o.vendorIv;
        tickKind = o.tickKind;
        size = o.size;
        timeframeSeconds = o.timeframeSeconds;
        barOpenTimeNanos = o.barOpenTimeNanos;
        open = o.open;
        high = o.high;
        low = o.low;
        close = o.close;
        sessionKind = o.sessionKind;
        if (o.type == EventType.INSTRUMENT_DEFINITION) {
            instrument.copyFrom(o.instrument);
        } else if (o.type == EventType.INGEST_FILE) {
            ingestFile.copyFrom(o.ingestFile);
        }
    }
}
