package io.strikeiq.signal.family;

import io.strikeiq.sbe.IvRegime;
import io.strikeiq.sbe.IvRegimeSignalDecoder;
import io.strikeiq.sbe.IvRegimeSignalEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** IV_REGIME_CHANGE: new and previous IV regime, ATM IV and its percentile (value1..value4 of IvRegimeTracker). */
public final class IvRegimeFamily extends SignalFamily {
    private final IvRegimeSignalEncoder encoder = new IvRegimeSignalEncoder();
    private final IvRegimeSignalDecoder decoder = new IvRegimeSignalDecoder();

    public IvRegimeFamily() {
        super("IV_REGIME", IvRegimeSignalEncoder.TEMPLATE_ID, IvRegimeSignalEncoder.BLOCK_LENGTH, SignalType.IV_REGIME_CHANGE);
    }

    @Override
    protected void encodeValues(final Signal s, final MutableDirectBuffer buffer, final int offset,
                                final MessageHeaderEncoder header) {
        encoder.wrapAndApplyHeader(buffer, offset, header)
            .regime(IvRegime.get((short) whole(s.value1)))
            .previousRegime(IvRegime.get((short) whole(s.value2)))
            .atmIv(s.value3)
            .percentile(s.value4);
    }

    @Override
    protected void decodeValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                                final int actingVersion, final Signal out) {
        final IvRegimeSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        out.value1 = d.regimeRaw();
        out.value2 = d.previousRegimeRaw();
        out.value3 = d.atmIv();
        out.value4 = d.percentile();
    }

    @Override
    public void appendValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final StringBuilder out) {
        final IvRegimeSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        text(out, "regime", d.regime());
        text(out, "previousRegime", d.previousRegime());
        number(out, "atmIv", d.atmIv());
        number(out, "percentile", d.percentile());
    }
}
