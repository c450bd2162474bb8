package io.strikeiq.persistence;

import org.agrona.DirectBuffer;
import org.jooq.DSLContext;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.InsertReturningStep;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertSetStep;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the mappers of the smaller tables, written through jOOQ as multi-row
 * {@code INSERT … ON CONFLICT} statements of up to {@value #ROWS_PER_STATEMENT} rows. Subclasses
 * fill one generated record per journal record and choose the conflict action: DO NOTHING for
 * immutable facts (the default), DO UPDATE for reference data.
 *
 * @param <R> the jOOQ record generated for the table
 */
public abstract class UpsertMapper<R extends TableRecord<R>> implements RecordMapper {
    static final int ROWS_PER_STATEMENT = 500;

    private final Table<R> table;
    private final List<R> staged = new ArrayList<>();

    protected UpsertMapper(final Table<R> table) {
        this.table = table;
    }

    /** Fills {@code record} from the SBE record at {@code offset}. */
    protected abstract void fill(R record, DirectBuffer buffer, int offset, int blockLength, int version);

    /** What to do with a row whose key exists: DO NOTHING unless overridden. */
    protected InsertReturningStep<R> onConflict(final InsertOnDuplicateStep<R> insert) {
        return insert.onConflictDoNothing();
    }

    @Override
    public final String table() {
        return table.getName();
    }

    @Override
    public final void stage(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final R record = table.newRecord();
        fill(record, buffer, offset, blockLength, version);
        staged.add(record);
    }

    @Override
    public final int staged() {
        return staged.size();
    }

    @Override
    public final long write(final Connection connection, final DSLContext ctx, final boolean dedupe) {
        long inserted = 0;
        for (int from = 0; from < staged.size(); from += ROWS_PER_STATEMENT) {
            final int to = Math.min(staged.size(), from + ROWS_PER_STATEMENT);
            final InsertSetStep<R> insert = ctx.insertInto(table);
            InsertSetMoreStep<R> rows = insert.set(staged.get(from));
            for (int i = from + 1; i < to; i++) {
                rows = rows.newRecord().set(staged.get(i));
            }
            inserted += onConflict(rows).execute();
        }
        return inserted;
    }

    @Override
    public final void clear() {
        staged.clear();
    }
}
