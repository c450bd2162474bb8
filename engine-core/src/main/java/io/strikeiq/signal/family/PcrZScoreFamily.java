package io.strikeiq.signal.family;

import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.PcrZScoreSignalDecoder;
import io.strikeiq.sbe.PcrZScoreSignalEncoder;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** PCR_Z_EXTREME: z-score, PCR sample, window mean and standard deviation (value1..value4 of PcrZScore). */
public final class PcrZScoreFamily extends SignalFamily {
    private final PcrZScoreSignalEncoder encoder = new PcrZScoreSignalEncoder();
    private final PcrZScoreSignalDecoder decoder = new PcrZScoreSignalDecoder();

    public PcrZScoreFamily() {
        super("PCR_Z_SCORE", PcrZScoreSignalEncoder.TEMPLATE_ID, PcrZScoreSignalEncoder.BLOCK_LENGTH, SignalType.PCR_Z_EXTREME);
    }

    @Override
    protected void encodeValues(final Signal s, final MutableDirectBuffer buffer, final int offset,
                                final MessageHeaderEncoder header) {
        encoder.wrapAndApplyHeader(buffer, offset, header)
            .zScore(s.value1)
            .pcr(s.value2)
            .mean(s.value3)
            .stdDev(s.value4);
    }

    @Override
    protected void decodeValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                                final int actingVersion, final Signal out) {
        final PcrZScoreSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        out.value1 = d.zScore();
        out.value2 = d.pcr();
        out.value3 = d.mean();
        out.value4 = d.stdDev();
    }

    @Override
    public void appendValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final StringBuilder out) {
        final PcrZScoreSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        number(out, "z", d.zScore());
        number(out, "pcr", d.pcr());
        number(out, "mean", d.mean());
        number(out, "sd", d.stdDev());
    }
}
