package io.strikeiq.persistence;

import org.agrona.ExpandableArrayBuffer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows encoded in PostgreSQL's binary COPY format (network byte order), ready to stream with
 * {@code COPY … FROM STDIN (FORMAT binary)}. Binary COPY skips text parsing on the server, which
 * is what makes it the fastest way in. NaN doubles are written as SQL NULL (the journal's
 * "not available"); instants are epoch nanoseconds truncated to PostgreSQL's microseconds.
 * One buffer is reused batch after batch; {@link #clear()} keeps its capacity.
 */
public final class PgBinaryCopyBuffer {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** Microseconds from the Unix epoch to PostgreSQL's epoch, 2000-01-01T00:00Z. */
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;

    private final ExpandableArrayBuffer buffer;
    private int position;
    private int rows;

    public PgBinaryCopyBuffer(final int initialCapacity) {
        buffer = new ExpandableArrayBuffer(initialCapacity);
        clear();
    }

    /** Drops every row; the next row starts a fresh COPY stream. */
    public void clear() {
        buffer.putBytes(0, SIGNATURE);
        buffer.putInt(SIGNATURE.length, 0, BE);       // flags
        buffer.putInt(SIGNATURE.length + 4, 0, BE);   // header extension length
        position = SIGNATURE.length + 8;
        rows = 0;
    }

    public void startRow(final int fieldCount) {
        buffer.putShort(position, (short) fieldCount, BE);
        position += 2;
        rows++;
    }

    public void int4(final int value) {
        buffer.putInt(position, 4, BE);
        buffer.putInt(position + 4, value, BE);
        position += 8;
    }

    public void int8(final long value) {
        buffer.putInt(position, 8, BE);
        buffer.putLong(position + 4, value, BE);
        position += 12;
    }

    public void bool(final boolean value) {
        buffer.putInt(position, 1, BE);
        buffer.putByte(position + 4, (byte) (value ? 1 : 0));
        position += 5;
    }

    /** float8, or NULL when {@code value} is NaN. */
    public void float8(final double value) {
        if (Double.isNaN(value)) {
            nullField();
            return;
        }
        buffer.putInt(position, 8, BE);
        buffer.putDouble(position + 4, value, BE);
        position += 12;
    }

    /** timestamptz from nanoseconds since the Unix epoch. */
    public void timestamptz(final long epochNanos) {
        int8(Math.floorDiv(epochNanos, 1000L) - PG_EPOCH_MICROS);
    }

    /** timestamptz, or NULL when {@code epochNanos} is 0 (the journal's "none"). */
    public void timestamptzOrNull(final long epochNanos) {
        if (epochNanos == 0) {
            nullField();
        } else {
            timestamptz(epochNanos);
        }
    }

    /** A text/varchar field from pre-encoded UTF-8 bytes (enum names are encoded once). */
    public void text(final byte[] utf8) {
        buffer.putInt(position, utf8.length, BE);
        buffer.putBytes(position + 4, utf8);
        position += 4 + utf8.length;
    }

    public void nullField() {
        buffer.putInt(position, -1, BE);
        position += 4;
    }

    public int rows() {
        return rows;
    }

    /** Where the next row starts: {@link #resetTo} it to drop a row a failed mapper half wrote. */
    public long mark() {
        return ((long) rows << 32) | position;
    }

    /** Drops everything written after {@code mark} (a value of {@link #mark()}). */
    public void resetTo(final long mark) {
        rows = (int) (mark >>> 32);
        position = (int) mark;
    }

    /** Bytes of the stream so far, without the trailer. */
    public int length() {
        return position;
    }

    /**
     * Streams the rows with {@code copySql} ({@code COPY t (cols) FROM STDIN (FORMAT binary)}) on
     * {@code connection}, inside its current transaction; returns the rows the server reported.
     */
    public long copyIn(final Connection connection, final String copySql) throws SQLException {
        final CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            copy.writeToCopy(buffer.byteArray(), 0, position);
            copy.writeToCopy(TRAILER, 0, TRAILER.length);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The whole stream, trailer included (for {@code psql \copy … (FORMAT binary)} comparisons). */
    public byte[] toByteArray() {
        final byte[] out = new byte[position + TRAILER.length];
        buffer.getBytes(0, out, 0, position);
        System.arraycopy(TRAILER, 0, out, position, TRAILER.length);
        return out;
    }

    private static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
}
