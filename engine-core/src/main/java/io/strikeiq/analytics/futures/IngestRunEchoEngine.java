package io.strikeiq.analytics.futures;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.bars.BarValidator;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.IngestRunEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.SignalSink;

/**
 * Echoes each {@link EventType#INGEST_FILE} input (a file feed finished, failed or was stopped in a
 * file) as an IngestRun output record (futures_signals.md §7 "ingest runs"): the feed's facts
 * unchanged (run id, name, SHA-256 as hex, dataset, schema, records read, open-time range, status
 * OK / FAILED / INTERRUPTED, error) plus the futures chain's accepted and rejected-per-reason counts
 * for the bars since the previous IngestFile event — the bars of a FAILED or INTERRUPTED file that
 * reached the engine are counted like any. Reads the counts of {@link FuturesSignalEngine}'s
 * {@link BarValidator}, so it runs after that engine; it echoes even when the chain is switched off
 * (zero counts: the ingest is a fact). The record is built from the journaled input alone, so a
 * replay rebuilds it. Allocation-free.
 */
public final class IngestRunEchoEngine implements AnalyticsEngine {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

    private final BarValidator validator;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final IngestRunEncoder ingestRun = new IngestRunEncoder();
    private final byte[] shaHex = new byte[IngestRunEncoder.sha256Length()];
    /** Validator counts at the previous IngestFile event (index 0: accepted, then per reason code). */
    private final long[] countsAtFileStart = new long[BarRejectReason.COUNT];
    private long recordsDropped;

    /** @param futures the chain whose bar validation counts each record carries */
    public IngestRunEchoEngine(final FuturesSignalEngine futures) {
        this.validator = futures.validator();
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        if (event.type == EventType.INGEST_FILE) {
            writeIngestRun(event, sink.records());
        }
    }

    /** Keeps no books: each IngestRun record is written from the event and the validator's counts. */
    @Override
    public void recover(final MarketEvent event) {
    }

    @Override
    public java.util.List<Class<? extends io.strikeiq.analytics.AnalyticsEngine>> reads() {
        return java.util.List.of(FuturesSignalEngine.class);
    }

    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
    }

    /** The IngestRun record of the file that just ended: the feed's facts plus the chain's counts for its bars. */
    private void writeIngestRun(final MarketEvent e, final OutputRecords out) {
        final long accepted = validator.accepted() - countsAtFileStart[0];
        long rejectedTotal = 0;
        for (int r = 1; r < BarRejectReason.COUNT; r++) {
            rejectedTotal += rejectedSinceFileStart(r);
        }
        final int at = out.tryClaim(IngestRunEncoder.TEMPLATE_ID, MessageHeaderEncoder.ENCODED_LENGTH
            + IngestRunEncoder.BLOCK_LENGTH);
        if (at != OutputRecords.NO_ROOM) {
            final IngestFileInfo f = e.ingestFile;
            toHex(f.sha256, shaHex);
            ingestRun.wrapAndApplyHeader(out.buffer(), at, header)
                .runSequence(f.fileIndex)
                .status((short) (f.status & 0xFF))
                .recordsRead(f.recordsRead)
                .barsAccepted(accepted)
                .barsRejected(rejectedTotal)
                .rejectedOhlcIntegrity(rejectedSinceFileStart(BarRejectReason.OHLC_INTEGRITY))
                .rejectedNonFinite(rejectedSinceFileStart(BarRejectReason.NON_FINITE))
                .rejectedNonPositive(rejectedSinceFileStart(BarRejectReason.NON_POSITIVE))
                .rejectedNonMonotonic(rejectedSinceFileStart(BarRejectReason.NON_MONOTONIC))
                .rejectedDuplicate(rejectedSinceFileStart(BarRejectReason.DUPLICATE))
                .rejectedPriceFloor(rejectedSinceFileStart(BarRejectReason.PRICE_FLOOR))
                .rejectedDiscontinuity(rejectedSinceFileStart(BarRejectReason.DISCONTINUITY))
                .rejectedSmallRangeBigGap(rejectedSinceFileStart(BarRejectReason.SMALL_RANGE_BIG_GAP))
                .rejectedFlatDiscontinuity(rejectedSinceFileStart(BarRejectReason.FLAT_DISCONTINUITY))
                .minEventTime(f.minEventTime)
                .maxEventTime(f.maxEventTime)
                .putDataset(f.dataset, 0)
                .putSchema(f.schema, 0)
                .putSha256(shaHex, 0)
                .putFileName(f.fileName, 0)
                .putErrorMessage(f.errorMessage, 0)
                .inputSequence(e.sequence)
                .eventTime(e.eventTimeNanos)
                .ingestRunId(f.ingestRunId)
                .fileNameTruncated((short) (f.fileNameTruncated ? 1 : 0))
                .errorCode((short) (f.errorCode & 0xFF));
            out.commit(at);
        } else {
            recordsDropped++;
        }
        countsAtFileStart[0] = validator.accepted();
        for (int r = 1; r < BarRejectReason.COUNT; r++) {
            countsAtFileStart[r] = validator.rejected(r);
        }
    }

    private long rejectedSinceFileStart(final int reason) {
        return validator.rejected(reason) - countsAtFileStart[reason];
    }

    private static void toHex(final byte[] digest, final byte[] hex) {
        for (int i = 0; i < digest.length; i++) {
            final int b = digest[i] & 0xFF;
            hex[2 * i] = HEX[b >>> 4];
            hex[2 * i + 1] = HEX[b & 0xF];
        }
    }

    /** Records refused by the output arena (never expected: one small record per file). */
    public long recordsDropped() {
        return recordsDropped;
    }
}
