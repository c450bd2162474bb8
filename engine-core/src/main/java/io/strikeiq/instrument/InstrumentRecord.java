package io.strikeiq.instrument;

import io.strikeiq.event.InstrumentSpec;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;

/**
 * Fixed 96-byte little-endian layout of one instrument definition as stored in the persisted
 * Chronicle Map, so a reader in another process (or another language) decodes it without Java
 * serialization. Offsets are part of the file format: append fields, never move them.
 */
final class InstrumentRecord {
    static final int LENGTH = 96;
    /** Bumped when the layout changes; a reader refuses records of another version. */
    static final short VERSION = 1;

    private static final int ID = 0;
    private static final int KIND = 4;
    private static final int RIGHT = 5;
    private static final int VERSION_OFFSET = 6;
    private static final int UNDERLYING = 8;
    private static final int LOT = 12;
    private static final int EXPIRY = 16;
    private static final int STRIKE = 24;
    private static final int TICK = 32;
    private static final int STEP = 40;
    private static final int VENUE = 48;
    private static final int SYMBOL = VENUE + InstrumentSpec.VENUE_LENGTH;

    private InstrumentRecord() {
    }

    static void encode(final InstrumentSpec spec, final byte[] record) {
        final UnsafeBuffer b = new UnsafeBuffer(record);
        b.putInt(ID, spec.instrumentId, ByteOrder.LITTLE_ENDIAN);
        b.putByte(KIND, spec.kind);
        b.putByte(RIGHT, spec.right);
        b.putShort(VERSION_OFFSET, VERSION, ByteOrder.LITTLE_ENDIAN);
        b.putInt(UNDERLYING, spec.underlyingId, ByteOrder.LITTLE_ENDIAN);
        b.putInt(LOT, spec.lotSize, ByteOrder.LITTLE_ENDIAN);
        b.putLong(EXPIRY, spec.expiryNanos, ByteOrder.LITTLE_ENDIAN);
        b.putDouble(STRIKE, spec.strike, ByteOrder.LITTLE_ENDIAN);
        b.putDouble(TICK, spec.tickSize, ByteOrder.LITTLE_ENDIAN);
        b.putDouble(STEP, spec.strikeStep, ByteOrder.LITTLE_ENDIAN);
        b.putBytes(VENUE, spec.venue, 0, InstrumentSpec.VENUE_LENGTH);
        b.putBytes(SYMBOL, spec.symbol, 0, InstrumentSpec.SYMBOL_LENGTH);
    }

    static void decode(final byte[] record, final InstrumentSpec into) {
        if (record.length != LENGTH) {
            throw new IllegalStateException("instrument record of " + record.length + " bytes, expected " + LENGTH);
        }
        final UnsafeBuffer b = new UnsafeBuffer(record);
        final short version = b.getShort(VERSION_OFFSET, ByteOrder.LITTLE_ENDIAN);
        if (version != VERSION) {
            throw new IllegalStateException("instrument record version " + version + ", expected " + VERSION);
        }
        into.instrumentId = b.getInt(ID, ByteOrder.LITTLE_ENDIAN);
        into.kind = b.getByte(KIND);
        into.right = b.getByte(RIGHT);
        into.underlyingId = b.getInt(UNDERLYING, ByteOrder.LITTLE_ENDIAN);
        into.lotSize = b.getInt(LOT, ByteOrder.LITTLE_ENDIAN);
        into.expiryNanos = b.getLong(EXPIRY, ByteOrder.LITTLE_ENDIAN);
        into.strike = b.getDouble(STRIKE, ByteOrder.LITTLE_ENDIAN);
        into.tickSize = b.getDouble(TICK, ByteOrder.LITTLE_ENDIAN);
        into.strikeStep = b.getDouble(STEP, ByteOrder.LITTLE_ENDIAN);
        b.getBytes(VENUE, into.venue, 0, InstrumentSpec.VENUE_LENGTH);
        b.getBytes(SYMBOL, into.symbol, 0, InstrumentSpec.SYMBOL_LENGTH);
    }
}
