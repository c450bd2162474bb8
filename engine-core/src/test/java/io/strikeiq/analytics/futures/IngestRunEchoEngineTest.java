package io.strikeiq.analytics.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeiq.bars.SessionAlignment;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.sbe.CompletedBarDecoder;
import io.strikeiq.sbe.IngestRunDecoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The IngestRun echo (futures_signals.md §7, FEEDS.md "Failed, truncated and interrupted files"):
 * one record per IngestFile input, the feed's facts unchanged and the futures chain's bar counts of
 * that file only; the chain itself does nothing on an IngestFile event.
 */
class IngestRunEchoEngineTest {
    static final long T0 = FuturesHarness.t("2024-01-02T00:00:00Z");
    static final long M = FuturesHarness.MIN;
    static final int NQ = 7;

    private static FuturesConfig config() {
        return FuturesConfig.builder().alignment(SessionAlignment.UTC).htfSwitches(0).htfAlignedOnly(false)
            .requireEngulfing(false).requireSweepEngulfing(false).build();
    }

    @Test
    void anIngestFileEventIsEchoedWithTheEngineCountsOfThatFileOnly() {
        final FuturesHarness h = new FuturesHarness(config());
        h.bar(NQ, T0, 100, 101, 99, 100.5);
        h.bar(NQ, T0 + M, 100, 101, 99, 100.5);
        h.bar(NQ, T0 + M, 100, 101, 99, 100.5); // DUPLICATE
        h.ingestFile(41, T0 + 2 * M, "a.dbn");
        h.bar(NQ, T0, 100, 101, 99, 100.5); // NON_MONOTONIC
        h.bar(NQ, T0 + 2 * M, 100, 101, 99, 100.5);
        h.ingestFile(42, T0 + 3 * M, "b.dbn");
        final List<IngestRunDecoder> runs = h.ingestRuns();
        assertEquals(2, runs.size());
        assertEquals(41, runs.get(0).ingestRunId());
        assertEquals("a.dbn", runs.get(0).fileName());
        assertEquals(7, runs.get(0).recordsRead());
        assertEquals(2, runs.get(0).barsAccepted());
        assertEquals(1, runs.get(0).barsRejected());
        assertEquals(1, runs.get(0).rejectedDuplicate());
        assertEquals("ab" + "00".repeat(31), runs.get(0).sha256());
        assertEquals(3, runs.get(0).inputSequence());
        assertEquals(1, runs.get(1).barsAccepted());
        assertEquals(1, runs.get(1).rejectedNonMonotonic());
        assertEquals(0, runs.get(1).rejectedDuplicate());
        assertEquals(T0 + 3 * M, runs.get(1).eventTime());
    }

    @Test
    void withTheChainSwitchedOffTheFeedsOutcomeIsStillEchoedWithZeroCounts() {
        final FuturesConfig d = config();
        final FuturesConfig off = d.toBuilder().enabled(false).build();
        final FuturesHarness h = new FuturesHarness(off);
        h.bar(NQ, T0, 100, 101, 99, 100.5);
        h.bar(NQ, T0 + M, 100, 101, 99, 100.5);
        h.ingestFile(43, T0 + 2 * M, "cut.dbn", IngestFileInfo.STATUS_INTERRUPTED, IngestFileInfo.ERROR_NONE,
            "interrupted: the run stopped after 2 records of this file");
        h.ingestFile(44, T0 + 2 * M, "bad.dbn", IngestFileInfo.STATUS_FAILED, IngestFileInfo.ERROR_FORMAT, "bad magic");
        final List<IngestRunDecoder> runs = h.ingestRuns();
        assertEquals(2, runs.size(), "nothing else: the chain is off");
        assertEquals(2, h.all.size());
        final IngestRunDecoder interrupted = runs.get(0);
        assertEquals(IngestFileInfo.STATUS_INTERRUPTED, interrupted.status());
        assertEquals(3, interrupted.runSequence(), "the feed's file index");
        assertEquals(0, interrupted.barsAccepted(), "no bar reached the switched-off chain");
        assertEquals(0, interrupted.barsRejected());
        assertEquals("interrupted: the run stopped after 2 records of this file", interrupted.errorMessage());
        final IngestRunDecoder failed = runs.get(1);
        assertEquals(IngestFileInfo.STATUS_FAILED, failed.status());
        assertEquals(IngestFileInfo.ERROR_FORMAT, failed.errorCode());
        assertEquals(44, failed.ingestRunId());
    }

    @Test
    void theChainClosesNothingOnAnIngestFileEventSoAnOverdueBucketWaitsForTheNextBar() {
        final FuturesHarness h = new FuturesHarness(config());
        for (int i = 0; i < 4; i++) {
            h.doji(NQ, T0 + i * M, 100, 1); // the 5-minute bucket [T0, T0+5m) still lacks its last minute
        }
        final int before = h.all.size();
        h.ingestFile(41, T0 + 6 * M, "a.dbn");
        assertEquals(before + 7, h.all.size(), "the six forming buckets (5m, 15m, 30m, 1h, 4h, 1d), then the IngestRun record");
        assertEquals(6, h.formingBars().size());
        assertEquals(4, h.formingBars().get(0).minuteBars(), "the 5m bucket as it stood: four minutes");
        assertEquals(io.strikeiq.sbe.IngestRunDecoder.TEMPLATE_ID, h.templateOf(6));
        assertEquals(0, h.completedBars().stream().filter(b -> b.timeframeSeconds() == 300).count());
        h.doji(8, T0 + 6 * M, 50, 1);
        final CompletedBarDecoder b = h.completedBars().stream()
            .filter(x -> x.instrumentId() == NQ && x.timeframeSeconds() == 300).findFirst().orElseThrow();
        assertEquals(T0 + 5 * M, b.closeTime());
        assertEquals(5, b.inputSequence(), "stamped with the bar after the IngestFile event (0-3 bars, 4 the IngestFile)");
    }
}
