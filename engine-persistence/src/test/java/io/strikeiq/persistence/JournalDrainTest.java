package io.strikeiq.persistence;

import io.strikeiq.journal.OutputJournalReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The drain against a real (embedded) PostgreSQL: exactly-once through crashes, cuts and re-drains. */
class JournalDrainTest {
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

    private Map<String, Long> journalWithSnapshots() {
        TestJournals.runPipeline(journal, 60_000, 0);
        TestJournals.appendSnapshots(journal, 30);
        final Map<String, Long> expected = TestJournals.expectedRows(journal);
        assertTrue(expected.getOrDefault("option_chain_snapshots", 0L) > 2000, expected::toString);
        assertTrue(expected.getOrDefault("instruments", 0L) > 80, expected::toString);
        return expected;
    }

    @Test
    void drainsEveryRecordOnceWithValuesIntact() throws SQLException {
        final Map<String, Long> expected = journalWithSnapshots();
        final DatabaseTarget db = pg.database("drain_plain");
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("t").withBatch(700, 5_000))) {
            drain.drainAvailable();
            assertTrue(drain.batchesCommitted() > 5);
            assertEquals(0, drain.retries());
        }
        assertEquals(expected, TestJournals.storedRows(db));
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            // NaN iv became NULL; the first round's timestamps are the open + 60 s (09:16 IST = 03:46 UTC).
            ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE iv IS NULL), min(snapshot_time)::text, "
                + "count(DISTINCT tableoid) FROM option_chain_snapshots");
            rs.next();
            assertTrue(rs.getLong(1) > 0);
            assertEquals("2026-11-24 03:46:00+00", rs.getString(2));
            assertEquals(1, rs.getInt(3), "one day partition");
            // The index is stored under its natural key, with the id SQL computes from it (SCHEMA.md
            // "Instrument identity": the first 63 bits of SHA-256(venue|key)), not the journal's 1.
            rs = st.executeQuery("SELECT symbol, kind, instrument_id, GREATEST(1, ('x' || substr(encode(sha256("
                + "convert_to(venue || '|' || instrument_key, 'UTF8')), 'hex'), 1, 16))::bit(64)::bigint"
                + " & 9223372036854775807) FROM instruments WHERE instrument_key = 'symbol:NIFTY'");
            assertTrue(rs.next());
            assertEquals("NIFTY", rs.getString(1));
            assertEquals("INDEX", rs.getString(2));
            assertEquals(rs.getLong(4), rs.getLong(3));
            assertTrue(rs.getLong(3) > 1_000_000, "not a dense journal id: " + rs.getLong(3));
            rs = st.executeQuery("SELECT close_time - open_time FROM bars LIMIT 1");
            rs.next();
            assertEquals("00:01:00", rs.getString(1));
        }
    }

    @Test
    void aSecondDrainUnderTheSameNameIsRefusedOnceTheFirstHasMovedTheCheckpoints() {
        final Map<String, Long> expected = journalWithSnapshots();
        final DatabaseTarget db = pg.database("drain_same_name");
        final DrainOptions options = DrainOptions.defaults("twin").withBatch(500, 4_000);
        // Both open at the start (no checkpoint yet); the first then stores the whole journal.
        try (JournalDrain first = new JournalDrain(journal, db, options);
             JournalDrain second = new JournalDrain(journal, db, options)) {
            first.drainAvailable();
            final DrainNameInUseException refused = assertThrows(DrainNameInUseException.class, second::drainAvailable);
            assertTrue(refused.getMessage().startsWith("another drain named 'twin' is storing this journal"),
                refused::getMessage);
            assertEquals(0, second.batchesCommitted());
        }
        assertEquals(expected, TestJournals.storedRows(db));
        // One drain at a time under that name resumes normally and finds nothing new.
        try (JournalDrain again = new JournalDrain(journal, db, options)) {
            assertEquals(0, again.drainAvailable());
        }
    }

    @Test
    void crashBeforeCommitThenRestartStoresEveryRowOnce() {
        final Map<String, Long> expected = journalWithSnapshots();
        final DatabaseTarget db = pg.database("drain_crash");
        final DrainOptions options = DrainOptions.defaults("t").withBatch(500, 4_000);
        try (JournalDrain drain = new JournalDrain(journal, db, options.withHook((batch, c) -> {
            if (batch == 4) {
                throw new IllegalStateException("simulated crash after writing batch 4's rows");
            }
        }))) {
            assertThrows(IllegalStateException.class, drain::drainAvailable);
            assertEquals(3, drain.batchesCommitted());
        }
        final Map<String, Long> partial = TestJournals.storedRows(db);
        assertTrue(partial.values().stream().mapToLong(Long::longValue).sum() > 0, "three batches committed");
        assertTrue(!partial.equals(expected), "the crashed batch is not committed");
        try (JournalDrain restarted = new JournalDrain(journal, db, options)) {
            restarted.drainAvailable();
        }
        assertEquals(expected, TestJournals.storedRows(db));
    }

    @Test
    void connectionCutMidBatchIsRolledBackAndRetried() {
        final Map<String, Long> expected = journalWithSnapshots();
        final DatabaseTarget db = pg.database("drain_cut");
        final AtomicInteger cuts = new AtomicInteger();
        final DrainOptions options = DrainOptions.defaults("t").withBatch(500, 4_000).withBackoff(10, 50)
            .withHook((batch, c) -> {
                if (batch % 3 == 2 && cuts.getAndIncrement() % 2 == 0) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SELECT pg_terminate_backend(pg_backend_pid())");
                    }
                }
            });
        try (JournalDrain drain = new JournalDrain(journal, db, options)) {
            drain.drainAvailable();
            assertTrue(drain.retries() >= 1, "at least one batch was cut and retried");
        }
        assertEquals(expected, TestJournals.storedRows(db));
    }

    /**
     * {@code kill -9} of the embedded postmaster (the pid in its postmaster.pid) in the middle of
     * a batch: the drain restarts the server itself, once, and carries on; the rows equal those of
     * a clean drain of the same journal.
     */
    @Test
    void postmasterKilledMidDrainIsRestartedOnceAndEveryRowIsStoredOnce(@TempDir final Path ownPg)
        throws InterruptedException, ExecutionException, TimeoutException {
        final Map<String, Long> expected = journalWithSnapshots();
        final DatabaseTarget clean = pg.database("drain_clean_for_kill");
        try (JournalDrain drain = new JournalDrain(journal, clean, DrainOptions.defaults("t").withBatch(500, 4_000))) {
            drain.drainAvailable();
        }
        final Map<String, Long> cleanRows = TestJournals.storedRows(clean);
        assertEquals(expected, cleanRows);

        final List<String> log = new CopyOnWriteArrayList<>();
        try (EmbeddedDatabase server = EmbeddedDatabase.start(ownPg, log::add)) {
            final long killedPid = PostmasterPidFile.read(ownPg).orElseThrow().pid();
            final AtomicBoolean killed = new AtomicBoolean();
            final DrainOptions options = DrainOptions.defaults("t").withBatch(500, 4_000).withBackoff(10, 200)
                .withLog(log::add).withRecovery(server).withHook((batch, c) -> {
                    if (batch == 4 && !killed.getAndSet(true)) {
                        final ProcessHandle postmaster = ProcessHandle.of(killedPid).orElseThrow();
                        postmaster.destroyForcibly(); // SIGKILL
                        try {
                            postmaster.onExit().get(30, TimeUnit.SECONDS);
                        } catch (final InterruptedException | ExecutionException | TimeoutException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            final long batches;
            try (JournalDrain drain = new JournalDrain(journal, server.target(), options)) {
                drain.drainAvailable();
                assertTrue(killed.get());
                assertTrue(drain.retries() >= 1, "the batch after the kill failed and was retried: " + log);
                batches = drain.batchesCommitted();
            }
            assertTrue(batches > 6, "batches " + batches);
            assertEquals(cleanRows, TestJournals.storedRows(server.target()), "same rows as the clean drain");
            assertTrue(server.pid() != killedPid && ProcessHandle.of(server.pid()).isPresent(), "a new postmaster runs");
            assertEquals(1, log.stream().filter(l -> l.contains("has died; restarting it on port " + server.port())).count(),
                log::toString);
            assertEquals(2, log.stream().filter(l -> l.startsWith("embedded PostgreSQL started: ")).count(), log::toString);
        }
    }

    /** A stop request wakes a following drain at once, even from a 30 s backoff wait on a dead server. */
    @Test
    void requestStopEndsFollowWithinMillisecondsWhenIdleAndDuringBackoff(@TempDir final Path ownPg)
        throws InterruptedException {
        TestJournals.runPipeline(journal, 1, 0);
        try (EmbeddedDatabase server = EmbeddedDatabase.start(ownPg)) {
            final DrainOptions slow = DrainOptions.defaults("stop").withBackoff(30_000, 30_000);
            try (JournalDrain idle = new JournalDrain(journal, server.target(), slow)) {
                final Thread t = new Thread(idle::follow, "idle-drain");
                t.start();
                while (idle.batchesCommitted() == 0) {
                    Thread.sleep(10);
                }
                assertTrue(stopsWithin(idle, t, 1_000), "idle follow stops at once");
            }
            final List<String> log = new CopyOnWriteArrayList<>();
            // Another name: no checkpoint to resume, so this thread never touches the tailers the follower uses.
            final DrainOptions other = DrainOptions.defaults("stop-backoff").withBackoff(30_000, 30_000).withLog(log::add);
            try (JournalDrain waiting = new JournalDrain(journal, server.target(), other)) {
                server.stop();
                TestJournals.runPipeline(journal, 1_000, 0); // records to store, and no server to take them
                final Thread t = new Thread(waiting::follow, "backoff-drain");
                t.start();
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (log.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertTrue(log.get(0).endsWith("retrying in 30000 ms"), log::toString);
                assertTrue(stopsWithin(waiting, t, 1_000), "a backoff wait does not delay the stop");
                assertEquals(0, waiting.batchesCommitted());
            }
        }
    }

    private static boolean stopsWithin(final JournalDrain drain, final Thread follower, final long millis)
        throws InterruptedException {
        final long start = System.nanoTime();
        drain.requestStop();
        follower.join(10_000);
        return !follower.isAlive() && System.nanoTime() - start < millis * 1_000_000L;
    }

    @Test
    void drainingTheSameJournalAgainAddsNoRows() {
        final Map<String, Long> expected = journalWithSnapshots();
        final DatabaseTarget db = pg.database("drain_twice");
        try (JournalDrain first = new JournalDrain(journal, db, DrainOptions.defaults("first"))) {
            first.drainAvailable();
        }
        try (JournalDrain sameName = new JournalDrain(journal, db, DrainOptions.defaults("first"))) {
            assertEquals(0, sameName.drainAvailable(), "resumes after its checkpoint: nothing left");
        }
        try (JournalDrain other = new JournalDrain(journal, db, DrainOptions.defaults("second"))) {
            other.drainAvailable();
            assertTrue(other.recordsRead() > 60_000);
            // Instruments are upserted (DO UPDATE: counted as written); every fact table gains nothing.
            other.rowsInserted().forEach((table, n) -> {
                if (!table.equals("instruments")) {
                    assertEquals(0L, n, table);
                }
            });
        }
        assertEquals(expected, TestJournals.storedRows(db));
    }

    @Test
    void oneCheckpointPerQueueAndACheckpointOfTheOldOutputQueueIsRefused() throws SQLException {
        final Map<String, Long> expected = journalWithSnapshots();
        final long signals = count(OutputJournalReader.openSignals(journal));
        final long records = count(OutputJournalReader.openRecords(journal));
        assertTrue(signals > 0 && records > 0, signals + " signals, " + records + " records");
        final DatabaseTarget db = pg.database("drain_queues");
        final long read;
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("q").withBatch(700, 5_000))) {
            read = drain.drainAvailable();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            final ResultSet rs = st.executeQuery("SELECT queue, records FROM drain_checkpoints WHERE drain_name = 'q' ORDER BY queue");
            assertTrue(rs.next());
            assertEquals("input", rs.getString(1));
            final long input = rs.getLong(2);
            assertEquals(read, input + signals + records, "the drain read the three queues and nothing else");
            assertTrue(rs.next());
            assertEquals("records", rs.getString(1));
            assertEquals(records, rs.getLong(2));
            assertTrue(rs.next());
            assertEquals("signals", rs.getString(1));
            assertEquals(signals, rs.getLong(2));
            assertTrue(!rs.next(), "one row per queue");
            // What a database drained from an old-layout journal holds: input and output checkpoints.
            st.execute("UPDATE drain_checkpoints SET queue = 'output' WHERE drain_name = 'q' AND queue = 'signals'");
            st.execute("DELETE FROM drain_checkpoints WHERE drain_name = 'q' AND queue = 'records'");
        }
        final DrainNameInUseException e = assertThrows(DrainNameInUseException.class,
            () -> new JournalDrain(journal, db, DrainOptions.defaults("q")));
        assertEquals("drain name 'q' holds a checkpoint of queue output (a journal written before signals and records were"
            + " split); it does not apply to signals/ and records/: drain " + journal.toAbsolutePath().normalize()
            + " under another --name (rows already stored are skipped)", e.getMessage());
        try (JournalDrain fresh = new JournalDrain(journal, db, DrainOptions.defaults("q2"))) {
            fresh.drainAvailable();
            // Every row was stored under 'q' already (instruments are upserted, so counted as written).
            fresh.rowsInserted().forEach((table, n) -> {
                if (!table.equals("instruments")) {
                    assertEquals(0L, n, table);
                }
            });
        }
        assertEquals(expected, TestJournals.storedRows(db));
    }

    private static long count(final OutputJournalReader reader) {
        try (reader) {
            long n = 0;
            while (reader.next()) {
                n++;
            }
            return n;
        }
    }

    @Test
    void aDrainNameServesOneJournal(@TempDir final Path otherJournal) {
        journalWithSnapshots();
        TestJournals.runPipeline(otherJournal, 1_000, 0);
        final DatabaseTarget db = pg.database("drain_name_per_journal");
        try (JournalDrain first = new JournalDrain(journal, db, DrainOptions.defaults("shared"))) {
            first.drainAvailable();
        }
        // Resuming the other journal at this journal's position would silently skip its records.
        final DrainNameInUseException e = assertThrows(DrainNameInUseException.class,
            () -> new JournalDrain(otherJournal, db, DrainOptions.defaults("shared")));
        assertTrue(e.getMessage().contains(journal.toAbsolutePath().normalize().toString()), e.getMessage());
        try (JournalDrain own = new JournalDrain(otherJournal, db, DrainOptions.defaults("other"))) {
            assertTrue(own.drainAvailable() >= 1_000, "a fresh name reads the other journal from its start");
        }
    }

    @Test
    void postgresDownDuringARunLeavesThePipelineAloneAndTheDrainCatchesUp(@TempDir final Path ownPg)
        throws InterruptedException {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(ownPg)) {
            final DatabaseTarget db = server.target();
            TestJournals.runPipeline(journal, 1, 0); // creates both queues so the drain can open them
            final AtomicBoolean failed = new AtomicBoolean();
            final JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("live").withBackoff(20, 200)
                .withBatch(2_000, 20_000));
            final Thread drainer = new Thread(() -> {
                try {
                    drain.follow();
                } catch (final RuntimeException e) {
                    failed.set(true);
                    throw e;
                }
            }, "drain");
            drainer.start();
            // Driven by the drain's own progress, not by wall-clock sleeps: the server goes down once
            // the drain has committed a batch of the live run, and comes back once it has seen the
            // outage (a retry), so both sides of the outage are always exercised.
            final Thread outage = new Thread(() -> {
                awaitOrFail(() -> drain.batchesCommitted() > 1, failed);
                server.stop();
                awaitOrFail(() -> drain.retries() > 0, failed);
                server.start();
            }, "outage");
            outage.start();
            final long events = 200_000;
            final long journaled = TestJournals.runPipeline(journal, events, 100_000);
            outage.join();
            assertEquals(events, journaled, "every event went through the pipeline while PostgreSQL was down");
            final Map<String, Long> expected = TestJournals.expectedRows(journal);
            final long deadline = System.nanoTime() + 60_000_000_000L;
            Map<String, Long> stored = Map.of();
            while (System.nanoTime() < deadline) {
                stored = TestJournals.storedRows(db);
                if (stored.equals(expected)) {
                    break;
                }
                sleep(200);
            }
            drain.requestStop();
            drainer.join();
            drain.close();
            assertEquals(expected, stored);
            assertTrue(drain.retries() > 0, "the outage was seen and retried");
            assertTrue(!failed.get());
        }
    }

    /** Polls a condition the drain thread makes true (60 s at most; sets {@code failed} if it never comes). */
    private static void awaitOrFail(final java.util.function.BooleanSupplier condition, final AtomicBoolean failed) {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                failed.set(true);
                return;
            }
            sleep(5);
        }
    }

    private static void sleep(final long millis) {
        try {
            Thread.sleep(millis);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
