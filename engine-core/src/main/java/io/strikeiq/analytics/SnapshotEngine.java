package io.strikeiq.analytics;

import java.util.List;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.ContractSnapshotEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.OptionRight;
import io.strikeiq.sbe.UnderlyingSnapshotEncoder;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;
import io.strikeiq.state.UnderlyingState;
import org.agrona.MutableDirectBuffer;

/**
 * Storage snapshots (spec "Snapshots for storage") every {@code snapshotNanos} of event time,
 * written by the first event at or after each boundary (so the records carry that event's input
 * sequence) through {@link SignalSink#records()}. Order, fixed: for each underlying with a chain,
 * in state order, one {@code UnderlyingSnapshot} across expiries (expiry 0; strike-level fields
 * from the nearest unexpired expiry, walls from GEX summed across expiries), then for each of its
 * chains in chain order one {@code UnderlyingSnapshot} of the expiry followed by one
 * {@code ContractSnapshot} per listed leg, strike ascending, call before put. Must be registered
 * after the engines it reads. Allocation-free.
 */
public final class SnapshotEngine implements AnalyticsEngine {
    private static final int UNDERLYING_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + UnderlyingSnapshotEncoder.BLOCK_LENGTH;
    private static final int CONTRACT_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + ContractSnapshotEncoder.BLOCK_LENGTH;

    private final MarketState state;
    private final PcrEngine pcr;
    private final MaxPainEngine maxPain;
    private final LegDerivation greeks;
    private final UnderlyingMetricsEngine underlyingMetrics;
    private final ChainMetricsEngine chainMetrics;
    private final GammaExposureEngine gex;
    private final EventTimeSchedule schedule;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final UnderlyingSnapshotEncoder underlyingEncoder = new UnderlyingSnapshotEncoder();
    private final ContractSnapshotEncoder contractEncoder = new ContractSnapshotEncoder();
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private long snapshots;
    private long refused;

    public SnapshotEngine(final MarketState state, final ChainAnalyticsConfig config, final PcrEngine pcr,
                          final MaxPainEngine maxPain, final LegDerivation greeks,
                          final UnderlyingMetricsEngine underlyingMetrics, final ChainMetricsEngine chainMetrics,
                          final GammaExposureEngine gex) {
        this.state = state;
        this.pcr = pcr;
        this.maxPain = maxPain;
        this.greeks = greeks;
        this.underlyingMetrics = underlyingMetrics;
        this.chainMetrics = chainMetrics;
        this.gex = gex;
        this.schedule = config.snapshotNanos() > 0 ? new EventTimeSchedule(config.snapshotNanos()) : null;
    }

    /** Nothing to rebuild: a snapshot is expanded from the other engines' results each time it is due. */
    @Override
    public void recover(final MarketEvent event) {
    }

    @Override
    public List<Class<? extends AnalyticsEngine>> reads() {
        return List.of(PcrEngine.class, MaxPainEngine.class, UnderlyingMetricsEngine.class, ChainMetricsEngine.class,
            GammaExposureEngine.class);
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        if (schedule != null && schedule.due(event.eventTimeNanos)) {
            snapshot(event.sequence, event.eventTimeNanos, sink.records());
        }
    }

    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        // Snapshots are written from onEvent, which knows the input sequence they came from.
    }

    /** Writes one full snapshot; returns false when the sink refused a record (the rest is skipped). */
    boolean snapshot(final long sequence, final long now, final OutputRecords out) {
        snapshots++;
        for (int u = 0; u < state.underlyingCount(); u++) {
            final int nearest = chainMetrics.nearestChain(u, now);
            if (nearest < 0) {
                continue;
            }
            if (!underlyingRow(sequence, now, u, -1, nearest, out)) {
                return false;
            }
            for (int c = 0; c < state.chainCount(); c++) {
                if (state.chain(c).underlyingIndex() != u) {
                    continue;
                }
                if (!underlyingRow(sequence, now, u, c, c, out)) {
                    return false;
                }
                final ChainState chain = state.chain(c);
                for (int s = 0; s < chain.slotCount(); s++) {
                    for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                        if (chain.leg(s, side, leg).isListed() && !contractRow(sequence, now, chain, s, side, out)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** c = -1: the across-expiries row, with strike-level figures from chain {@code ref}. */
    private boolean underlyingRow(final long sequence, final long now, final int u, final int c, final int ref,
                                  final OutputRecords out) {
        final int at = out.tryClaim(UnderlyingSnapshotEncoder.TEMPLATE_ID, UNDERLYING_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            refused++;
            return false;
        }
        final UnderlyingState us = state.underlying(u);
        final int id = us.instrumentId();
        final boolean total = c < 0;
        final MutableDirectBuffer buffer = out.buffer();
        underlyingEncoder.wrapAndApplyHeader(buffer, at, header)
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
            .callWall(total ? gex.totalWall(id, ChainState.CALL) : gex.callWall(c))
            .putWall(total ? gex.totalWall(id, ChainState.PUT) : gex.putWall(c))
            .gexConvention((short) gex.convention().ordinal());
        out.commit(at);
        return true;
    }

    private boolean contractRow(final long sequence, final long now, final ChainState chain, final int slot, final int side,
                                final OutputRecords out) {
        final int at = out.tryClaim(ContractSnapshotEncoder.TEMPLATE_ID, CONTRACT_LENGTH);
        if (at == OutputRecords.NO_ROOM) {
            refused++;
            return false;
        }
        final OptionLegFlyweight l = chain.leg(slot, side, leg);
        final long dayOpenOi = l.dayOpenOi();
        contractEncoder.wrapAndApplyHeader(out.buffer(), at, header)
            .inputSequence(sequence)
            .eventTime(now)
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
            .buildUp(io.strikeiq.sbe.BuildUp.get(l.buildUp()));
        out.commit(at);
        return true;
    }

    /** Snapshots started so far. */
    public long snapshots() {
        return snapshots;
    }

    /** Records the sink refused (arena full for one event). */
    public long refused() {
        return refused;
    }
}
