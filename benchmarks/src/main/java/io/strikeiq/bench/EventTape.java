package io.strikeiq.bench;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A pre-generated run of input events held in memory column by column, so that a benchmark
 * measures the pipeline and not the feed (the synthetic market costs a few hundred ns to
 * generate an event). A {@link MarketEvent} carries a preallocated signal buffer of about 2 KB,
 * so an array of millions of them would not fit; ticks are therefore stored as primitive columns
 * (about 100 bytes each) and the rare structured events (instrument definitions, session events,
 * bars) as full copies on the side.
 */
public final class EventTape {
    private final int size;
    private final int prefixLength;
    private final byte[] type;
    private final long[] eventTime;
    private final int[] instrumentId;
    private final double[] ltp;
    private final double[] bid;
    private final double[] ask;
    private final long[] bidQty;
    private final long[] askQty;
    private final long[] volume;
    private final long[] openInterest;
    private final double[] vendorIv;
    private final byte[] tickKind;
    private final long[] tradeSize;
    /** Index into {@link #structured} for non-tick events, -1 for ticks. */
    private final int[] structuredIndex;
    private final MarketEvent[] structured;

    private EventTape(final int size, final int prefixLength, final byte[] type, final long[] eventTime,
                      final int[] instrumentId, final double[] ltp, final double[] bid, final double[] ask,
                      final long[] bidQty, final long[] askQty, final long[] volume, final long[] openInterest,
                      final double[] vendorIv, final byte[] tickKind, final long[] tradeSize,
                      final int[] structuredIndex, final MarketEvent[] structured) {
        this.size = size;
        this.prefixLength = prefixLength;
        this.type = type;
        this.eventTime = eventTime;
        this.instrumentId = instrumentId;
        this.ltp = ltp;
        this.bid = bid;
        this.ask = ask;
        this.bidQty = bidQty;
        this.askQty = askQty;
        this.volume = volume;
        this.openInterest = openInterest;
        this.vendorIv = vendorIv;
        this.tickKind = tickKind;
        this.tradeSize = tradeSize;
        this.structuredIndex = structuredIndex;
        this.structured = structured;
    }

    /**
     * Pulls up to {@code events} events from {@code source} (fewer if it ends first).
     *
     * @throws IllegalArgumentException when the source produced no tick at all
     */
    public static EventTape record(final EventSource source, final int events) {
        final byte[] type = new byte[events];
        final long[] eventTime = new long[events];
        final int[] instrumentId = new int[events];
        final double[] ltp = new double[events];
        final double[] bid = new double[events];
        final double[] ask = new double[events];
        final long[] bidQty = new long[events];
        final long[] askQty = new long[events];
        final long[] volume = new long[events];
        final long[] openInterest = new long[events];
        final double[] vendorIv = new double[events];
        final byte[] tickKind = new byte[events];
        final long[] tradeSize = new long[events];
        final int[] structuredIndex = new int[events];
        final List<MarketEvent> structured = new ArrayList<>();
        final MarketEvent e = new MarketEvent();
        int n = 0;
        int prefix = -1;
        while (n < events) {
            e.clear();
            final int r = source.poll(e);
            if (r == EventSource.END) {
                break;
            }
            if (r != EventSource.FILLED) {
                continue;
            }
            type[n] = e.type;
            eventTime[n] = e.eventTimeNanos;
            instrumentId[n] = e.instrumentId;
            if (e.type == EventType.OPTION_TICK || e.type == EventType.UNDERLYING_TICK) {
                if (prefix < 0) {
                    prefix = n;
                }
                ltp[n] = e.ltp;
                bid[n] = e.bid;
                ask[n] = e.ask;
                bidQty[n] = e.bidQty;
                askQty[n] = e.askQty;
                volume[n] = e.volume;
                openInterest[n] = e.openInterest;
                vendorIv[n] = e.vendorIv;
                tickKind[n] = e.tickKind;
                tradeSize[n] = e.size;
                structuredIndex[n] = -1;
            } else {
                final MarketEvent copy = new MarketEvent();
                copy.copyInputFrom(e);
                structuredIndex[n] = structured.size();
                structured.add(copy);
            }
            n++;
        }
        if (prefix < 0) {
            throw new IllegalArgumentException("the source produced no ticks in " + n + " events");
        }
        return new EventTape(n, prefix, type, eventTime, instrumentId, ltp, bid, ask, bidQty, askQty, volume,
            openInterest, vendorIv, tickKind, tradeSize, structuredIndex, structured.toArray(new MarketEvent[0]));
    }

    /** Events on the tape. */
    public int size() {
        return size;
    }

    /** Leading structured events (definitions, session open) before the first tick. */
    public int prefixLength() {
        return prefixLength;
    }

    /** Event time of event {@code index}, ns. */
    public long eventTimeNanos(final int index) {
        return eventTime[index];
    }

    /** Event time of the last event minus that of the first, ns. */
    public long spanNanos() {
        return eventTime[size - 1] - eventTime[0];
    }

    /**
     * Copies event {@code index}'s input fields into a cleared {@code slot}, its event time moved
     * by {@code timeShiftNanos}. Allocation-free.
     */
    public void copyTo(final int index, final long timeShiftNanos, final MarketEvent slot) {
        final int s = structuredIndex[index];
        if (s >= 0) {
            slot.copyInputFrom(structured[s]);
        } else {
            slot.type = type[index];
            slot.instrumentId = instrumentId[index];
            slot.ltp = ltp[index];
            slot.bid = bid[index];
            slot.ask = ask[index];
            slot.bidQty = bidQty[index];
            slot.askQty = askQty[index];
            slot.volume = volume[index];
            slot.openInterest = openInterest[index];
            slot.vendorIv = vendorIv[index];
            slot.tickKind = tickKind[index];
            slot.size = tradeSize[index];
        }
        slot.eventTimeNanos = eventTime[index] + timeShiftNanos;
    }
}
