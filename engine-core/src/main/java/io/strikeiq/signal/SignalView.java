package io.strikeiq.signal;

import io.strikeiq.sbe.SignalHeaderDecoder;
import org.agrona.DirectBuffer;
import org.agrona.sbe.MessageDecoderFlyweight;

/**
 * A signal record of the signals queue, decoded in place: the shared {@code SignalHeader} fields
 * directly, the family ({@link #family()}, chosen by the record's template id) and, for its typed
 * values, {@link #wrap} with the family's generated decoder (e.g. {@code PcrThresholdSignalDecoder})
 * or {@link #appendValues} for text. A flyweight over the queue's memory, valid only until the
 * reader moves on; zero allocation except {@link #appendValues}.
 */
public final class SignalView {
    private final SignalFamilies families = new SignalFamilies();
    private final SignalHeaderDecoder header = new SignalHeaderDecoder();
    private DirectBuffer buffer;
    private int offset;
    private int blockLength;
    private int version;
    private SignalFamily family;

    /**
     * Points the view at the message whose root block starts at {@code offset}.
     *
     * @throws IllegalArgumentException when {@code templateId} is not a signal family's (callers validate first)
     */
    public SignalView wrap(final DirectBuffer buffer, final int offset, final int templateId, final int actingBlockLength,
                           final int actingVersion) {
        final SignalFamily f = families.forTemplate(templateId);
        if (f == null) {
            throw new IllegalArgumentException("template " + templateId + " is not a signal family");
        }
        this.buffer = buffer;
        this.offset = offset;
        this.blockLength = actingBlockLength;
        this.version = actingVersion;
        this.family = f;
        header.wrap(buffer, offset);
        return this;
    }

    /** The family of the current record. */
    public SignalFamily family() {
        return family;
    }

    /** SBE template id of the current record (its family's message). */
    public int templateId() {
        return family.templateId();
    }

    /** The shared header composite of the current record. */
    public SignalHeaderDecoder header() {
        return header;
    }

    /** Wraps {@code decoder} (the generated decoder of this record's family) over the record and returns it. */
    public <D extends MessageDecoderFlyweight> D wrap(final D decoder) {
        if (decoder.sbeTemplateId() != family.templateId()) {
            throw new IllegalArgumentException("record is a " + family.name() + " signal (template " + family.templateId()
                + "), not template " + decoder.sbeTemplateId());
        }
        decoder.wrap(buffer, offset, blockLength, version);
        return decoder;
    }

    /** Copies the record into {@code out}, the family's values back in value1..value4 (see docs/SUBSCRIBER.md). */
    public Signal copyTo(final Signal out) {
        family.decode(buffer, offset, blockLength, version, out);
        return out;
    }

    /** Appends the family's named values, each as {@code " name=value"}. Allocates: off the hot path. */
    public StringBuilder appendValues(final StringBuilder out) {
        family.appendValues(buffer, offset, blockLength, version, out);
        return out;
    }

    public long inputSequence() {
        return header.inputSequence();
    }

    public long eventTime() {
        return header.eventTime();
    }

    public int engine() {
        return header.engine();
    }

    public int signalType() {
        return header.signalType();
    }

    public int underlyingId() {
        return header.underlyingId();
    }

    public long expiry() {
        return header.expiry();
    }

    /** -1 bearish, 0 neutral, +1 bullish. */
    public byte directionRaw() {
        return header.directionRaw();
    }

    public double strength() {
        return header.strength();
    }

    public double confidence() {
        return header.confidence();
    }
}
