package io.strikeiq.signal.family;

import io.strikeiq.sbe.GammaRegimeSignalDecoder;
import io.strikeiq.sbe.GammaRegimeSignalEncoder;
import io.strikeiq.sbe.GexConvention;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** GAMMA_REGIME_CHANGE: total GEX, new regime, flip level and GEX convention (value1..value4 of the gamma exposure engine). */
public final class GammaRegimeFamily extends SignalFamily {
    private final GammaRegimeSignalEncoder encoder = new GammaRegimeSignalEncoder();
    private final GammaRegimeSignalDecoder decoder = new GammaRegimeSignalDecoder();

    public GammaRegimeFamily() {
        super("GAMMA_REGIME", GammaRegimeSignalEncoder.TEMPLATE_ID, GammaRegimeSignalEncoder.BLOCK_LENGTH, SignalType.GAMMA_REGIME_CHANGE);
    }

    @Override
    protected void encodeValues(final Signal s, final MutableDirectBuffer buffer, final int offset,
                                final MessageHeaderEncoder header) {
        encoder.wrapAndApplyHeader(buffer, offset, header)
            .totalGex(s.value1)
            .regime((byte) whole(s.value2))
            .gammaFlip(s.value3)
            .convention(GexConvention.get((short) whole(s.value4)));
    }

    @Override
    protected void decodeValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                                final int actingVersion, final Signal out) {
        final GammaRegimeSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        out.value1 = d.totalGex();
        out.value2 = d.regime();
        out.value3 = d.gammaFlip();
        out.value4 = d.conventionRaw();
    }

    @Override
    public void appendValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final StringBuilder out) {
        final GammaRegimeSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        number(out, "totalGex", d.totalGex());
        text(out, "regime", d.regime() > 0 ? "LONG_GAMMA" : d.regime() < 0 ? "SHORT_GAMMA" : "UNKNOWN");
        number(out, "flip", d.gammaFlip());
        text(out, "convention", d.convention());
    }
}
