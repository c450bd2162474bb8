package io.strikeiq.feeds.dbn;

/**
 * Flyweight for OHLCV records (rtypes 0x20–0x24 and the deprecated 0x11), 56 bytes in every
 * version. {@code tsEvent} is the bar OPEN time. Undefined prices read as NaN and set a bit in
 * {@link #undefinedMask()}.
 */
public final class OhlcvRecord extends DbnRecord {
    public static final int LENGTH = 56;
    public static final int OPEN_UNDEFINED = 1;
    public static final int HIGH_UNDEFINED = 2;
    public static final int LOW_UNDEFINED = 4;
    public static final int CLOSE_UNDEFINED = 8;

    public long openRaw() {
        return i64(16);
    }

    public long highRaw() {
        return i64(24);
    }

    public long lowRaw() {
        return i64(32);
    }

    public long closeRaw() {
        return i64(40);
    }

    public double open() {
        return price(16);
    }

    public double high() {
        return price(24);
    }

    public double low() {
        return price(32);
    }

    public double close() {
        return price(40);
    }

    /** @return traded volume (u64; values above 2^63 read as negative) */
    public long volume() {
        return i64(48);
    }

    /** @return a bit per undefined price: {@link #OPEN_UNDEFINED} … {@link #CLOSE_UNDEFINED}; 0 when all are set */
    public int undefinedMask() {
        return (undefinedPrice(16) ? OPEN_UNDEFINED : 0) | (undefinedPrice(24) ? HIGH_UNDEFINED : 0)
                | (undefinedPrice(32) ? LOW_UNDEFINED : 0) | (undefinedPrice(40) ? CLOSE_UNDEFINED : 0);
    }
}
