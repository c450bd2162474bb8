package io.strikeiq.feeds.dbn;

/** Flyweight for trading-status records (0x12, 40 bytes). */
public final class StatusRecord extends DbnRecord {
    public long tsRecv() {
        return i64(16);
    }

    public int action() {
        return u16(24);
    }

    public int reason() {
        return u16(26);
    }

    public int tradingEvent() {
        return u16(28);
    }

    /** @return 'Y', 'N' or '~' (not available) */
    public char isTrading() {
        return ch(30);
    }

    public char isQuoting() {
        return ch(31);
    }

    public char isShortSellRestricted() {
        return ch(32);
    }
}
