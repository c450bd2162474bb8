package io.strikeiq.feeds.dbn;

/**
 * Flyweight for instrument definitions (0x13) in all three layouts; the version given to
 * {@link #wrap} selects the offsets, so v1 and v2 records read like v3 ones. The fields shared by
 * all versions up to {@code price_ratio} sit at the same offsets; the rest come from
 * {@link DefinitionLayout}. Text getters allocate a String (definitions are rare, not hot path).
 */
public final class InstrumentDefRecord extends DbnRecord {
    private DefinitionLayout layout() {
        return DefinitionLayout.forVersion(version);
    }

    public long tsRecv() {
        return i64(16);
    }

    public long minPriceIncrementRaw() {
        return i64(24);
    }

    /** @return tick size, NaN if undefined */
    public double minPriceIncrement() {
        return price(24);
    }

    public long displayFactorRaw() {
        return i64(32);
    }

    /** @return last eligible trade time, ns; {@link #UNDEF_TIMESTAMP} when none */
    public long expiration() {
        return i64(40);
    }

    public long activation() {
        return i64(48);
    }

    public double highLimitPrice() {
        return price(56);
    }

    public double lowLimitPrice() {
        return price(64);
    }

    public double maxPriceVariation() {
        return price(72);
    }

    public double strikePrice() {
        return price(layout().strikePrice);
    }

    public long strikePriceRaw() {
        return i64(layout().strikePrice);
    }

    public long rawInstrumentId() {
        final DefinitionLayout l = layout();
        return l.rawInstrumentId64 >= 0 ? i64(l.rawInstrumentId64) : u32(l.rawInstrumentId32);
    }

    public long underlyingId() {
        return u32(layout().underlyingId);
    }

    public int contractMultiplier() {
        return i32(layout().contractMultiplier);
    }

    public int maturityYear() {
        return u16(layout().maturityYear);
    }

    public int maturityMonth() {
        return u8(layout().maturityMonth);
    }

    public int maturityDay() {
        return u8(layout().maturityDay);
    }

    public int channelId() {
        return u16(layout().channelId);
    }

    public String currency() {
        return text(layout().currency, 4);
    }

    public String rawSymbol() {
        final DefinitionLayout l = layout();
        return text(l.rawSymbol, l.rawSymbolLength);
    }

    /** @return whether the raw symbol equals {@code symbol}, without allocating */
    public boolean rawSymbolEquals(final CharSequence symbol) {
        final DefinitionLayout l = layout();
        return CString.equalsAscii(buffer, offset + l.rawSymbol, l.rawSymbolLength, symbol);
    }

    public String group() {
        return text(layout().group, 21);
    }

    public String exchange() {
        return text(layout().exchange, 5);
    }

    public String asset() {
        final DefinitionLayout l = layout();
        return text(l.asset, l.assetLength);
    }

    public String cfi() {
        return text(layout().cfi, 7);
    }

    public String securityType() {
        return text(layout().securityType, 7);
    }

    public String unitOfMeasure() {
        return text(layout().unitOfMeasure, 31);
    }

    public String underlying() {
        return text(layout().underlying, 21);
    }

    /** @return 'F' future, 'S' spread, 'C'/'P' option, 'K' stock, … */
    public char instrumentClass() {
        return ch(layout().instrumentClass);
    }

    public char matchAlgorithm() {
        return ch(layout().matchAlgorithm);
    }

    /** @return 'A' add, 'M' modify, 'D' delete (v1 stores the same ASCII byte) */
    public char securityUpdateAction() {
        return ch(layout().securityUpdateAction);
    }
}
