package io.strikeiq.feeds.dbn;

/** Flyweight for gateway system / heartbeat records (0x17): 80 bytes in v1, 320 in v2/v3. */
public final class SystemRecord extends DbnRecord {
    public String message() {
        return version == 1 ? text(16, 64) : text(16, 303);
    }

    /** @return the system code (v2+), 0xFF for v1 */
    public int code() {
        return version == 1 ? 0xFF : u8(319);
    }
}
