package io.strikeiq.persistence;

import io.strikeiq.bars.BarRejectReason;
import io.strikeiq.feeds.dbn.FixedPrice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record the database refuses for good is moved to {@code dead_letters} and the drain carries
 * on; before, it was retried forever and nothing after it was stored.
 */
class DeadLetterTest {
    private static final int ID = 900;
    private static final long T0 = 1_795_500_000L * 1_000_000_000L;

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
    void anUndefinedPriceInABarOfTheEngineIsADeadLetterAndTheRestOfTheJournalIsStored() throws SQLException {
        TestJournals.runPipeline(journal, 20_000, 0);
        final double undefined = FixedPrice.toDouble(FixedPrice.UNDEF_PRICE);
        final long badIndex;
        final byte[] bad;
        try (CraftedRecords r = new CraftedRecords(journal)) {
            r.definition(200, ID, "GLBX.MDP3", "NQH5");
            // A vendor bar with an undefined price is a reject of the engine (NON_FINITE), stored as such.
            r.bar(201, ID, T0, 100, undefined, 99, 100, 7);
            r.rejected(201, ID, T0, BarRejectReason.NON_FINITE, 100, undefined, 99, 100);
            // A 5-minute bar with one: bars.high_price is NOT NULL, so the database refuses it (23502).
            badIndex = r.completedBar(202, ID, T0, 100, undefined, 99, 100);
            bad = r.last();
            r.completedBar(203, ID, T0 + 5 * CraftedRecords.MINUTE, 100, 101, 99, 100);
        }
        TestJournals.appendSnapshots(journal, 30); // records after the refused one, in its batch and later
        final Map<String, Long> expected = TestJournals.expectedRows(journal);
        expected.merge("bars", 1L, Long::sum);       // the good 5-minute bar
        expected.put("bar_rejects", 1L);
        expected.put("dead_letters", 1L);
        final DatabaseTarget db = pg.database("dead_letters");
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("dl").withBatch(700, 5_000))) {
            drain.drainAvailable();
            assertEquals(1, drain.deadLetters());
            assertEquals(0, drain.retries(), "a permanent error is not retried");
            assertEquals(1L, drain.rowsInserted().get("dead_letters"));
        }
        assertEquals(expected, TestJournals.storedRows(db));
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT drain_name, queue, queue_index, template_id, target_table, sql_state,"
                 + " error, record FROM dead_letters")) {
            assertTrue(rs.next());
            assertEquals("dl", rs.getString(1));
            assertEquals("records", rs.getString(2));
            assertEquals(badIndex, rs.getLong(3));
            assertEquals(30, rs.getInt(4), "CompletedBar");
            assertEquals("bars", rs.getString(5));
            assertEquals("23502", rs.getString(6), "not_null_violation");
            assertTrue(rs.getString(7).contains("high_price"), rs.getString(7));
            final byte[] stored = rs.getBytes(8);
            assertEquals(bad.length + 4, stored.length, "the record and its CRC32C trailer");
            assertArrayEquals(bad, Arrays.copyOf(stored, bad.length));
            assertFalse(rs.next());
        }
        // A re-drain under the same name finds nothing new; the dead letter is not stored twice.
        try (JournalDrain again = new JournalDrain(journal, db, DrainOptions.defaults("dl"))) {
            assertEquals(0, again.drainAvailable());
        }
        assertEquals(expected, TestJournals.storedRows(db));
    }

    @Test
    void aRecordOfAnInstrumentTheJournalNeverDefinedIsADeadLetterOfItsMapper() throws SQLException {
        TestJournals.runPipeline(journal, 20_000, 0);
        final int undefined = 901;
        final long badIndex;
        final byte[] bad;
        try (CraftedRecords r = new CraftedRecords(journal)) {
            r.definition(200, ID, "GLBX.MDP3", "NQH5");
            r.completedBar(202, ID, T0, 100, 101, 99, 100);
            // No InstrumentDefinition names 901: the mapper has no identity to store it under.
            badIndex = r.completedBar(203, undefined, T0, 100, 101, 99, 100);
            bad = r.last();
            r.completedBar(204, ID, T0 + 5 * CraftedRecords.MINUTE, 100, 101, 99, 100);
        }
        TestJournals.appendSnapshots(journal, 30);
        final Map<String, Long> expected = TestJournals.expectedRows(journal);
        expected.merge("bars", 2L, Long::sum);       // the two 5-minute bars of the defined contract
        expected.put("dead_letters", 1L);
        final DatabaseTarget db = pg.database("mapper_dead_letters");
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("ml").withBatch(700, 5_000))) {
            drain.drainAvailable();
            assertEquals(1, drain.deadLetters());
            assertEquals(0, drain.retries(), "a mapper exception is not retried");
        }
        assertEquals(expected, TestJournals.storedRows(db));
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT queue, queue_index, template_id, target_table, sql_state, error,"
                 + " record FROM dead_letters")) {
            assertTrue(rs.next());
            assertEquals("records", rs.getString(1));
            assertEquals(badIndex, rs.getLong(2));
            assertEquals(30, rs.getInt(3), "CompletedBar");
            assertEquals(null, rs.getString(4), "the mapper failed: no table was written");
            assertEquals(null, rs.getString(5), "no SQLSTATE: the database never saw it");
            assertTrue(rs.getString(6).contains("CompletedBarMapper") && rs.getString(6).contains("instrument id 901"),
                rs.getString(6));
            assertArrayEquals(bad, Arrays.copyOf(rs.getBytes(7), bad.length));
            assertFalse(rs.next());
        }
    }
}
