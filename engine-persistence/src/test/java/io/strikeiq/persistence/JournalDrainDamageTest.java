package io.strikeiq.persistence;

import io.strikeiq.journal.DamagedJournals;
import io.strikeiq.journal.JournalFormatException;
import io.strikeiq.journal.JournalLayout;
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

/**
 * The drain on damaged journals, against embedded PostgreSQL: it fails with the reader's
 * {@link JournalFormatException} (the CLI's exit 1) instead of storing a prefix and reporting
 * success, never retries it as if it were a database fault, and never stores a row of the
 * damaged record or of anything after it. A killed writer's unfinished last record is a logged
 * warning; every complete record is stored.
 */
class JournalDrainDamageTest {
    private static final int RECORDS = 2_000;
    private static final long DAMAGED = 1_111;
    /** Records per batch: the batches before the damage commit, the one holding it must not. */
    private static final int BATCH = 100;

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

    /**
     * Input: three instrument definitions, then session events (rows of event_log); signals: signals (rows of signals); records: rolls
     * (rows of rolls); all numbered 0.. in input_sequence.
     */
    private void writeJournal() {
        // The instruments the signals (underlying 1) and rolls (2 -> 3) name: storage keeps only
        // instruments the journal defines. Ahead of the session events, so record numbers of the
        // damage stay those of DamagedJournals (input records #0-2 are these definitions).
        try (CraftedRecords r = new CraftedRecords(journal)) {
            r.definition(-3, 1, "GLBX.MDP3", "NQ.v.0");
            r.definition(-2, 2, "GLBX.MDP3", "NQ.v.0@5482", 1);
            r.definition(-1, 3, "GLBX.MDP3", "NQ.v.0@5600", 1);
        }
        DamagedJournals.write(journal, DamagedJournals.Queue.INPUT, RECORDS);
        DamagedJournals.write(journal, DamagedJournals.Queue.SIGNALS, RECORDS);
        DamagedJournals.write(journal, DamagedJournals.Queue.RECORDS, RECORDS);
    }

    private static long[] countAndMaxSequence(final DatabaseTarget db, final String table) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), coalesce(max(input_sequence), -1) FROM " + table)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** The rows a queue's records become: rolls share event_log with the session events, apart by kind. */
    private static String table(final DamagedJournals.Queue queue) {
        switch (queue) {
            case INPUT: return "event_log WHERE kind <> 'ROLL'";
            case SIGNALS: return "signals";
            default: return "event_log WHERE kind = 'ROLL'";
        }
    }

    private void bitFlipFailsTheDrain(final DamagedJournals.Queue queue, final String database) throws SQLException {
        writeJournal();
        final Path dir = queue.dir(journal);
        DamagedJournals.flipBit(DamagedJournals.cycleFile(dir), DamagedJournals.recordSpan(dir, DAMAGED)[1] + 9, 1);
        final DatabaseTarget db = pg.database(database);
        final List<String> log = new ArrayList<>();
        final JournalFormatException e;
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("d").withBatch(BATCH, BATCH)
            .withLog(log::add))) {
            e = assertThrows(JournalFormatException.class, drain::drainAvailable);
            assertEquals(0, drain.retries(), "damage is not retried like a database fault");
        }
        assertEquals(JournalFormatException.Kind.CHECKSUM, e.kind());
        assertEquals(DAMAGED, e.recordNumber());
        assertTrue(e.getMessage().startsWith("Journal " + dir.toAbsolutePath() + ", record #" + DAMAGED), e.getMessage());
        final long[] stored = countAndMaxSequence(db, table(queue));
        assertTrue(stored[1] < DAMAGED, "no row of the damaged record or after it: max input_sequence " + stored[1]);
        assertEquals(stored[1] + 1, stored[0], "what was stored is a gap-free run of complete, intact records");
        assertTrue(log.isEmpty(), log::toString);
    }

    @Test
    void bitFlipInTheInputQueueFailsTheDrainAtThatRecord() throws SQLException {
        bitFlipFailsTheDrain(DamagedJournals.Queue.INPUT, "damage_in_flip");
    }

    @Test
    void bitFlipInTheSignalsQueueFailsTheDrainAtThatRecord() throws SQLException {
        bitFlipFailsTheDrain(DamagedJournals.Queue.SIGNALS, "damage_signals_flip");
    }

    @Test
    void bitFlipInTheRecordsQueueFailsTheDrainAtThatRecord() throws SQLException {
        bitFlipFailsTheDrain(DamagedJournals.Queue.RECORDS, "damage_records_flip");
    }

    @Test
    void cycleFileCutOnAPageBoundaryFailsBeforeStoringAnything() throws SQLException {
        writeJournal();
        final Path dir = JournalLayout.inputQueue(journal);
        DamagedJournals.truncate(DamagedJournals.cycleFile(dir), DamagedJournals.recordSpan(dir, DAMAGED)[1] / 4096 * 4096);
        final DatabaseTarget db = pg.database("damage_cut");
        final JournalFormatException e = assertThrows(JournalFormatException.class,
            () -> new JournalDrain(journal, db, DrainOptions.defaults("d")).close());
        assertEquals(JournalFormatException.Kind.DAMAGED_FILE, e.kind());
        // Refused while opening the queues, before the schema is migrated: not even a table was created.
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('event_log') IS NULL AND to_regclass('signals') IS NULL")) {
            rs.next();
            assertTrue(rs.getBoolean(1), "no StrikeIQ table exists");
        }
    }

    @Test
    void garbageAfterTheLastRecordsRecordFailsTheDrain() throws SQLException {
        writeJournal();
        final Path dir = JournalLayout.recordsQueue(journal);
        final long end = DamagedJournals.endOf(dir, RECORDS - 1);
        DamagedJournals.overwrite(DamagedJournals.cycleFile(dir), end + 20_000, new byte[] {1});
        final DatabaseTarget db = pg.database("damage_tail");
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("d").withBatch(BATCH, BATCH))) {
            final JournalFormatException e = assertThrows(JournalFormatException.class, drain::drainAvailable);
            assertTrue(e.getMessage().contains("non-zero bytes at offset " + (end + 20_000)), e.getMessage());
            assertEquals(RECORDS, e.recordNumber());
        }
    }

    @Test
    void killedWritersUnfinishedRecordIsAWarningAndEveryCompleteRecordIsStored() throws SQLException {
        writeJournal();
        DamagedJournals.leaveUnfinishedRecord(JournalLayout.signalsQueue(journal), RECORDS - 1, 30);
        final DatabaseTarget db = pg.database("damage_unfinished");
        final List<String> log = new ArrayList<>();
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("d").withBatch(BATCH, BATCH)
            .withLog(log::add))) {
            drain.drainAvailable();
        }
        assertEquals(RECORDS, countAndMaxSequence(db, "signals")[0]);
        assertEquals(RECORDS, countAndMaxSequence(db, table(DamagedJournals.Queue.INPUT))[0]);
        assertEquals(RECORDS, countAndMaxSequence(db, table(DamagedJournals.Queue.RECORDS))[0]);
        assertEquals(List.of("drain: warning: Journal " + JournalLayout.signalsQueue(journal).toAbsolutePath()
            + ": the last record is unfinished (its writer was killed while writing it); " + RECORDS
            + " complete records read"), log);
    }
}
