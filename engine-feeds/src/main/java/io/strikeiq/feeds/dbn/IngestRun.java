package io.strikeiq.feeds.dbn;

import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.sbe.IngestRunEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.agrona.MutableDirectBuffer;

/**
 * What ingesting one DBN file did (futures_signals.md §7 "ingest runs"): identity (name, SHA-256,
 * dataset, schema), counts (records read, bars accepted, rejected per {@link BarRejectReason}),
 * the open-time range of its bars, and the outcome. Encodes itself as an {@code IngestRun} record.
 *
 * @param rejected per reason code, indexed by {@link BarRejectReason} (index 0 unused)
 * @param minOpenTime earliest bar open time, {@link Long#MIN_VALUE} if no bar
 * @param error the failure message, empty when OK
 */
public record IngestRun(int runSequence, String fileName, String sha256, String dataset, String schema, boolean ok,
                        long recordsRead, long accepted, long[] rejected, long minOpenTime, long maxOpenTime,
                        String error) {
    public static final int LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + IngestRunEncoder.BLOCK_LENGTH;

    public long rejectedTotal() {
        long n = 0;
        for (int r = 1; r < rejected.length; r++) {
            n += rejected[r];
        }
        return n;
    }

    /** Writes the record (header included) at {@code offset}; returns its length. */
    public int encode(final MutableDirectBuffer buffer, final int offset) {
        final IngestRunEncoder e = new IngestRunEncoder().wrapAndApplyHeader(buffer, offset, new MessageHeaderEncoder());
        e.runSequence(runSequence).status((short) (ok ? 0 : 1)).recordsRead(recordsRead).barsAccepted(accepted)
            .barsRejected(rejectedTotal())
            .rejectedOhlcIntegrity(rejected[BarRejectReason.OHLC_INTEGRITY])
            .rejectedNonFinite(rejected[BarRejectReason.NON_FINITE])
            .rejectedNonPositive(rejected[BarRejectReason.NON_POSITIVE])
            .rejectedNonMonotonic(rejected[BarRejectReason.NON_MONOTONIC])
            .rejectedDuplicate(rejected[BarRejectReason.DUPLICATE])
            .rejectedPriceFloor(rejected[BarRejectReason.PRICE_FLOOR])
            .rejectedDiscontinuity(rejected[BarRejectReason.DISCONTINUITY])
            .rejectedSmallRangeBigGap(rejected[BarRejectReason.SMALL_RANGE_BIG_GAP])
            .rejectedFlatDiscontinuity(rejected[BarRejectReason.FLAT_DISCONTINUITY])
            .minEventTime(minOpenTime).maxEventTime(maxOpenTime);
        e.putDataset(ascii(dataset, IngestRunEncoder.datasetLength()), 0);
        e.putSchema(ascii(schema, IngestRunEncoder.schemaLength()), 0);
        e.putSha256(ascii(sha256, IngestRunEncoder.sha256Length()), 0);
        e.putFileName(ascii(fileName, IngestRunEncoder.fileNameLength()), 0);
        e.putErrorMessage(ascii(error, IngestRunEncoder.errorMessageLength()), 0);
        return LENGTH;
    }

    private static byte[] ascii(final String s, final int length) {
        final byte[] out = new byte[length];
        final byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, out, 0, Math.min(length, b.length));
        return out;
    }

    /** One readable line for the run summary. */
    public String summary() {
        final StringBuilder r = new StringBuilder();
        for (int i = 1; i < rejected.length; i++) {
            if (rejected[i] > 0) {
                r.append(r.length() == 0 ? "" : ", ").append(BarRejectReason.name(i)).append(' ').append(rejected[i]);
            }
        }
        return String.format(Locale.ROOT, "%s %s  sha256 %s  %s %s  records %,d  accepted %,d  rejected %,d%s  bars %s .. %s%s",
            ok ? "OK    " : "FAILED", fileName, sha256, dataset, schema, recordsRead, accepted, rejectedTotal(),
            r.length() == 0 ? "" : " (" + r + ")", time(minOpenTime), time(maxOpenTime), ok ? "" : "  error: " + error);
    }

    private static String time(final long nanos) {
        return nanos == Long.MIN_VALUE ? "-" : Instant.ofEpochSecond(0, nanos).toString();
    }
}
