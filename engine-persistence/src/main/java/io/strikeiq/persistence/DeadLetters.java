package io.strikeiq.persistence;

import org.agrona.DirectBuffer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a batch the drain could not store for good, staged until the batch commits into
 * {@code dead_letters} (queue, Chronicle index, template, target table, SQLSTATE, error text and
 * the raw record): records refused with a permanent error ({@link RecordIsolation}) and records a
 * mapper threw on ({@link JournalCursor}).
 */
final class DeadLetters {
    /** One refused record. */
    record Letter(String queue, long index, int templateId, String table, String sqlState, String error, byte[] record) {
    }

    private final List<Letter> staged = new ArrayList<>();

    /** The record of {@code length} bytes at the start of {@code buffer}, copied. */
    static byte[] copy(final DirectBuffer buffer, final int length) {
        final byte[] bytes = new byte[length];
        buffer.getBytes(0, bytes);
        return bytes;
    }

    void add(final Letter letter) {
        staged.add(letter);
    }

    int staged() {
        return staged.size();
    }

    /** Inserts the staged letters in the transaction open on {@code c}; a letter already stored is skipped. */
    long write(final Connection c, final String drainName, final String journal) throws SQLException {
        if (staged.isEmpty()) {
            return 0;
        }
        long inserted = 0;
        final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO dead_letters (drain_name, journal, queue,"
            + " queue_index, template_id, target_table, sql_state, error, record, stored_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (final Letter l : staged) {
                st.setString(1, drainName);
                st.setString(2, journal);
                st.setString(3, l.queue());
                st.setLong(4, l.index());
                st.setInt(5, l.templateId());
                st.setString(6, l.table());
                st.setString(7, l.sqlState());
                st.setString(8, l.error());
                st.setBytes(9, l.record());
                st.setObject(10, now);
                inserted += st.executeUpdate();
            }
        }
        return inserted;
    }

    void clear() {
        staged.clear();
    }
}
