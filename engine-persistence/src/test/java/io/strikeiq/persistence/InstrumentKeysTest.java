package io.strikeiq.persistence;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query keys of issue 10 item 7: {@code GLBX.MDP3:NQ}, {@code NQ.v.0}, a raw symbol {@code NQH5}. */
class InstrumentKeysTest {
    @TempDir
    static Path dir;
    static EmbeddedDatabase pg;
    static DatabaseTarget db;

    @BeforeAll
    static void store() {
        pg = EmbeddedDatabase.start(dir.resolve("pg"));
        final Path journal = dir.resolve("j");
        TestJournals.runPipeline(journal, 1, 0);
        try (CraftedRecords r = new CraftedRecords(journal)) {
            r.definition(900, 900, "GLBX.MDP3", "NQ.v.0");
            r.definition(901, 901, "GLBX.MDP3", "NQH5@5482", 900);
            r.definition(902, 902, "GLBX.MDP3", "NQM5@5600", 900);
            r.definition(903, 903, "GLBX.MDP3", "NQH5-NQM5@7001");  // a spread: not an outright of NQ
            r.definition(904, 904, "GLBX.MDP3", "NQXY.v.0");        // another root that starts with NQ
            r.definition(905, 905, "GLBX.MDP3", "ES.v.0@6000");     // a contract named by its series only
        }
        db = pg.database("keys");
        try (JournalDrain d = new JournalDrain(journal, db, DrainOptions.defaults("keys"))) {
            d.drainAvailable();
        }
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    /** Stored ids of the given symbols, ascending, by plain SQL. */
    private static List<Long> ids(final String... symbols) throws SQLException {
        final List<Long> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT instrument_id FROM instruments WHERE symbol IN ('"
                 + String.join("','", symbols) + "') ORDER BY instrument_id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        assertEquals(symbols.length, out.size(), "every symbol is stored");
        return out;
    }

    @Test
    void aRawSymbolASeriesAndAVenueRootResolve() throws SQLException {
        try (StorageQueries q = new StorageQueries(db)) {
            assertEquals(ids("NQH5@5482"), q.instrumentIds("NQH5"));
            assertEquals(ids("NQH5@5482"), q.instrumentIds("GLBX.MDP3:NQH5"));
            assertEquals(ids("NQH5@5482"), q.instrumentIds("GLBX.MDP3:5482"), "venue and vendor id");
            assertEquals(ids("NQ.v.0"), q.instrumentIds("NQ.v.0"));
            assertEquals(ids("NQ.v.0", "NQH5@5482", "NQM5@5600"), q.seriesInstrumentIds("NQ.v.0"));
            assertEquals(ids("NQ.v.0", "NQH5@5482", "NQM5@5600"), q.instrumentIds("GLBX.MDP3:NQ"),
                "the root: its series and its outrights, not the spread nor NQXY");
            assertEquals(ids("ES.v.0@6000"), q.instrumentIds("GLBX.MDP3:6000"));
        }
    }

    @Test
    void anUnknownKeyNamesCloseMatchesAndHowToListThem() {
        try (StorageQueries q = new StorageQueries(db)) {
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> q.instrumentIds("NQH6"));
            assertTrue(e.getMessage().startsWith("unknown symbol NQH6: "), e.getMessage());
            assertTrue(e.getMessage().contains("close matches: GLBX.MDP3:"), e.getMessage());
            assertTrue(e.getMessage().contains("SELECT venue, symbol, instrument_key FROM instruments"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> q.instrumentIds("CME:NQ"), "another venue");
        }
    }
}
