package io.strikeiq.analytics;

import java.util.List;
import io.strikeiq.analytics.snapshot.SnapshotRows;
import io.strikeiq.analytics.snapshot.UnderlyingRowEncoder;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.state.MarketState;

/**
 * Storage snapshots (spec "Snapshots for storage") every {@code snapshotNanos} of event time. The
 * first event at or after each boundary captures the snapshot ({@link SnapshotRows}: the
 * underlying rows encoded from the engines' results and a copy-on-write capture of every chain's
 * legs, {@link io.strikeiq.analytics.snapshot.ChainCapture}); with
 * {@code snapshotRowsPerEvent} = B > 0 it writes nothing itself and each following input event
 * writes up to B rows through {@link SignalSink#records()}, so no event pays for a whole chain;
 * with B = 0 the boundary event writes them all. Either way every row carries the boundary event's
 * input sequence and time and describes the state at that event. A boundary reached while the
 * previous snapshot still has rows left writes those first, in that event (counted,
 * {@link #finishedEarly()}). Order, fixed: for each underlying with a chain, in state order, one
 * {@code UnderlyingSnapshot} across expiries (expiry 0; strike-level fields from the nearest
 * unexpired expiry, walls from GEX summed across expiries), then for each of its chains in chain
 * order one {@code UnderlyingSnapshot} of the expiry followed by one {@code ContractSnapshot} per
 * listed leg, strike ascending, call before put. Must be registered after the engines it reads.
 * Allocation-free after warm-up.
 */
public final class SnapshotEngine implements AnalyticsEngine {
    private final MarketState state;
    private final ChainMetricsEngine chainMetrics;
    private final UnderlyingRowEncoder underlyingRow;
    private final SnapshotRows rows = new SnapshotRows();
    private final EventTimeSchedule schedule;
    private final int rowsPerEvent;
    private long snapshots;
    private long finishedEarly;
    private long rowsDropped;

    public SnapshotEngine(final MarketState state, final ChainAnalyticsConfig config, final PcrEngine pcr,
                          final MaxPainEngine maxPain, final LegDerivation greeks,
                          final UnderlyingMetricsEngine underlyingMetrics, final ChainMetricsEngine chainMetrics,
                          final GammaExposureEngine gex) {
        this.state = state;
        this.chainMetrics = chainMetrics;
        this.underlyingRow = new UnderlyingRowEncoder(state, pcr, maxPain, greeks, underlyingMetrics, chainMetrics, gex);
        this.schedule = config.snapshotNanos() > 0 ? new EventTimeSchedule(config.snapshotNanos()) : null;
        this.rowsPerEvent = config.snapshotRowsPerEvent() == 0 ? Integer.MAX_VALUE : config.snapshotRowsPerEvent();
    }

    /** A failed write leaves no book behind; the rest of the snapshot it was writing is given up and counted. */
    @Override
    public void recover(final MarketEvent event) {
        rowsDropped += rows.abandon();
    }

    @Override
    public List<Class<? extends AnalyticsEngine>> reads() {
        return List.of(PcrEngine.class, MaxPainEngine.class, UnderlyingMetricsEngine.class, ChainMetricsEngine.class,
            GammaExposureEngine.class);
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        if (event.type == EventType.INSTRUMENT_DEFINITION) {
            reserve();
        }
        final OutputRecords out = sink.records();
        if (schedule != null && schedule.due(event.eventTimeNanos)) {
            if (rows.pending()) {
                // Finish the previous snapshot before this one replaces it; rows the sink refused are lost.
                finishedEarly++;
                rows.write(out, Integer.MAX_VALUE);
                rowsDropped += rows.abandon();
            }
            capture(event.sequence, event.eventTimeNanos);
            if (rowsPerEvent == Integer.MAX_VALUE) {
                rows.write(out, rowsPerEvent);
            }
        } else if (rows.pending()) {
            rows.write(out, rowsPerEvent);
        }
    }

    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        // Snapshots are captured and written from onEvent, which knows the input sequence they belong to.
    }

    /** Sizes the capture's row buffers to the market as defined so far, so capturing allocates nothing. */
    private void reserve() {
        rows.reserve(state.underlyingCount(), state.chainCount());
    }

    private void capture(final long sequence, final long now) {
        snapshots++;
        rows.begin(sequence, now);
        for (int u = 0; u < state.underlyingCount(); u++) {
            final int nearest = chainMetrics.nearestChain(u, now);
            if (nearest < 0) {
                continue;
            }
            underlyingRow.encode(rows.underlyingBuffer(), rows.addUnderlyingRow(), sequence, now, u, -1, nearest);
            for (int c = 0; c < state.chainCount(); c++) {
                if (state.chain(c).underlyingIndex() != u) {
                    continue;
                }
                underlyingRow.encode(rows.underlyingBuffer(), rows.addUnderlyingRow(), sequence, now, u, c, c);
                rows.addChain(state.chain(c));
            }
        }
    }

    /** Snapshots captured so far. */
    public long snapshots() {
        return snapshots;
    }

    /** Claims the sink refused (arena full for one event); the refused row is retried on the next event. */
    public long refused() {
        return rows.refused();
    }

    /** Snapshots whose last rows were written by the next boundary event, because it came before they were done. */
    public long finishedEarly() {
        return finishedEarly;
    }

    /** Rows captured but never written (refused at a boundary that had to start the next snapshot, or after a failure). */
    public long rowsDropped() {
        return rowsDropped;
    }

    /** Rows of the current snapshot not yet written (rows still pending when the input ends are never written). */
    public int pendingRows() {
        return rows.remaining();
    }

    /** Input sequence of the boundary event of the current (or last) snapshot: the sequence all its rows carry. */
    public long snapshotSequence() {
        return rows.sequence();
    }
}
