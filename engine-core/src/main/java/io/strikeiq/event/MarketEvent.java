package io.strikeiq.event;

import io.strikeiq.signal.SignalBuffer;

/**
 * One preallocated ring-buffer slot. A feed fills it through a translator, the journal stage
 * encodes it, the state stage applies it, the analytics stage writes the signals it caused into
 * {@link #signals}, and the publish stage writes those out. Fields are a flat union over the
 * {@link EventType}s; which ones are meaningful depends on {@link #type}.
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

    // Instrument definition.
    public final InstrumentSpec instrument = new InstrumentSpec();

    // Ingest file (end of a vendor file).
    public final IngestFileInfo ingestFile = new IngestFileInfo();

    // Not journaled.
    public long publishNanos;
    public int flags;

    /** Output records (snapshots ...) the analytics stage left in the record arena for this event. */
    public int outputRecords;

    /** Signals the analytics stage produced for this event; drained by the publish stage. */
    public final SignalBuffer signals = new SignalBuffer(SignalBuffer.DEFAULT_CAPACITY);

    public static final byte TICK_TRADE = 0;
    public static final byte TICK_QUOTE = 1;

    public static final byte SESSION_OPEN = 0;
    public static final byte SESSION_CLOSE = 1;
    public static final byte SESSION_CLOCK = 2;

    /** Resets every input field so a translator starts from a clean slot. */
    public void clear() {
        if (type == EventType.INSTRUMENT_DEFINITION) {
            instrument.clear();
        } else if (type == EventType.INGEST_FILE) {
            ingestFile.clear();
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
        signals.clear();
    }

    /** Copies the journaled input fields (not the probe, flags or signals) from another slot. */
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
