package io.strikeiq.persistence;

import io.strikeiq.bars.BarRejectReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code bars} holds exactly the vendor bars the engine used, with their ingest run; the others
 * are in {@code bar_rejects} with reason, volume and run. Hand-made verdicts stand for the
 * engine's: the first accepted copy of a minute is used, a copy failing validation leaves the
 * minute to the next copy, a later copy is a DUPLICATE.
 */
class BarLineageTest {
    private static final int ID = 900;
    private static final long T0 = 1_795_500_000L * 1_000_000_000L;
    private static final long RUN = 777;

    @TempDir
    static Path pgDir;
    static EmbeddedDatabase pg;

    @TempDir
    Path journal;

    @BeforeAll
    static void startPostgres() {
        pg = EmbeddedDatabase.start(pgDir.resolve("pg"));
    }

    @AfterAll
    static void stopPostgres() {
        pg.close();
    }

    @Test
    void barsHoldTheCopiesTheEngineUsedAndRejectsKeepTheirVolumeAndRun() throws SQLException {
        TestJournals.runPipeline(journal, 1, 0);
        final long t1 = T0 + CraftedRecords.MINUTE;
        final long t2 = t1 + CraftedRecords.MINUTE;
        final long t3 = t2 + CraftedRecords.MINUTE;
        final DatabaseTarget db = pg.database("lineage");
        final DrainOptions options = DrainOptions.defaults("lineage").withBatch(2, 2);
        try (CraftedRecords r = new CraftedRecords(journal)) {
            r.definition(100, ID, "GLBX.MDP3", "NQH5");
            r.bar(101, ID, T0, 100, 110, 90, 105, 10);
            r.bar(102, ID, t1, 100, 95, 99, 100, 20);   // high below low: rejected, the minute stays open
            r.bar(103, ID, t1, 100, 104, 98, 103, 30);  // the copy the engine used
            // Verdicts the drain reads before their bars (a live journal grows between the queues).
            r.accepted(101, ID, T0, 105);
            r.rejected(102, ID, t1, BarRejectReason.OHLC_INTEGRITY, 100, 95, 99, 100);
            r.accepted(103, ID, t1, 103);
            r.rejected(104, ID, t1, BarRejectReason.DUPLICATE, 100, 106, 97, 101);
            r.rejected(105, ID, t2, BarRejectReason.NON_FINITE, 100, Double.NaN, 99, 100);
            r.accepted(107, ID, t3, 102);
        }
        try (JournalDrain drain = new JournalDrain(journal, db, options)) {
            drain.drainAvailable();
        }
        // T0 and t1 are resolved, but their file's run is not known yet.
        assertEquals(List.of(
            "input 101 " + T0 / 1000 + " 100 110 90 105 10 null",
            "input 103 " + t1 / 1000 + " 100 104 98 103 30 null"), bars(db));
        try (CraftedRecords r = new CraftedRecords(journal)) {
            r.bar(104, ID, t1, 100, 106, 97, 101, 40);  // a later vendor correction: the engine kept 103
            r.bar(105, ID, t2, 100, Double.NaN, 99, 100, 50); // DBN undefined price (i64 max) arrives as NaN
            r.ingestFile(106, RUN, t2 + CraftedRecords.MINUTE);
            r.bar(107, ID, t3, 101, 103, 100, 102, 60); // the next file, which never finished
        }
        try (JournalDrain drain = new JournalDrain(journal, db, options)) {
            drain.drainAvailable();
            assertEquals(0, drain.deadLetters());
        }
        assertEquals(List.of(
            "input 101 " + T0 / 1000 + " 100 110 90 105 10 777",
            "input 103 " + t1 / 1000 + " 100 104 98 103 30 777",
            "input 107 " + t3 / 1000 + " 101 103 100 102 60 null"), bars(db));
        assertEquals(List.of(
            "102 OHLC_INTEGRITY 95 20 777",
            "104 DUPLICATE 106 40 777",
            "105 NON_FINITE null 50 777"), rejects(db));
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            // Only the bar of the unfinished file waits, for its run; no verdict is left over.
            assertEquals(List.of("107 true"), rows(st, "SELECT input_sequence || ' ' || resolved FROM bar_inputs"));
            assertEquals(List.of(), rows(st, "SELECT input_sequence::text FROM bar_verdicts"));
        }
    }

    @Test
    void checkConstraintsRefuseABarOutsideItsRangeOrWithNegativeVolume() throws SQLException {
        TestJournals.runPipeline(journal, 1, 0);
        final DatabaseTarget db = pg.database("lineage_checks");
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("c"))) {
            drain.drainAvailable();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            final String insert = "INSERT INTO bars (instrument_id, timeframe_seconds, open_time, close_time, open_price,"
                + " high_price, low_price, close_price, volume, source, input_sequence) VALUES (1, 60, now(), now(), ";
            assertEquals("23514", assertThrows(SQLException.class,
                () -> st.execute(insert + "100, 105, 101, 102, 1, 'input', 1)")).getSQLState(), "low above open");
            assertEquals("23514", assertThrows(SQLException.class,
                () -> st.execute(insert + "100, 101, 99, 102, 1, 'input', 1)")).getSQLState(), "close above high");
            assertEquals("23514", assertThrows(SQLException.class,
                () -> st.execute(insert + "100, 101, 99, 100, -1, 'input', 1)")).getSQLState(), "negative volume");
            st.execute(insert + "100, 101, 99, 100, 0, 'input', 1)");
        }
    }

    private static List<String> bars(final DatabaseTarget db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            return rows(st, "SELECT source || ' ' || input_sequence || ' ' || (extract(epoch FROM open_time) * 1000000)::bigint"
                + " || ' ' || open_price || ' ' || high_price || ' ' || low_price || ' ' || close_price || ' ' || volume"
                + " || ' ' || coalesce(ingest_run_id::text, 'null') FROM bars ORDER BY open_time, input_sequence");
        }
    }

    private static List<String> rejects(final DatabaseTarget db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            return rows(st, "SELECT input_sequence || ' ' || reason || ' ' || coalesce(high_price::text, 'null') || ' '"
                + " || volume || ' ' || coalesce(ingest_run_id::text, 'null') FROM bar_rejects ORDER BY input_sequence");
        }
    }

    static List<String> rows(final Statement st, final String sql) throws SQLException {
        final List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
