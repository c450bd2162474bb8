package io.strikeiq.signal.family;

import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.TriangleSignalDecoder;
import io.strikeiq.sbe.TriangleSignalEncoder;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** TRIANGLE: close of the flipping 1m bar and its engulfing and sweep-engulfing directions (value1..value3 of the futures engine). */
public final class TriangleFamily extends SignalFamily {
    private final TriangleSignalEncoder encoder = new TriangleSignalEncoder();
    private final TriangleSignalDecoder decoder = new TriangleSignalDecoder();

    public TriangleFamily() {
        super("TRIANGLE", TriangleSignalEncoder.TEMPLATE_ID, TriangleSignalEncoder.BLOCK_LENGTH, SignalType.TRIANGLE);
    }

    @Override
    protected void encodeValues(final Signal s, final MutableDirectBuffer buffer, final int offset,
                                final MessageHeaderEncoder header) {
        encoder.wrapAndApplyHeader(buffer, offset, header)
            .closePrice(s.value1)
            .engulfing(Direction.get((byte) whole(s.value2)))
            .sweep(Direction.get((byte) whole(s.value3)));
    }

    @Override
    protected void decodeValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                                final int actingVersion, final Signal out) {
        final TriangleSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        out.value1 = d.closePrice();
        out.value2 = d.engulfingRaw();
        out.value3 = d.sweepRaw();
    }

    @Override
    public void appendValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final StringBuilder out) {
        final TriangleSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        number(out, "close", d.closePrice());
        text(out, "engulfing", d.engulfing());
        text(out, "sweep", d.sweep());
    }
}
