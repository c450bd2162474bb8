package io.strikeiq.signal.family;

import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.PcrThresholdSignalDecoder;
import io.strikeiq.sbe.PcrThresholdSignalEncoder;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** PCR_HIGH / PCR_LOW / PCR_NORMAL: PCR(OI), the threshold crossed, Σ put and Σ call OI (value1..value4 of the PCR engine). */
public final class PcrThresholdFamily extends SignalFamily {
    private final PcrThresholdSignalEncoder encoder = new PcrThresholdSignalEncoder();
    private final PcrThresholdSignalDecoder decoder = new PcrThresholdSignalDecoder();

    public PcrThresholdFamily() {
        super("PCR_THRESHOLD", PcrThresholdSignalEncoder.TEMPLATE_ID, PcrThresholdSignalEncoder.BLOCK_LENGTH, SignalType.PCR_HIGH, SignalType.PCR_LOW, SignalType.PCR_NORMAL);
    }

    @Override
    protected void encodeValues(final Signal s, final MutableDirectBuffer buffer, final int offset,
                                final MessageHeaderEncoder header) {
        encoder.wrapAndApplyHeader(buffer, offset, header)
            .pcr(s.value1)
            .threshold(s.value2)
            .putOi(whole(s.value3))
            .callOi(whole(s.value4));
    }

    @Override
    protected void decodeValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                                final int actingVersion, final Signal out) {
        final PcrThresholdSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        out.value1 = d.pcr();
        out.value2 = d.threshold();
        out.value3 = d.putOi();
        out.value4 = d.callOi();
    }

    @Override
    public void appendValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final StringBuilder out) {
        final PcrThresholdSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        number(out, "pcr", d.pcr());
        number(out, "threshold", d.threshold());
        text(out, "putOi", d.putOi());
        text(out, "callOi", d.callOi());
    }
}
