package io.strikeiq.persistence;

import org.jooq.Field;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The {@code after} cursor of a keyset page: every column of a query's sort key, taken from the
 * last row of the previous page, written in sort-key order and joined by {@code /}. Instants are
 * UTC ISO-8601 at the stored precision (microseconds, PostgreSQL's {@code timestamptz}), e.g.
 * {@code 2026-11-24T03:46:00.123456Z/4711}; dates are ISO dates; numbers, booleans and names as
 * Java prints them. Every sort key ends in columns that make it unique, so "rows after the
 * cursor" are exactly the rows no earlier page showed, however many rows share an instant.
 */
final class PageCursor {
    private static final String SEPARATOR = "/";

    private PageCursor() {
    }

    /** The cursor text of {@code values} (one per key column; none null: every key column is NOT NULL). */
    static String format(final List<?> values) {
        final StringBuilder b = new StringBuilder();
        for (final Object v : values) {
            final String part = v instanceof OffsetDateTime t ? t.toInstant().toString() : String.valueOf(v);
            if (part.contains(SEPARATOR)) {
                throw new IllegalStateException("key value '" + part + "' contains the cursor separator " + SEPARATOR);
            }
            b.append(b.length() == 0 ? "" : SEPARATOR).append(part);
        }
        return b.toString();
    }

    /**
     * The key values of cursor {@code text}, typed like {@code key}'s columns.
     *
     * @throws IllegalArgumentException naming the expected shape when {@code text} is not such a cursor
     */
    static Object[] parse(final String text, final List<? extends Field<?>> key) {
        final String[] parts = text.split(SEPARATOR, -1);
        if (parts.length != key.size()) {
            throw bad(text, key, "it has " + parts.length + (parts.length == 1 ? " part" : " parts") + ", not "
                + key.size());
        }
        final Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = value(parts[i], key.get(i).getType());
            } catch (final DateTimeException | NumberFormatException e) {
                throw bad(text, key, "'" + parts[i] + "' is not a valid " + key.get(i).getName());
            }
        }
        return values;
    }

    private static Object value(final String part, final Class<?> type) {
        if (type == OffsetDateTime.class) {
            final OffsetDateTime t = OffsetDateTime.parse(part).withOffsetSameInstant(ZoneOffset.UTC);
            if (t.getNano() % 1000 != 0) {
                // The column holds microseconds; a finer cursor would fall between two stored keys.
                throw new DateTimeException("finer than the stored microseconds");
            }
            return t;
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(part);
        }
        if (type == Long.class) {
            return Long.parseLong(part);
        }
        if (type == Integer.class) {
            return Integer.parseInt(part);
        }
        if (type == Short.class) {
            return Short.parseShort(part);
        }
        if (type == Double.class) {
            return Double.parseDouble(part);
        }
        if (type == Boolean.class) {
            if (!part.equals("true") && !part.equals("false")) {
                throw new NumberFormatException(part);
            }
            return Boolean.parseBoolean(part);
        }
        if (type == String.class) {
            return part;
        }
        throw new IllegalStateException("no cursor form for key column type " + type.getName());
    }

    private static IllegalArgumentException bad(final String text, final List<? extends Field<?>> key,
                                                final String why) {
        final StringBuilder shape = new StringBuilder();
        for (final Field<?> f : key) {
            shape.append(shape.length() == 0 ? "" : SEPARATOR).append(f.getName());
        }
        return new IllegalArgumentException("bad paging cursor '" + text + "': " + why + "; expected " + shape
            + " as printed under the previous page");
    }
}
