package io.strikeiq.feeds.dbn;

/**
 * Flyweight for the 80-byte top-of-book shape: MBP-1 and TBBO (0x01), BBO-1s/1m (0xC3/0xC4),
 * CMBP-1 (0xB1), CBBO-1s/1m and TCBBO (0xC0–0xC2). The trade-like first 48 bytes are followed by
 * one bid/ask pair; consolidated rtypes carry publisher ids where the others carry order counts.
 */
public final class Mbp1Record extends TradeRecord {
    public static final int LENGTH = 80;
    public static final int BID_UNDEFINED = 1;
    public static final int ASK_UNDEFINED = 2;
    public static final int PRICE_UNDEFINED = 4;

    public long bidPxRaw() {
        return i64(48);
    }

    public long askPxRaw() {
        return i64(56);
    }

    public double bidPx() {
        return price(48);
    }

    public double askPx() {
        return price(56);
    }

    public long bidSz() {
        return u32(64);
    }

    public long askSz() {
        return u32(68);
    }

    /** @return bid order count (not meaningful for consolidated rtypes) */
    public long bidCt() {
        return u32(72);
    }

    /** @return ask order count (not meaningful for consolidated rtypes) */
    public long askCt() {
        return u32(76);
    }

    /** @return the publisher of the best bid (consolidated rtypes only) */
    public int bidPublisher() {
        return u16(72);
    }

    /** @return the publisher of the best ask (consolidated rtypes only) */
    public int askPublisher() {
        return u16(76);
    }

    /** @return a bit per undefined price ({@link #BID_UNDEFINED}, {@link #ASK_UNDEFINED}, {@link #PRICE_UNDEFINED}) */
    public int undefinedMask() {
        return (undefinedPrice(48) ? BID_UNDEFINED : 0) | (undefinedPrice(56) ? ASK_UNDEFINED : 0)
                | (priceUndefined() ? PRICE_UNDEFINED : 0);
    }
}
