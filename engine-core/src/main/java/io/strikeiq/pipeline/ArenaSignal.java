package io.strikeiq.pipeline;

import io.strikeiq.signal.Signal;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The record-arena form of a {@link Signal}: every field at a fixed offset, so the publish stage
 * (or a harness playing it) turns it back into exactly the Signal the engine filled in. Signals
 * travel through the same {@link RecordArena} as the other output records; this template id,
 * outside the output schema's 1..63, tells them apart and never reaches a queue — the publish
 * stage hands the decoded Signal to its {@link SignalRecorder}, which encodes it per family.
 */
public final class ArenaSignal {
    /** Arena template of a signal; output records use their SBE template ids (1..63). */
    public static final int TEMPLATE_ID = 1 << 16;
    /** Bytes of one encoded signal. */
    public static final int LENGTH = 85;

    private static final int INPUT_SEQUENCE = 0;
    private static final int EVENT_TIME = 8;
    private static final int EXPIRY = 16;
    private static final int STRENGTH = 24;
    private static final int CONFIDENCE = 32;
    private static final int VALUE1 = 40;
    private static final int VALUE2 = 48;
    private static final int VALUE3 = 56;
    private static final int VALUE4 = 64;
    private static final int ENGINE = 72;
    private static final int SIGNAL_TYPE = 76;
    private static final int UNDERLYING = 80;
    private static final int DIRECTION = 84;

    private ArenaSignal() {
    }

    /** Writes {@code s} at {@code index}; doubles keep their exact bits (NaN payloads included). */
    public static void encode(final Signal s, final MutableDirectBuffer buffer, final int index) {
        buffer.putLong(index + INPUT_SEQUENCE, s.inputSequence);
        buffer.putLong(index + EVENT_TIME, s.eventTimeNanos);
        buffer.putLong(index + EXPIRY, s.expiryNanos);
        buffer.putLong(index + STRENGTH, Double.doubleToRawLongBits(s.strength));
        buffer.putLong(index + CONFIDENCE, Double.doubleToRawLongBits(s.confidence));
        buffer.putLong(index + VALUE1, Double.doubleToRawLongBits(s.value1));
        buffer.putLong(index + VALUE2, Double.doubleToRawLongBits(s.value2));
        buffer.putLong(index + VALUE3, Double.doubleToRawLongBits(s.value3));
        buffer.putLong(index + VALUE4, Double.doubleToRawLongBits(s.value4));
        buffer.putInt(index + ENGINE, s.engine);
        buffer.putInt(index + SIGNAL_TYPE, s.signalType);
        buffer.putInt(index + UNDERLYING, s.underlyingId);
        buffer.putByte(index + DIRECTION, s.direction);
    }

    /** Overwrites every field of {@code into} with the signal encoded at {@code index}. */
    public static void decode(final DirectBuffer buffer, final int index, final Signal into) {
        into.inputSequence = buffer.getLong(index + INPUT_SEQUENCE);
        into.eventTimeNanos = buffer.getLong(index + EVENT_TIME);
        into.expiryNanos = buffer.getLong(index + EXPIRY);
        into.strength = Double.longBitsToDouble(buffer.getLong(index + STRENGTH));
        into.confidence = Double.longBitsToDouble(buffer.getLong(index + CONFIDENCE));
        into.value1 = Double.longBitsToDouble(buffer.getLong(index + VALUE1));
        into.value2 = Double.longBitsToDouble(buffer.getLong(index + VALUE2));
        into.value3 = Double.longBitsToDouble(buffer.getLong(index + VALUE3));
        into.value4 = Double.longBitsToDouble(buffer.getLong(index + VALUE4));
        into.engine = buffer.getInt(index + ENGINE);
        into.signalType = buffer.getInt(index + SIGNAL_TYPE);
        into.underlyingId = buffer.getInt(index + UNDERLYING);
        into.direction = buffer.getByte(index + DIRECTION);
    }
}
