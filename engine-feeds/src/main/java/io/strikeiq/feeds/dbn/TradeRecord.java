package io.strikeiq.feeds.dbn;

/**
 * Flyweight for trades (MBP-0, rtype 0x00), 48 bytes. The same first 48 bytes begin every MBP-1
 * shaped record, which is why {@link Mbp1Record} extends the same accessors.
 */
public class TradeRecord extends DbnRecord {
    public static final int LENGTH = 48;
    /** Flag bit: last record of an event. */
    public static final int F_LAST = 0x80;
    /** Flag bit: top-of-book message. */
    public static final int F_TOB = 0x40;
    /** Flag bit: part of a snapshot. */
    public static final int F_SNAPSHOT = 0x20;
    /** Flag bit: aggregated price level. */
    public static final int F_MBP = 0x10;
    /** Flag bit: ts_recv is unreliable. */
    public static final int F_BAD_TS_RECV = 0x08;
    /** Flag bit: the book may be wrong after a gap. */
    public static final int F_MAYBE_BAD_BOOK = 0x04;

    public final long priceRaw() {
        return i64(16);
    }

    /** @return the price, NaN if undefined (check {@link #priceUndefined()}) */
    public final double price() {
        return price(16);
    }

    /** @return whether the price is the undefined sentinel */
    public final boolean priceUndefined() {
        return undefinedPrice(16);
    }

    /** @return size (u32) */
    public final long size() {
        return u32(24);
    }

    /** @return action: 'T' trade, or A/C/M/R/F for book updates */
    public final char action() {
        return ch(28);
    }

    /** @return side: 'A' sell aggressor / ask, 'B' buy aggressor / bid, 'N' none */
    public final char side() {
        return ch(29);
    }

    /** @return flags bit field ({@link #F_LAST} …) */
    public final int flags() {
        return u8(30);
    }

    public final int depth() {
        return u8(31);
    }

    /** @return capture-server receive time, ns (for BBO: the interval end) */
    public final long tsRecv() {
        return i64(32);
    }

    /** @return ns before ts_recv at which the venue sent the message */
    public final int tsInDelta() {
        return i32(40);
    }

    /** @return venue sequence number (u32) */
    public final long sequence() {
        return u32(44);
    }
}
