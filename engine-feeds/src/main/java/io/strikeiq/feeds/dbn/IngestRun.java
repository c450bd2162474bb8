package io.strikeiq.feeds.dbn;

import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.sbe.IngestRunDecoder;
import java.time.Instant;
import java.util.Locale;

/**
 * What ingesting one DBN file did (futures_signals.md §7 "ingest runs"): identity (name, SHA-256,
 * dataset, schema), counts (records read, bars accepted, rejected per {@link BarRejectReason}),
 * the open-time range of its bars, and the outcome, as read back from an {@code IngestRun} output
 * record (written by the futures engine from the feed's IngestFile input event). For printing.
 *
 * @param status {@link IngestFileInfo#STATUS_OK}, {@code STATUS_FAILED} or {@code STATUS_INTERRUPTED}
 * @param rejected per reason code, indexed by {@link BarRejectReason} (index 0 unused)
 * @param minOpenTime earliest bar open time, {@link Long#MIN_VALUE} if no bar
 * @param error the failure message, empty when OK
 */
public record IngestRun(long ingestRunId, int runSequence, String fileName, String sha256, String dataset, String schema,
                        int status, long recordsRead, long accepted, long[] rejected, long minOpenTime, long maxOpenTime,
                        String error) {
    /** Reads the record {@code d} is wrapped around (version-1 records have run id 0). */
    public static IngestRun from(final IngestRunDecoder d) {
        final long[] rejected = new long[BarRejectReason.COUNT];
        rejected[BarRejectReason.OHLC_INTEGRITY] = d.rejectedOhlcIntegrity();
        rejected[BarRejectReason.NON_FINITE] = d.rejectedNonFinite();
        rejected[BarRejectReason.NON_POSITIVE] = d.rejectedNonPositive();
        rejected[BarRejectReason.NON_MONOTONIC] = d.rejectedNonMonotonic();
        rejected[BarRejectReason.DUPLICATE] = d.rejectedDuplicate();
        rejected[BarRejectReason.PRICE_FLOOR] = d.rejectedPriceFloor();
        rejected[BarRejectReason.DISCONTINUITY] = d.rejectedDiscontinuity();
        rejected[BarRejectReason.SMALL_RANGE_BIG_GAP] = d.rejectedSmallRangeBigGap();
        rejected[BarRejectReason.FLAT_DISCONTINUITY] = d.rejectedFlatDiscontinuity();
        final long runId = d.ingestRunId() == IngestRunDecoder.ingestRunIdNullValue() ? 0 : d.ingestRunId();
        return new IngestRun(runId, d.runSequence(), d.fileName(), d.sha256(), d.dataset(), d.schema(), d.status(),
            d.recordsRead(), d.barsAccepted(), rejected, d.minEventTime(), d.maxEventTime(), d.errorMessage());
    }

    /** True when the file was read to its end without error. */
    public boolean ok() {
        return status == IngestFileInfo.STATUS_OK;
    }

    /** OK, FAILED, INTERRUPTED (or STATUS n for a value this build does not know). */
    public String statusName() {
        switch (status) {
            case IngestFileInfo.STATUS_OK:
                return "OK";
            case IngestFileInfo.STATUS_FAILED:
                return "FAILED";
            case IngestFileInfo.STATUS_INTERRUPTED:
                return "INTERRUPTED";
            default:
                return "STATUS " + status;
        }
    }

    public long rejectedTotal() {
        long n = 0;
        for (int r = 1; r < rejected.length; r++) {
            n += rejected[r];
        }
        return n;
    }

    /** One readable line for the run summary. */
    public String summary() {
        final StringBuilder r = new StringBuilder();
        for (int i = 1; i < rejected.length; i++) {
            if (rejected[i] > 0) {
                r.append(r.length() == 0 ? "" : ", ").append(BarRejectReason.name(i)).append(' ').append(rejected[i]);
            }
        }
        return String.format(Locale.ROOT, "%-6s %s  sha256 %s  %s %s  records %,d  accepted %,d  rejected %,d%s  bars %s .. %s%s",
            statusName(), fileName, sha256, dataset, schema, recordsRead, accepted, rejectedTotal(),
            r.length() == 0 ? "" : " (" + r + ")", time(minOpenTime), time(maxOpenTime), ok() ? "" : "  error: " + error);
    }

    private static String time(final long nanos) {
        return nanos == Long.MIN_VALUE ? "-" : Instant.ofEpochSecond(0, nanos).toString();
    }
}
