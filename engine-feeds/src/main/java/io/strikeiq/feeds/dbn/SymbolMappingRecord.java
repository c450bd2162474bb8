package io.strikeiq.feeds.dbn;

/** Flyweight for live symbol-mapping records (0x16): 80 bytes in v1, 176 bytes in v2/v3. */
public final class SymbolMappingRecord extends DbnRecord {
    /** @return the input stype (v2+), or 0xFF for v1 which does not carry it */
    public int stypeIn() {
        return version == 1 ? SType.NONE.id : u8(16);
    }

    public String stypeInSymbol() {
        return version == 1 ? text(16, 22) : text(17, 71);
    }

    /** @return the output stype (v2+), or 0xFF for v1 */
    public int stypeOut() {
        return version == 1 ? SType.NONE.id : u8(88);
    }

    public String stypeOutSymbol() {
        return version == 1 ? text(38, 22) : text(89, 71);
    }

    public long startTs() {
        return i64(version == 1 ? 64 : 160);
    }

    public long endTs() {
        return i64(version == 1 ? 72 : 168);
    }
}
