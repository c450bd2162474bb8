package io.strikeiq.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TreeSet;

/**
 * The UTC-day partitions ({@code TABLE_pYYYYMMDD}) of a table partitioned by range of its event
 * time. Days needed by a batch are created ({@code CREATE TABLE IF NOT EXISTS … PARTITION OF})
 * inside the batch's transaction, so a rolled-back batch leaves no trace; a day is remembered as
 * existing only once its batch committed.
 */
final class DayPartitions {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

    private final String table;
    private final TreeSet<Long> known = new TreeSet<>();
    private final TreeSet<Long> pending = new TreeSet<>();
    private long lastDay = Long.MIN_VALUE;

    DayPartitions(final String table) {
        this.table = table;
    }

    void need(final long epochNanos) {
        final long day = Math.floorDiv(epochNanos, NANOS_PER_DAY);
        if (day == lastDay) {
            return;
        }
        lastDay = day;
        if (!known.contains(day)) {
            pending.add(day);
        }
    }

    void create(final Connection connection) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            for (final Long day : pending) {
                final LocalDate from = LocalDate.ofEpochDay(day);
                st.execute("CREATE TABLE IF NOT EXISTS " + table + "_p" + from.format(SUFFIX) + " PARTITION OF " + table
                    + " FOR VALUES FROM ('" + from.atStartOfDay().atOffset(ZoneOffset.UTC) + "') TO ('"
                    + from.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC) + "')");
            }
        }
    }

    void committed() {
        known.addAll(pending);
        pending.clear();
        lastDay = Long.MIN_VALUE;
    }
}
