package io.strikeiq.analytics.snapshot;

import io.strikeiq.sbe.BuildUp;
import io.strikeiq.sbe.ContractSnapshotEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.OptionRight;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;
import org.agrona.MutableDirectBuffer;

/**
 * Encodes one {@code ContractSnapshot} (header included) from a captured leg: the leg's quote,
 * OI, day-open OI and ΔOI (0 while day-open OI is unknown), IV and flags, greeks and day build-up,
 * stamped with the snapshot's input sequence and time. Allocation-free.
 */
public final class ContractRowEncoder {
    /** Bytes of one encoded row, header included. */
    public static final int LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + ContractSnapshotEncoder.BLOCK_LENGTH;

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final ContractSnapshotEncoder encoder = new ContractSnapshotEncoder();
    private final OptionLegFlyweight leg = new OptionLegFlyweight();

    public void encode(final MutableDirectBuffer buffer, final int at, final long sequence, final long time,
                       final ChainCapture chain, final int slot, final int side) {
        final OptionLegFlyweight l = chain.leg(slot, side, leg);
        final long dayOpenOi = l.dayOpenOi();
        encoder.wrapAndApplyHeader(buffer, at, header)
            .inputSequence(sequence)
            .eventTime(time)
            .instrumentId(l.instrumentId())
            .underlyingId(chain.underlyingId())
            .expiry(chain.expiryNanos())
            .strike(chain.strikeAt(slot))
            .right(side == ChainState.CALL ? OptionRight.CALL : OptionRight.PUT)
            .ltp(l.ltp())
            .bid(l.bid())
            .ask(l.ask())
            .volume(l.volume())
            .openInterest(l.oi())
            .dayOpenOi(dayOpenOi)
            .deltaOi(dayOpenOi == OptionLegFlyweight.UNKNOWN_OI ? 0 : l.oi() - dayOpenOi)
            .iv(l.iv())
            .ivFlags(l.ivFlags())
            .delta(l.delta())
            .gamma(l.gamma())
            .theta(l.theta())
            .vega(l.vega())
            .buildUp(BuildUp.get(l.buildUp()));
    }
}
