package io.strikeiq.feeds.dbn;

/** Flyweight for MBP-10 (0x0A, 368 bytes): trade-like fields then ten bid/ask levels of 32 bytes. */
public final class Mbp10Record extends TradeRecord {
    public static final int LENGTH = 368;
    public static final int LEVELS = 10;

    private static int level(final int level) {
        return 48 + 32 * level;
    }

    public double bidPx(final int level) {
        return price(level(level));
    }

    public double askPx(final int level) {
        return price(level(level) + 8);
    }

    public long bidSz(final int level) {
        return u32(level(level) + 16);
    }

    public long askSz(final int level) {
        return u32(level(level) + 20);
    }

    public long bidCt(final int level) {
        return u32(level(level) + 24);
    }

    public long askCt(final int level) {
        return u32(level(level) + 28);
    }
}
