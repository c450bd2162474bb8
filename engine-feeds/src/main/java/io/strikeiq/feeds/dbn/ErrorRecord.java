package io.strikeiq.feeds.dbn;

/** Flyweight for gateway error records (0x15): 80 bytes in v1, 320 in v2/v3. */
public final class ErrorRecord extends DbnRecord {
    public String message() {
        return version == 1 ? text(16, 64) : text(16, 302);
    }

    /** @return the error code (v2+), 0xFF for v1 */
    public int code() {
        return version == 1 ? 0xFF : u8(318);
    }

    /** @return whether this is the last error of a chain (v2+; always true in v1) */
    public boolean isLast() {
        return version == 1 || u8(319) != 0;
    }
}
