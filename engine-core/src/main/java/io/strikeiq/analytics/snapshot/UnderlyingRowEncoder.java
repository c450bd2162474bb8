package io.strikeiq.analytics.snapshot;

import io.strikeiq.analytics.ChainMetricsEngine;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.analytics.PcrEngine;
import io.strikeiq.analytics.UnderlyingMetricsEngine;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.UnderlyingSnapshotEncoder;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.UnderlyingState;
import org.agrona.MutableDirectBuffer;

/**
 * Encodes one {@code UnderlyingSnapshot} (header included) from the engines' results as they are
 * now: called at the boundary event, so the row carries the metrics of that instant even when it
 * is written to the records sink events later. Chain {@code c} = -1 is the across-expiries row
 * (PCRs, z, OI acceleration, GEX and walls summed across expiries), whose strike-level figures come
 * from chain {@code ref} (the nearest unexpired expiry). Allocation-free.
 */
public final class UnderlyingRowEncoder {
    /** Bytes of one encoded row, header included. */
    public static final int LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + UnderlyingSnapshotEncoder.BLOCK_LENGTH;

    private final MarketState state;
    private final PcrEngine pcr;
    private final MaxPainEngine maxPain;
    private final LegDerivation greeks;
    private final UnderlyingMetricsEngine underlyingMetrics;
    private final ChainMetricsEngine chainMetrics;
    private final GammaExposureEngine gex;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final UnderlyingSnapshotEncoder encoder = new UnderlyingSnapshotEncoder();

    public UnderlyingRowEncoder(final MarketState state, final PcrEngine pcr, final MaxPainEngine maxPain,
                                final LegDerivation greeks, final UnderlyingMetricsEngine underlyingMetrics,
                                final ChainMetricsEngine chainMetrics, final GammaExposureEngine gex) {
        this.state = state;
        this.pcr = pcr;
        this.maxPain = maxPain;
        this.greeks = greeks;
        this.underlyingMetrics = underlyingMetrics;
        this.chainMetrics = chainMetrics;
        this.gex = gex;
    }

    public void encode(final MutableDirectBuffer buffer, final int at, final long sequence, final long now,
                       final int u, final int c, final int ref) {
        final UnderlyingState us = state.underlying(u);
        final int id = us.instrumentId();
        final boolean total = c < 0;
        if (total) {
            gex.sumTotalWalls(id);
        }
        encoder.wrapAndApplyHeader(buffer, at, header)
            .inputSequence(sequence)
            .eventTime(now)
            .underlyingId(id)
            .expiry(total ? 0 : state.chain(c).expiryNanos())
            .spot(us.last())
            .forward(greeks.forward(ref))
            .vwap(us.vwap())
            .change(underlyingMetrics.change(id))
            .changePct(underlyingMetrics.changePct(id))
            .volume(us.cumulativeVolume())
            .rsi(underlyingMetrics.rsi(id))
            .momentum(underlyingMetrics.momentum(id))
            .gammaRegime((byte) gex.regime(id))
            .pcrOi(total ? pcr.totalPcr(id) : pcr.chainPcr(c))
            .pcrVolume(total ? chainMetrics.totalPcrVolume(id) : chainMetrics.pcrVolume(c))
            .pcrZ(total ? chainMetrics.totalPcrZ(id) : chainMetrics.pcrZ(c))
            .maxPain(maxPain.chainMaxPain(ref))
            .atmStrike(chainMetrics.atmStrike(ref))
            .atmStraddle(chainMetrics.atmStraddle(ref))
            .straddleChange(chainMetrics.straddleChange(ref))
            .expectedMoveStraddle(chainMetrics.expectedMoveStraddle(ref))
            .expectedMoveIv(chainMetrics.expectedMoveIv(ref))
            .supportWall(chainMetrics.supportWall(ref))
            .resistanceWall(chainMetrics.resistanceWall(ref))
            .oiAcceleration(total ? chainMetrics.totalOiAcceleration(id) : chainMetrics.oiAcceleration(c))
            .ivRegime(chainMetrics.ivRegime(ref))
            .atmIv(chainMetrics.atmIv(ref))
            .totalGex(total ? gex.totalGex(id) : gex.chainGex(c))
            .gammaFlip(gex.gammaFlip(id))
            .callWall(total ? gex.summedTotalWall(ChainState.CALL) : gex.callWall(c))
            .putWall(total ? gex.summedTotalWall(ChainState.PUT) : gex.putWall(c))
            .gexConvention((short) gex.convention().ordinal());
    }
}
