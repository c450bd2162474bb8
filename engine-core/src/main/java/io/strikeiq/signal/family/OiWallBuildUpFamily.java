package io.strikeiq.signal.family;

import io.strikeiq.sbe.BuildUp;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.OiWallBuildUpSignalDecoder;
import io.strikeiq.sbe.OiWallBuildUpSignalEncoder;
import io.strikeiq.sbe.OiWallSide;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalFamily;
import io.strikeiq.signal.SignalType;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** OI_WALL_BUILDUP_SHIFT: wall strike, new and previous build-up class, which wall (value1..value4 of OiWalls). */
public final class OiWallBuildUpFamily extends SignalFamily {
    private final OiWallBuildUpSignalEncoder encoder = new OiWallBuildUpSignalEncoder();
    private final OiWallBuildUpSignalDecoder decoder = new OiWallBuildUpSignalDecoder();

    public OiWallBuildUpFamily() {
        super("OI_WALL_BUILDUP", OiWallBuildUpSignalEncoder.TEMPLATE_ID, OiWallBuildUpSignalEncoder.BLOCK_LENGTH, SignalType.OI_WALL_BUILDUP_SHIFT);
    }

    @Override
    protected void encodeValues(final Signal s, final MutableDirectBuffer buffer, final int offset,
                                final MessageHeaderEncoder header) {
        encoder.wrapAndApplyHeader(buffer, offset, header)
            .strike(s.value1)
            .buildUp(BuildUp.get((short) whole(s.value2)))
            .previousBuildUp(BuildUp.get((short) whole(s.value3)))
            .wall(OiWallSide.get((byte) whole(s.value4)));
    }

    @Override
    protected void decodeValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                                final int actingVersion, final Signal out) {
        final OiWallBuildUpSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        out.value1 = d.strike();
        out.value2 = d.buildUpRaw();
        out.value3 = d.previousBuildUpRaw();
        out.value4 = d.wallRaw();
    }

    @Override
    public void appendValues(final DirectBuffer buffer, final int offset, final int actingBlockLength,
                             final int actingVersion, final StringBuilder out) {
        final OiWallBuildUpSignalDecoder d = decoder.wrap(buffer, offset, actingBlockLength, actingVersion);
        number(out, "strike", d.strike());
        text(out, "buildUp", d.buildUp());
        text(out, "previousBuildUp", d.previousBuildUp());
        text(out, "wall", d.wall());
    }
}
