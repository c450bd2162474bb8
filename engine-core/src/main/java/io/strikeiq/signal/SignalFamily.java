package io.strikeiq.signal;

import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.SignalHeaderDecoder;
import io.strikeiq.sbe.SignalHeaderEncoder;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One signal family of the journal schema: the SBE message (its own template) that carries the
 * signal types whose values have the same meaning, as named, typed fields after the shared
 * {@code SignalHeader} composite. A family maps the in-process {@link Signal}'s generic
 * value1..value4 to its fields when encoding and back when decoding, and prints its named
 * values for {@code tail}. Instances hold preallocated SBE flyweights: one instance per thread
 * (a {@link SignalFamilies} table per writer or reader), zero allocation when encoding.
 */
public abstract class SignalFamily {
    private final String name;
    private final int templateId;
    private final int blockLength;
    private final int[] signalTypes;
    private final SignalHeaderEncoder headerEncoder = new SignalHeaderEncoder();
    private final SignalHeaderDecoder headerDecoder = new SignalHeaderDecoder();

    protected SignalFamily(final String name, final int templateId, final int blockLength, final int... signalTypes) {
        this.name = name;
        this.templateId = templateId;
        this.blockLength = blockLength;
        this.signalTypes = signalTypes.clone();
    }

    /** Family name as in docs/SUBSCRIBER.md, e.g. {@code PCR_THRESHOLD}. */
    public final String name() {
        return name;
    }

    /** SBE template id of the family's message. */
    public final int templateId() {
        return templateId;
    }

    /** Root block length of the family's message (this build's). */
    public final int blockLength() {
        return blockLength;
    }

    /** Bytes of one encoded message, SBE message header included. */
    public final int messageLength() {
        return MessageHeaderEncoder.ENCODED_LENGTH + blockLength;
    }

    /** The signal types this family carries (a copy). */
    public final int[] signalTypes() {
        return signalTypes.clone();
    }

    /**
     * Encodes {@code s} as this family's message (SBE header included) at {@code offset}.
     *
     * @throws IllegalArgumentException when {@link Signal#direction} or an enum-valued value is out of range
     */
    public final void encode(final Signal s, final MutableDirectBuffer buffer, final int offset,
                             final MessageHeaderEncoder header) {
        encodeValues(s, buffer, offset, header);
        headerEncoder.wrap(buffer, offset + MessageHeaderEncoder.ENCODED_LENGTH)
            .inputSequence(s.inputSequence)
            .eventTime(s.eventTimeNanos)
            .engine(s.engine)
            .signalType(s.signalType)
            .underlyingId(s.underlyingId)
            .expiry(s.expiryNanos)
            .direction(Direction.get(s.direction))
            .strength(s.strength)
            .confidence(s.confidence);
    }

    /**
     * Decodes the message whose root block starts at {@code offset} into {@code out}, the family's
     * fields going back to value1..value4 in the order the engines set them (see docs/SUBSCRIBER.md).
     */
    public final void decode(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final Signal out) {
        final SignalHeaderDecoder h = headerDecoder.wrap(buffer, offset);
        out.inputSequence = h.inputSequence();
        out.eventTimeNanos = h.eventTime();
        out.engine = h.engine();
        out.signalType = h.signalType();
        out.underlyingId = h.underlyingId();
        out.expiryNanos = h.expiry();
        out.direction = h.directionRaw();
        out.strength = h.strength();
        out.confidence = h.confidence();
        out.value1 = Double.NaN;
        out.value2 = Double.NaN;
        out.value3 = Double.NaN;
        out.value4 = Double.NaN;
        decodeValues(buffer, offset, actingBlockLength, actingVersion, out);
    }

    /** Appends the family's values as {@code name=value} pairs, each after a space; NaN values are left out. Allocates. */
    public abstract void appendValues(DirectBuffer buffer, int offset, int actingBlockLength, int actingVersion,
                                      StringBuilder out);

    /** Wraps the family's encoder at {@code offset} (applying the SBE header) and writes its value fields from {@code s}. */
    protected abstract void encodeValues(Signal s, MutableDirectBuffer buffer, int offset, MessageHeaderEncoder header);

    /** Reads the family's value fields into {@code out}'s value1..value4. */
    protected abstract void decodeValues(DirectBuffer buffer, int offset, int actingBlockLength, int actingVersion,
                                         Signal out);

    /** Appends {@code " label=v"} with 4 decimals, nothing when {@code v} is NaN. */
    protected static void number(final StringBuilder out, final String label, final double v) {
        if (Double.isNaN(v)) {
            return;
        }
        out.append(' ').append(label).append('=');
        if (Double.isInfinite(v)) {
            out.append(v);
        } else {
            out.append(BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).toPlainString());
        }
    }

    /** Appends {@code " label=text"}. */
    protected static void text(final StringBuilder out, final String label, final Object text) {
        out.append(' ').append(label).append('=').append(text);
    }

    /** The signal's value as a whole number (the engines put counts, classes and signs into value fields). */
    protected static long whole(final double v) {
        return (long) v;
    }
}
