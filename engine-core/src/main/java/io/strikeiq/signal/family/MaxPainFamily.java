package io.strikeiq.signal.family;

import io.strikeiq.sbe.MaxPainSignalDecoder;
import io.strikeiq.sbe.MaxPainSignalEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** MAX_PAIN_SHIFT: new and previous max-pain strike and the pain at each (value1..value4 of the max pain engine). */
public final class MaxPainFamily extends SignalFamily {
    private final MaxPainSignalEncoder encoder = new MaxPainSignalEncoder();
    private final MaxPainSignalDecoder decoder = new MaxPainSignalDecoder();

    public MaxPainFamily() {
        super("MAX_PAIN", MaxPainSignalEncoder.TEMPLATE_ID, MaxPainSignalEncoder.BLOCK_LENGTH, SignalType.MAX_PAIN_SHIFT);
    }

    @Override
    protected void encodeValues(final Signal s, final MutableDirectBuffer buffer, final int offset,
                                final MessageHeaderEncoder header) {
        encoder.wrapAndApplyHeader(buffer, offset, header)
            .strike(s.value1)
            .previousStrike(s.value2)
            .pain(s.value3)
            .previousPain(s.value4);
    }

    @Override
    protected void decodeValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                                final int actingVersion, final Signal out) {
        final MaxPainSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        out.value1 = d.strike();
        out.value2 = d.previousStrike();
        out.value3 = d.pain();
        out.value4 = d.previousPain();
    }

    @Override
    public void appendValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final StringBuilder out) {
        final MaxPainSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        number(out, "strike", d.strike());
        number(out, "previousStrike", d.previousStrike());
        number(out, "pain", d.pain());
        number(out, "previousPain", d.previousPain());
    }
}
