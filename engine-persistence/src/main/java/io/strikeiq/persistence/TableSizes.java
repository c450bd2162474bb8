package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exact row count of every table of the schema (the tables jOOQ generated from the migrations,
 * so a new table is counted without touching this class), in name order.
 */
public final class TableSizes {
    private TableSizes() {
    }

    public static Map<String, Long> rowCounts(final DatabaseTarget target) {
        try (Connection c = target.connect()) {
            final DSLContext ctx = DSL.using(c, SQLDialect.POSTGRES);
            final Map<String, Long> counts = new LinkedHashMap<>();
            DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach((Table<?> t) -> counts.put(t.getName(), (long) ctx.fetchCount(t)));
            return counts;
        } catch (final SQLException e) {
            throw new DatabaseUnavailableException(target, e);
        }
    }
}
