package io.strikeiq.feeds.dbn;

import java.nio.ByteOrder;
import org.agrona.DirectBuffer;

/**
 * Base flyweight over one DBN record in a {@link DirectBuffer}: the 16-byte header common to all
 * versions (length in 4-byte words, rtype, publisher id, instrument id, ts_event). Subclasses add
 * the fields of one record type and read them in place, little-endian, without allocating.
 */
public abstract class DbnRecord {
    /** u64::MAX, an undefined timestamp, as a Java long. */
    public static final long UNDEF_TIMESTAMP = -1L;
    /** Record header size in bytes. */
    public static final int HEADER_LENGTH = 16;
    protected static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    protected DirectBuffer buffer;
    protected int offset;
    protected int version;

    /** Points this flyweight at the record starting at {@code offset} in {@code buffer}. */
    public final void wrap(final DirectBuffer buffer, final int offset, final int version) {
        this.buffer = buffer;
        this.offset = offset;
        this.version = version;
    }

    /** @return the DBN version the record was read as */
    public final int version() {
        return version;
    }

    /** @return the record length in bytes (the header's word count × 4) */
    public final int lengthBytes() {
        return (buffer.getByte(offset) & 0xFF) << 2;
    }

    /** @return the record type */
    public final int rtype() {
        return buffer.getByte(offset + 1) & 0xFF;
    }

    /** @return the publisher id (dataset + venue) */
    public final int publisherId() {
        return buffer.getShort(offset + 2, LE) & 0xFFFF;
    }

    /** @return the instrument id (u32 kept in an int; ids above 2^31 read as negative) */
    public final int instrumentId() {
        return buffer.getInt(offset + 4, LE);
    }

    /** @return the event timestamp, ns since the Unix epoch */
    public final long tsEvent() {
        return buffer.getLong(offset + 8, LE);
    }

    protected final long i64(final int at) {
        return buffer.getLong(offset + at, LE);
    }

    protected final int i32(final int at) {
        return buffer.getInt(offset + at, LE);
    }

    protected final long u32(final int at) {
        return buffer.getInt(offset + at, LE) & 0xFFFF_FFFFL;
    }

    protected final int u16(final int at) {
        return buffer.getShort(offset + at, LE) & 0xFFFF;
    }

    protected final int u8(final int at) {
        return buffer.getByte(offset + at) & 0xFF;
    }

    protected final char ch(final int at) {
        return (char) (buffer.getByte(offset + at) & 0xFF);
    }

    protected final double price(final int at) {
        return FixedPrice.toDouble(buffer.getLong(offset + at, LE));
    }

    protected final boolean undefinedPrice(final int at) {
        return buffer.getLong(offset + at, LE) == FixedPrice.UNDEF_PRICE;
    }

    protected final String text(final int at, final int width) {
        return CString.read(buffer, offset + at, width);
    }
}
