package io.strikeiq.feeds.dbn;

/** DBN symbology types (u8 in the header); {@link #NONE} is 0xFF, "mixed / none". */
public enum SType {
    INSTRUMENT_ID(0), RAW_SYMBOL(1), SMART(2), CONTINUOUS(3), PARENT(4), NASDAQ_SYMBOL(5), CMS_SYMBOL(6),
    ISIN(7), US_CODE(8), BBG_COMP_ID(9), BBG_COMP_TICKER(10), FIGI(11), FIGI_TICKER(12), NONE(0xFF);

    /** The u8 id in the header. */
    public final int id;

    SType(final int id) {
        this.id = id;
    }

    /** @return the stype with this id, or {@code null} if the id is unknown */
    public static SType ofId(final int id) {
        if (id == 0xFF) {
            return NONE;
        }
        final SType[] all = values();
        return id >= 0 && id < all.length - 1 ? all[id] : null;
    }
}
