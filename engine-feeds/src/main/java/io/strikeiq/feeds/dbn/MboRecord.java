package io.strikeiq.feeds.dbn;

/** Flyweight for market-by-order records (0xA0, 56 bytes). */
public final class MboRecord extends DbnRecord {
    public static final int LENGTH = 56;

    public long orderId() {
        return i64(16);
    }

    public long priceRaw() {
        return i64(24);
    }

    /** @return the price, NaN if undefined */
    public double price() {
        return price(24);
    }

    public long size() {
        return u32(32);
    }

    public int flags() {
        return u8(36);
    }

    public int channelId() {
        return u8(37);
    }

    public char action() {
        return ch(38);
    }

    public char side() {
        return ch(39);
    }

    public long tsRecv() {
        return i64(40);
    }

    public int tsInDelta() {
        return i32(48);
    }

    public long sequence() {
        return u32(52);
    }
}
