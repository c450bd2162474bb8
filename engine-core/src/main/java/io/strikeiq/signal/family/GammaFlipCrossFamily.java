package io.strikeiq.signal.family;

import io.strikeiq.sbe.GammaFlipCrossSignalDecoder;
import io.strikeiq.sbe.GammaFlipCrossSignalEncoder;
import io.strikeiq.sbe.GexConvention;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** GAMMA_FLIP_CROSS: spot, the flip it crossed, total GEX and GEX convention (value1..value4 of the gamma exposure engine). */
public final class GammaFlipCrossFamily extends SignalFamily {
    private final GammaFlipCrossSignalEncoder encoder = new GammaFlipCrossSignalEncoder();
    private final GammaFlipCrossSignalDecoder decoder = new GammaFlipCrossSignalDecoder();

    public GammaFlipCrossFamily() {
        super("GAMMA_FLIP_CROSS", GammaFlipCrossSignalEncoder.TEMPLATE_ID, GammaFlipCrossSignalEncoder.BLOCK_LENGTH, SignalType.GAMMA_FLIP_CROSS);
    }

    @Override
    protected void encodeValues(final Signal s, final MutableDirectBuffer buffer, final int offset,
                                final MessageHeaderEncoder header) {
        encoder.wrapAndApplyHeader(buffer, offset, header)
            .spot(s.value1)
            .gammaFlip(s.value2)
            .totalGex(s.value3)
            .convention(GexConvention.get((short) whole(s.value4)));
    }

    @Override
    protected void decodeValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                                final int actingVersion, final Signal out) {
        final GammaFlipCrossSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        out.value1 = d.spot();
        out.value2 = d.gammaFlip();
        out.value3 = d.totalGex();
        out.value4 = d.conventionRaw();
    }

    @Override
    public void appendValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final StringBuilder out) {
        final GammaFlipCrossSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        number(out, "spot", d.spot());
        number(out, "flip", d.gammaFlip());
        number(out, "totalGex", d.totalGex());
        text(out, "convention", d.convention());
    }
}
