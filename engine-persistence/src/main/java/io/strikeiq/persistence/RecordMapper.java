package io.strikeiq.persistence;

import org.agrona.DirectBuffer;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Turns the journal records of one SBE template into rows of one table. The drain hands each
 * record to {@link #stage}; the staged rows stay until {@link #clear()} so that a failed
 * transaction can be written again unchanged; {@link #write} writes them inside the drain's
 * open transaction. Adding a record type means adding a mapper, nothing else.
 */
public interface RecordMapper {
    /** SBE template id this mapper consumes. */
    int templateId();

    /** Every template id this mapper consumes (one table may take several templates, e.g. the signal families). */
    default int[] templateIds() {
        return new int[] {templateId()};
    }

    /** Table it writes. */
    String table();

    /**
     * Stages the record whose root block starts at {@code offset} of {@code buffer}.
     *
     * @param blockLength acting block length from the record header
     * @param version     acting schema version from the record header
     */
    void stage(DirectBuffer buffer, int offset, int blockLength, int version);

    /** Rows staged since the last {@link #clear()}. */
    int staged();

    /**
     * Writes the staged rows in the transaction open on {@code connection}.
     *
     * @param dedupe false: fast path (rows are assumed new); true: skip rows already present
     *               (used after a unique violation, e.g. when a journal is drained a second time)
     * @return rows inserted (rows already present are not counted)
     */
    long write(Connection connection, DSLContext ctx, boolean dedupe) throws SQLException;

    /** Forgets the staged rows (after their transaction committed). */
    void clear();

    /**
     * Forgets the staged rows without their transaction having committed (the drain writes a
     * refused batch again record by record): state a commit would confirm stays unconfirmed.
     */
    default void discard() {
        clear();
    }
}
