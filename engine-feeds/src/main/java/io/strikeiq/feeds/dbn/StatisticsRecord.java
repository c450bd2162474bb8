package io.strikeiq.feeds.dbn;

/**
 * Flyweight for statistics (0x18): 64 bytes with an i32 quantity in v1/v2, 80 bytes with an i64
 * quantity in v3. Undefined price and quantity (i32::MAX before v3, i64::MAX in v3) read as NaN.
 */
public final class StatisticsRecord extends DbnRecord {
    public static final int PRICE_UNDEFINED = 1;
    public static final int QUANTITY_UNDEFINED = 2;
    private static final int UNDEF_QUANTITY_V2 = Integer.MAX_VALUE;
    private static final long UNDEF_QUANTITY_V3 = Long.MAX_VALUE;

    public long tsRecv() {
        return i64(16);
    }

    public long tsRef() {
        return i64(24);
    }

    public double price() {
        return price(32);
    }

    public long priceRaw() {
        return i64(32);
    }

    /** @return the raw quantity, widened to long in every version */
    public long quantityRaw() {
        return version >= 3 ? i64(40) : i32(40);
    }

    /** @return the quantity as a double, NaN when undefined */
    public double quantity() {
        return quantityUndefined() ? Double.NaN : quantityRaw();
    }

    private boolean quantityUndefined() {
        return version >= 3 ? i64(40) == UNDEF_QUANTITY_V3 : i32(40) == UNDEF_QUANTITY_V2;
    }

    public long sequence() {
        return u32(version >= 3 ? 48 : 44);
    }

    public int tsInDelta() {
        return i32(version >= 3 ? 52 : 48);
    }

    public int statType() {
        return u16(version >= 3 ? 56 : 52);
    }

    public int channelId() {
        return u16(version >= 3 ? 58 : 54);
    }

    public int updateAction() {
        return u8(version >= 3 ? 60 : 56);
    }

    public int statFlags() {
        return u8(version >= 3 ? 61 : 57);
    }

    /** @return {@link #PRICE_UNDEFINED} and/or {@link #QUANTITY_UNDEFINED} */
    public int undefinedMask() {
        return (undefinedPrice(32) ? PRICE_UNDEFINED : 0) | (quantityUndefined() ? QUANTITY_UNDEFINED : 0);
    }
}
