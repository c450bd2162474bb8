package io.strikeiq.feeds.dbn;

import com.github.luben.zstd.ZstdIOException;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What one file of a {@link DbnEventSource} did, and its {@link EventType#INGEST_FILE} event:
 * the file's SHA-256, the bars emitted from it and their open-time range, and once the file is left
 * (OK, FAILED or INTERRUPTED, see {@link DbnReadCycle}) the record itself — run id
 * {@code runIdBase + file index}, name, dataset, schema, records read, status, error code and text —
 * held until the source's next poll hands it out. Filling the record allocates (text); once per file.
 */
final class IngestFileReport {
    private final long runIdBase;
    private final byte[] sha256 = new byte[IngestFileInfo.SHA256_LENGTH];
    private final IngestFileInfo record = new IngestFileInfo();
    private long bars;
    private long minOpen;
    private long maxOpen;
    private boolean pending;

    /** @param runIdBase run id of the first file; file i gets base + i */
    IngestFileReport(final long runIdBase) {
        this.runIdBase = runIdBase;
    }

    /**
     * Starts the accounting of a new file and digests it. The counts and the digest are reset first,
     * so a file that cannot be read still gets a record (with an all-zero digest).
     */
    void begin(final Path file) throws IOException {
        bars = 0;
        minOpen = Long.MAX_VALUE;
        maxOpen = Long.MIN_VALUE;
        Arrays.fill(sha256, (byte) 0);
        FileDigest.sha256(file, sha256);
    }

    /** Counts one bar emitted from the current file. */
    void onBar(final long openTime) {
        minOpen = Math.min(minOpen, openTime);
        maxOpen = Math.max(maxOpen, openTime);
        bars++;
    }

    /**
     * Fills the current file's record and makes it pending.
     *
     * @param decoder the file's decoder (dataset, schema, records read), or null when it never opened
     * @param error the error text, null when none
     */
    void prepare(final int fileIndex, final Path file, final DbnDecoder decoder, final String error, final byte errorCode,
                 final byte status) {
        final IngestFileInfo f = record;
        f.clear();
        f.ingestRunId = runIdBase + fileIndex;
        f.fileIndex = fileIndex;
        f.status = status;
        f.errorCode = errorCode;
        f.fileNameTruncated = IngestFileInfo.putText(file.getFileName().toString(), f.fileName);
        IngestFileInfo.putText(error == null ? "" : error, f.errorMessage);
        System.arraycopy(sha256, 0, f.sha256, 0, IngestFileInfo.SHA256_LENGTH);
        if (decoder != null) {
            IngestFileInfo.putText(decoder.metadata().dataset(), f.dataset);
            IngestFileInfo.putText(decoder.metadata().schema() == null ? "mixed" : decoder.metadata().schema().dbnName,
                f.schema);
            f.recordsRead = decoder.recordsRead();
        }
        f.barsRead = bars;
        f.minEventTime = minOpen == Long.MAX_VALUE ? Long.MIN_VALUE : minOpen;
        f.maxEventTime = maxOpen;
        pending = true;
    }

    /** True when a record has been prepared and not yet handed out. */
    boolean pending() {
        return pending;
    }

    /** Hands the pending record out as an INGEST_FILE event stamped {@code eventTime}. */
    void emit(final MarketEvent slot, final long eventTime) {
        pending = false;
        slot.type = EventType.INGEST_FILE;
        slot.eventTimeNanos = eventTime;
        slot.ingestFile.copyFrom(record);
    }

    /** The error text of a file's record: names the file, and the cause a read failure wraps. */
    static String message(final Path file, final Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        final Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !m.contains(cause.getMessage())) {
            m = m + ": " + cause.getMessage();
        }
        return m.contains(file.toString()) ? m : file + ": " + m;
    }

    /** Damaged bytes (our format checks, or zstd refusing the stream) are format errors; other I/O is I/O. */
    static byte errorCode(final Exception e) {
        final Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (e instanceof DbnFormatException || cause instanceof ZstdIOException) {
            return IngestFileInfo.ERROR_FORMAT;
        }
        return cause instanceof IOException ? IngestFileInfo.ERROR_IO : IngestFileInfo.ERROR_OTHER;
    }
}
