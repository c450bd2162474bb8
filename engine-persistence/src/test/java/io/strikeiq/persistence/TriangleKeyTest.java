package io.strikeiq.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The HTF switches and the engine version are stored with a triangle and are part of its key. */
class TriangleKeyTest {
    private static final int ID = 900;
    private static final long T0 = 1_795_500_000L * 1_000_000_000L;

    @TempDir
    static Path pgDir;
    static EmbeddedDatabase pg;

    @BeforeAll
    static void startPostgres() {
        pg = EmbeddedDatabase.start(pgDir.resolve("pg"));
    }

    @AfterAll
    static void stopPostgres() {
        pg.close();
    }

    @Test
    void twoRunsThatDifferOnlyInHtfSwitchesOrEngineVersionAreBothStored(@TempDir final Path all,
                                                                       @TempDir final Path fewer) throws SQLException {
        TestJournals.runPipeline(all, 1, 0);
        TestJournals.runPipeline(fewer, 1, 0);
        try (CraftedRecords r = new CraftedRecords(all)) {
            r.definition(300, ID, "GLBX.MDP3", "NQH5");
            r.triangle(301, ID, T0, 31, 1);
        }
        try (CraftedRecords r = new CraftedRecords(fewer)) {
            r.definition(300, ID, "GLBX.MDP3", "NQH5"); // the same contract: one identity in both journals
            r.triangle(301, ID, T0, 1, 1);  // only 5m in the HTF alignment
            r.triangle(301, ID, T0, 1, 2);  // the same switches under another engine version
        }
        final DatabaseTarget db = pg.database("triangles");
        try (JournalDrain a = new JournalDrain(all, db, DrainOptions.defaults("all"))) {
            a.drainAvailable();
        }
        try (JournalDrain b = new JournalDrain(fewer, db, DrainOptions.defaults("fewer"))) {
            b.drainAvailable();
        }
        // The first journal again, under a third name: its triangle is already stored.
        try (JournalDrain again = new JournalDrain(all, db, DrainOptions.defaults("again"))) {
            again.drainAvailable();
            assertEquals(0L, again.rowsInserted().getOrDefault("triangle_events", 0L));
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertEquals(List.of("1 1", "1 2", "31 1"), BarLineageTest.rows(st,
                "SELECT htf_switches || ' ' || engine_version FROM triangle_events ORDER BY htf_switches, engine_version"));
        }
    }
}
