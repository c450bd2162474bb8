package io.strikeiq.event;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The payload of an {@link EventType#INGEST_FILE} event: which vendor file a file feed just
 * finished (name, SHA-256, dataset, schema), what it read (records, bars, bar open-time range) and
 * the outcome. Preallocated inside every {@link MarketEvent} (fixed-length byte arrays, US-ASCII,
 * NUL padded) so carrying it allocates nothing; it is journaled like any input, so the engine's
 * IngestRun output record is rebuilt exactly by a replay.
 */
public final class IngestFileInfo {
    public static final int SHA256_LENGTH = 32;
    public static final int DATASET_LENGTH = 16;
    public static final int SCHEMA_LENGTH = 16;
    public static final int FILE_NAME_LENGTH = 128;
    public static final int ERROR_LENGTH = 256;

    public static final byte STATUS_OK = 0;
    public static final byte STATUS_FAILED = 1;
    /** The run stopped (SIGTERM, Ctrl-C, --events) before the end of the file; the counts say how far it got. */
    public static final byte STATUS_INTERRUPTED = 2;

    public static final byte ERROR_NONE = 0;
    public static final byte ERROR_IO = 1;
    public static final byte ERROR_FORMAT = 2;
    public static final byte ERROR_OTHER = 3;

    /** Unique per ingest of a file, chosen by the ingesting process (not by the engine). */
    public long ingestRunId;
    public int fileIndex;
    public byte status;
    public byte errorCode;
    /** True when the file name was cut at {@link #FILE_NAME_LENGTH} characters. */
    public boolean fileNameTruncated;
    public long recordsRead;
    public long barsRead;
    /** Earliest / latest bar open time, {@link Long#MIN_VALUE} when the file had no bar. */
    public long minEventTime = Long.MIN_VALUE;
    public long maxEventTime = Long.MIN_VALUE;
    public final byte[] sha256 = new byte[SHA256_LENGTH];
    public final byte[] dataset = new byte[DATASET_LENGTH];
    public final byte[] schema = new byte[SCHEMA_LENGTH];
    public final byte[] fileName = new byte[FILE_NAME_LENGTH];
    public final byte[] errorMessage = new byte[ERROR_LENGTH];

    public void clear() {
        ingestRunId = 0;
        fileIndex = 0;
        status = STATUS_OK;
        errorCode = ERROR_NONE;
        fileNameTruncated = false;
        recordsRead = 0;
        barsRead = 0;
        minEventTime = Long.MIN_VALUE;
        maxEventTime = Long.MIN_VALUE;
        Arrays.fill(sha256, (byte) 0);
        Arrays.fill(dataset, (byte) 0);
        Arrays.fill(schema, (byte) 0);
        Arrays.fill(fileName, (byte) 0);
        Arrays.fill(errorMessage, (byte) 0);
    }

    public void copyFrom(final IngestFileInfo o) {
        ingestRunId = o.ingestRunId;
        fileIndex = o.fileIndex;
        status = o.status;
        errorCode = o.errorCode;
        fileNameTruncated = o.fileNameTruncated;
        recordsRead = o.recordsRead;
        barsRead = o.barsRead;
        minEventTime = o.minEventTime;
        maxEventTime = o.maxEventTime;
        System.arraycopy(o.sha256, 0, sha256, 0, SHA256_LENGTH);
        System.arraycopy(o.dataset, 0, dataset, 0, DATASET_LENGTH);
        System.arraycopy(o.schema, 0, schema, 0, SCHEMA_LENGTH);
        System.arraycopy(o.fileName, 0, fileName, 0, FILE_NAME_LENGTH);
        System.arraycopy(o.errorMessage, 0, errorMessage, 0, ERROR_LENGTH);
    }

    /**
     * Stores {@code value} as US-ASCII (other characters become '?'), cut at the array's length
     * (once per file, off the hot path).
     *
     * @return true when it had to be cut
     */
    public static boolean putText(final String value, final byte[] target) {
        Arrays.fill(target, (byte) 0);
        final int n = Math.min(value.length(), target.length);
        for (int i = 0; i < n; i++) {
            final char c = value.charAt(i);
            target[i] = c > 0 && c < 128 ? (byte) c : (byte) '?';
        }
        return value.length() > target.length;
    }

    /** The NUL-terminated text in {@code bytes}. */
    public static String text(final byte[] bytes) {
        int n = 0;
        while (n < bytes.length && bytes[n] != 0) {
            n++;
        }
        return new String(bytes, 0, n, StandardCharsets.US_ASCII);
    }

    public String fileNameString() {
        return text(fileName);
    }

    public String errorString() {
        return text(errorMessage);
    }
}
