package io.strikeiq.analytics.futures;

import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.BarRejectDecoder;
import io.strikeiq.sbe.CompletedBarDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.RollDecoder;
import io.strikeiq.sbe.TriangleEventDecoder;
import io.strikeiq.signal.SignalBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.MessageHandler;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.pipeline.AnalyticsStage;
import io.strikeiq.pipeline.ArenaSignal;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.RecordArena;
import io.strikeiq.pipeline.Stage;
import io.strikeiq.pipeline.StageErrors;
import io.strikeiq.pipeline.StateStage;
import io.strikeiq.state.MarketState;
import io.strikeiq.wiring.EngineSet;

/**
 * The futures chain as the pipeline runs it: the real composition root ({@link EngineSet}, which
 * puts the {@link IngestRunEchoEngine} after the {@link FuturesSignalEngine} it reads) behind the
 * real {@link StateStage} and {@link AnalyticsStage}, with the record arena drained after each
 * event as the publish stage does. Keeps the committed output records and signals of the last
 * event; an engine error fails the test at the event that caused it. Reusable without
 * allocating: {@link #bar} reuses one slot and the record buffer.
 */
final class FuturesHarness {
    static final long MIN = 60_000_000_000L;

    final FuturesSignalEngine engine;
    final MarketEvent slot = new MarketEvent();
    /** The last event's signals, decoded from the arena as the publish stage does. */
    final SignalBuffer signals = new SignalBuffer(AnalyticsStage.SIGNALS_PER_EVENT);
    private final MarketState state = new MarketState(new InstrumentRegistry());
    private final StageErrors errors = new StageErrors();
    private final RecordArena arena = new RecordArena(RecordArena.DEFAULT_CAPACITY);
    private final StateStage stateStage;
    private final AnalyticsStage analytics;
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(1 << 16);
    private final int[] offsets = new int[64];
    private int records;
    private int next;
    private final MessageHandler capture = (templateId, from, index, length) -> {
        if (templateId == ArenaSignal.TEMPLATE_ID) {
            ArenaSignal.decode(from, index, signals.next(0, 0));
            return;
        }
        offsets[this.records++] = this.next;
        buffer.putBytes(this.next, from, index, length);
        this.next += length;
    };
    private long sequence;
    private long errorsSeen;
    /** Every record of every event (copied as decoded views) when collecting; off for allocation tests. */
    boolean collect = true;
    final List<byte[]> all = new ArrayList<>();

    FuturesHarness(final FuturesConfig config) {
        final EngineSet set = new EngineSet(state, EngineSettings.defaults().withFutures(config));
        engine = set.futures();
        stateStage = new StateStage(state::apply, errors);
        analytics = new AnalyticsStage(set.derivation(), set.engines(), 1_000_000_000L, arena, errors);
    }

    static long t(final String iso) {
        final Instant i = Instant.parse(iso);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** Defines a FUTURE (series member when seriesId != 0). */
    void define(final int id, final int seriesId, final String symbol) {
        slot.clear();
        slot.type = EventType.INSTRUMENT_DEFINITION;
        slot.instrumentId = id;
        slot.instrument.instrumentId = id;
        slot.instrument.kind = InstrumentSpec.KIND_FUTURE;
        slot.instrument.underlyingId = seriesId;
        slot.instrument.symbol(symbol);
        run(slot.eventTimeNanos);
    }

    /** Feeds one 1-minute bar opening at {@code open}. */
    void bar(final int id, final long openTime, final double o, final double h, final double l, final double c) {
        slot.clear();
        slot.type = EventType.BAR;
        slot.instrumentId = id;
        slot.timeframeSeconds = 60;
        slot.barOpenTimeNanos = openTime;
        slot.eventTimeNanos = openTime + MIN;
        slot.open = o;
        slot.high = h;
        slot.low = l;
        slot.close = c;
        slot.volume = 10;
        run(slot.eventTimeNanos);
    }

    /** A doji bar (o = c = mid) spanning [mid − half, mid + half]. */
    void doji(final int id, final long openTime, final double mid, final double half) {
        bar(id, openTime, mid, mid + half, mid - half, mid);
    }

    /** The end of a vendor file, as a file feed journals it. */
    void ingestFile(final long runId, final long eventTime, final String name) {
        ingestFile(runId, eventTime, name, io.strikeiq.event.IngestFileInfo.STATUS_OK,
            io.strikeiq.event.IngestFileInfo.ERROR_NONE, "");
    }

    /** The end of a vendor file with the given outcome (file index = run id − 40, 7 records read). */
    void ingestFile(final long runId, final long eventTime, final String name, final byte status, final byte errorCode,
                    final String error) {
        slot.clear();
        slot.type = EventType.INGEST_FILE;
        slot.eventTimeNanos = eventTime;
        slot.ingestFile.ingestRunId = runId;
        slot.ingestFile.fileIndex = (int) (runId - 40);
        slot.ingestFile.status = status;
        slot.ingestFile.errorCode = errorCode;
        slot.ingestFile.recordsRead = 7;
        slot.ingestFile.sha256[0] = (byte) 0xAB;
        io.strikeiq.event.IngestFileInfo.putText(name, slot.ingestFile.fileName);
        io.strikeiq.event.IngestFileInfo.putText(error, slot.ingestFile.errorMessage);
        run(eventTime);
    }

    List<io.strikeiq.sbe.BarBiasesDecoder> barBiases() {
        final List<io.strikeiq.sbe.BarBiasesDecoder> out = new ArrayList<>();
        for (final byte[] r : all) {
            final org.agrona.concurrent.UnsafeBuffer b = new org.agrona.concurrent.UnsafeBuffer(r);
            if (io.strikeiq.sbe.BarBiasesDecoder.TEMPLATE_ID == (b.getShort(2) & 0xFFFF)) {
                out.add(new io.strikeiq.sbe.BarBiasesDecoder().wrapAndApplyHeader(b, 0, header));
            }
        }
        return out;
    }

    List<io.strikeiq.sbe.IngestRunDecoder> ingestRuns() {
        final List<io.strikeiq.sbe.IngestRunDecoder> out = new ArrayList<>();
        for (final byte[] r : all) {
            final org.agrona.concurrent.UnsafeBuffer b = new org.agrona.concurrent.UnsafeBuffer(r);
            if (io.strikeiq.sbe.IngestRunDecoder.TEMPLATE_ID == (b.getShort(2) & 0xFFFF)) {
                out.add(new io.strikeiq.sbe.IngestRunDecoder().wrapAndApplyHeader(b, 0, header));
            }
        }
        return out;
    }

    private void run(final long time) {
        slot.sequence = sequence++;
        records = 0;
        next = 0;
        signals.clear();
        stateStage.onEvent(slot, slot.sequence, true);
        analytics.onEvent(slot, slot.sequence, true);
        if (slot.outputRecords > 0) {
            arena.drain(capture, slot.outputRecords);
        }
        if (errors.total() != errorsSeen) {
            errorsSeen = errors.total();
            throw new AssertionError("an engine failed at input sequence " + slot.sequence,
                errors.latest(Stage.ANALYTICS) != null ? errors.latest(Stage.ANALYTICS) : errors.latest(Stage.STATE));
        }
        if (collect) {
            for (int i = 0; i < records; i++) {
                final int at = offsets[i];
                final int end = i + 1 < records ? offsets[i + 1] : next;
                final byte[] copy = new byte[end - at];
                buffer.getBytes(at, copy);
                all.add(copy);
            }
        }
    }

    int records() {
        return records;
    }

    int templateOf(final int i) {
        return buffer.getShort(offsets[i] + 2) & 0xFFFF;
    }

    int count(final int templateId) {
        int n = 0;
        for (final byte[] r : all) {
            if (((r[2] & 0xFF) | (r[3] & 0xFF) << 8) == templateId) {
                n++;
            }
        }
        return n;
    }

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();

    List<TriangleEventDecoder> triangles() {
        final List<TriangleEventDecoder> out = new ArrayList<>();
        for (final byte[] r : all) {
            final org.agrona.concurrent.UnsafeBuffer b = new org.agrona.concurrent.UnsafeBuffer(r);
            if (TriangleEventDecoder.TEMPLATE_ID == (b.getShort(2) & 0xFFFF)) {
                out.add(new TriangleEventDecoder().wrapAndApplyHeader(b, 0, header));
            }
        }
        return out;
    }

    List<CompletedBarDecoder> completedBars() {
        final List<CompletedBarDecoder> out = new ArrayList<>();
        for (final byte[] r : all) {
            final org.agrona.concurrent.UnsafeBuffer b = new org.agrona.concurrent.UnsafeBuffer(r);
            if (CompletedBarDecoder.TEMPLATE_ID == (b.getShort(2) & 0xFFFF)) {
                out.add(new CompletedBarDecoder().wrapAndApplyHeader(b, 0, header));
            }
        }
        return out;
    }

    List<io.strikeiq.sbe.FormingBarDecoder> formingBars() {
        final List<io.strikeiq.sbe.FormingBarDecoder> out = new ArrayList<>();
        for (final byte[] r : all) {
            final org.agrona.concurrent.UnsafeBuffer b = new org.agrona.concurrent.UnsafeBuffer(r);
            if (io.strikeiq.sbe.FormingBarDecoder.TEMPLATE_ID == (b.getShort(2) & 0xFFFF)) {
                out.add(new io.strikeiq.sbe.FormingBarDecoder().wrapAndApplyHeader(b, 0, header));
            }
        }
        return out;
    }

    List<BarRejectDecoder> rejects() {
        final List<BarRejectDecoder> out = new ArrayList<>();
        for (final byte[] r : all) {
            final org.agrona.concurrent.UnsafeBuffer b = new org.agrona.concurrent.UnsafeBuffer(r);
            if (BarRejectDecoder.TEMPLATE_ID == (b.getShort(2) & 0xFFFF)) {
                out.add(new BarRejectDecoder().wrapAndApplyHeader(b, 0, header));
            }
        }
        return out;
    }

    List<RollDecoder> rolls() {
        final List<RollDecoder> out = new ArrayList<>();
        for (final byte[] r : all) {
            final org.agrona.concurrent.UnsafeBuffer b = new org.agrona.concurrent.UnsafeBuffer(r);
            if (RollDecoder.TEMPLATE_ID == (b.getShort(2) & 0xFFFF)) {
                out.add(new RollDecoder().wrapAndApplyHeader(b, 0, header));
            }
        }
        return out;
    }
}
