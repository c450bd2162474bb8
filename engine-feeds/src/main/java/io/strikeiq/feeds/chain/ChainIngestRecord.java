package io.strikeiq.feeds.chain;

import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What one file of a {@link ChainFileSource} did: identity (name, SHA-256, detected format,
 * underlying), counts (snapshots, legs read, instruments first defined by it, ticks emitted, legs
 * not re-ticked because nothing changed since their previous snapshot, legs rejected per
 * {@link #REJECT_REASONS reason}, legs replayed with an absent or suspect value per
 * {@link #FLAG_REASONS flag}), the snapshot time range and the outcome (OK, FAILED with the
 * one-line error, INTERRUPTED). It becomes the file's {@link EventType#INGEST_FILE} event (format in
 * the dataset field, underlying in the schema field, legs read as records read, ticks as bars read),
 * which the engine echoes as an IngestRun output record, so a replay rebuilds it; the per-reason
 * and per-flag counts and the snapshot count are printed from here (the IngestFile event has no
 * field for them).
 */
public final class ChainIngestRecord {
    /** A leg whose OI or volume is not a whole number of contracts: its tick is not replayed. */
    public static final int FRACTIONAL_CONTRACTS = 0;
    /** Names of the reject reasons, by index. */
    public static final String[] REJECT_REASONS = {"fractional-contracts"};

    /** A leg ticked with OI absent (-1; the chain state keeps its previous OI), never as 0. */
    public static final int MISSING_OI = 0;
    /** A leg ticked with no bid (price NaN, quantity 0). */
    public static final int MISSING_BID = 1;
    /** A leg ticked with no ask (price NaN, quantity 0). */
    public static final int MISSING_ASK = 2;
    /** A leg of a snapshot stamped before the 09:15 IST F&O open: it shows the previous session's state. */
    public static final int STALE_SNAPSHOT = 3;
    /** A leg whose expiry date is the snapshot's IST date (expiry-day chain; at or after 15:30 it has expired). */
    public static final int EXPIRY_DAY = 4;
    /** Names of the flags (legs replayed, counted because a value is absent or suspect), by index. */
    public static final String[] FLAG_REASONS = {"missing-oi", "missing-bid", "missing-ask", "stale-snapshot", "expiry-day"};

    private final int fileIndex;
    private final String fileName;
    byte[] sha256 = new byte[IngestFileInfo.SHA256_LENGTH];
    String format = "";
    String underlying = "";
    int snapshots;
    long legs;
    long definitions;
    long ticks;
    long unchanged;
    final long[] rejected = new long[REJECT_REASONS.length];
    final long[] flagged = new long[FLAG_REASONS.length];
    long minTime = Long.MIN_VALUE;
    long maxTime = Long.MIN_VALUE;
    byte status = IngestFileInfo.STATUS_OK;
    byte errorCode = IngestFileInfo.ERROR_NONE;
    String error = "";
    /** Snapshots of this file not yet emitted. */
    int remaining;
    boolean emitted;

    ChainIngestRecord(final int fileIndex, final String fileName) {
        this.fileIndex = fileIndex;
        this.fileName = fileName;
    }

    void fail(final byte code, final String message) {
        status = IngestFileInfo.STATUS_FAILED;
        errorCode = code;
        error = message;
    }

    /** Fills {@code slot} as this file's INGEST_FILE event at {@code eventTime}. */
    void emit(final MarketEvent slot, final long eventTime, final long runIdBase) {
        emitted = true;
        slot.type = EventType.INGEST_FILE;
        slot.eventTimeNanos = eventTime;
        final IngestFileInfo f = slot.ingestFile;
        f.clear();
        f.ingestRunId = runIdBase + fileIndex;
        f.fileIndex = fileIndex;
        f.status = status;
        f.errorCode = errorCode;
        f.fileNameTruncated = IngestFileInfo.putText(fileName, f.fileName);
        IngestFileInfo.putText(error, f.errorMessage);
        System.arraycopy(sha256, 0, f.sha256, 0, IngestFileInfo.SHA256_LENGTH);
        IngestFileInfo.putText(format, f.dataset);
        IngestFileInfo.putText(underlying, f.schema);
        f.recordsRead = legs;
        f.barsRead = ticks;
        f.minEventTime = minTime;
        f.maxEventTime = maxTime;
    }

    public int fileIndex() {
        return fileIndex;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return HexFormat.of().formatHex(sha256);
    }

    public String format() {
        return format;
    }

    public int snapshots() {
        return snapshots;
    }

    public long legs() {
        return legs;
    }

    public long definitions() {
        return definitions;
    }

    public long ticks() {
        return ticks;
    }

    public long unchanged() {
        return unchanged;
    }

    public long rejected(final int reason) {
        return rejected[reason];
    }

    /** Legs of this file carrying flag {@code reason} ({@link #FLAG_REASONS}). */
    public long flagged(final int reason) {
        return flagged[reason];
    }

    public byte status() {
        return status;
    }

    public boolean ok() {
        return status == IngestFileInfo.STATUS_OK;
    }

    public String error() {
        return error;
    }

    public String statusName() {
        return status == IngestFileInfo.STATUS_OK ? "OK" : status == IngestFileInfo.STATUS_FAILED ? "FAILED" : "INTERRUPTED";
    }

    /** One readable line for the run summary. */
    public String summary() {
        long total = 0;
        final StringBuilder r = new StringBuilder();
        for (int i = 0; i < rejected.length; i++) {
            total += rejected[i];
            if (rejected[i] > 0) {
                r.append(r.length() == 0 ? " (" : ", ").append(REJECT_REASONS[i]).append(' ').append(rejected[i]);
            }
        }
        if (r.length() > 0) {
            r.append(')');
        }
        final StringBuilder f = new StringBuilder();
        for (int i = 0; i < flagged.length; i++) {
            if (flagged[i] > 0) {
                f.append("  ").append(FLAG_REASONS[i]).append(' ').append(String.format(Locale.ROOT, "%,d", flagged[i]));
            }
        }
        return String.format(Locale.ROOT, "%-6s %s  sha256 %s  %s %s  snapshots %,d  legs %,d  defined %,d  ticks %,d"
                + "  unchanged %,d  rejected %,d%s%s  time %s .. %s%s", statusName(), fileName, sha256(),
            format.isEmpty() ? "-" : format, underlying.isEmpty() ? "-" : underlying, snapshots, legs, definitions, ticks,
            unchanged, total, r, f.length() == 0 ? "" : "  flags:" + f, time(minTime), time(maxTime),
            ok() ? "" : "  error: " + error);
    }

    private static String time(final long nanos) {
        return nanos == Long.MIN_VALUE ? "-" : Instant.ofEpochSecond(0, nanos).toString();
    }
}
