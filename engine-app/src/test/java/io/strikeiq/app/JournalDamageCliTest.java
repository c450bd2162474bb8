package io.strikeiq.app;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.journal.DamagedJournals;
import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.JournalLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands on damaged journals, through the real command line: replay, verify and
 * {@code tail --no-follow} exit 1 with one line naming the queue and the record where the damage
 * starts (never exit 0 on a prefix, never a stack trace); a writer killed inside its last record
 * is a warning line and exit 0 for replay and tail.
 */
class JournalDamageCliTest {
    private static final long DAMAGED = 500;

    private static final int SIGNALS = 2_000;

    @TempDir
    Path tmp;
    private Path live;

    /** A recorded run (its input queue is what replay reads). */
    private void recordARun() {
        live = tmp.resolve("live");
        final CliRunner r = CliRunner.run("run", "--feed", "synthetic", "--journal", live.toString(), "--events", "3000");
        assertEquals(0, r.exitCode, r.toString());
    }

    /** A journal folder whose signals and records queues hold {@link #SIGNALS} records each (a short synthetic run emits no signal). */
    private Path signalJournal(final String name) {
        final Path dir = tmp.resolve(name);
        DamagedJournals.write(dir, DamagedJournals.Queue.SIGNALS, SIGNALS);
        DamagedJournals.write(dir, DamagedJournals.Queue.RECORDS, SIGNALS);
        return dir;
    }

    private static void assertOneLineFailure(final CliRunner r, final String command, final String startsWith, final String contains) {
        assertEquals(1, r.exitCode, r.toString());
        final String err = r.err.trim();
        assertTrue(err.startsWith("strikeiq " + command + ": " + startsWith), err);
        assertTrue(err.contains(contains), err);
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("\tat ") || err.contains("InternalError"), "no stack trace: " + err);
    }

    private static long inputRecords(final Path journal) {
        long n = 0;
        try (InputJournalReader reader = InputJournalReader.open(journal)) {
            final MarketEvent slot = new MarketEvent();
            while (reader.poll(slot) == EventSource.FILLED) {
                slot.clear();
                n++;
            }
        }
        return n;
    }

    @Test
    void replayOfADamagedInputJournalExitsOneNamingTheRecord() {
        recordARun();
        final Path in = JournalLayout.inputQueue(live);
        final long[] span = DamagedJournals.recordSpan(in, DAMAGED);
        DamagedJournals.flipBit(DamagedJournals.cycleFile(in), span[1] + 9, 4);
        final CliRunner r = CliRunner.run("replay", "--input", live.toString(), "--out", tmp.resolve("out").toString());
        assertOneLineFailure(r, "replay", "Journal " + in.toAbsolutePath() + ", record #" + DAMAGED + " (Chronicle index 0x",
            "checksum mismatch");
    }

    @Test
    void replayOfAnInputJournalCutOnAPageBoundaryExitsOne() {
        recordARun();
        final Path in = JournalLayout.inputQueue(live);
        final Path file = DamagedJournals.cycleFile(in);
        final long cut = DamagedJournals.recordSpan(in, DAMAGED)[1] / 4096 * 4096;
        DamagedJournals.truncate(file, cut);
        final CliRunner r = CliRunner.run("replay", "--input", live.toString(), "--out", tmp.resolve("out").toString());
        assertOneLineFailure(r, "replay", "Journal " + in.toAbsolutePath() + ", " + file.getFileName() + ": cycle file is "
            + cut + " bytes", "truncated or replaced");
    }

    @Test
    void replayOfAKilledWritersJournalWarnsAndReplaysTheCompleteRecords() {
        recordARun();
        final Path in = JournalLayout.inputQueue(live);
        final long complete = inputRecords(live);
        DamagedJournals.leaveUnfinishedRecord(in, complete - 1, 16);
        final Path out = tmp.resolve("out");
        final CliRunner r = CliRunner.run("replay", "--input", live.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(r.err.contains("strikeiq replay: warning: Journal " + in.toAbsolutePath()
            + ": the last record is unfinished (its writer was killed while writing it); " + complete + " complete records read"), r.err);
        assertEquals(complete, inputRecords(out), "every complete record was replayed, and only those");
    }

    @Test
    void verifyOfADamagedOutputJournalExitsOneNamingTheRecord() {
        final Path left = signalJournal("left");
        final Path right = signalJournal("right");
        assertEquals(0, CliRunner.run("verify", left.toString(), right.toString()).exitCode, "identical before the damage");
        final Path out = JournalLayout.signalsQueue(right);
        final long record = SIGNALS / 2;
        final long[] span = DamagedJournals.recordSpan(out, record);
        DamagedJournals.flipBit(DamagedJournals.cycleFile(out), span[1] + 12, 0);
        final CliRunner r = CliRunner.run("verify", left.toString(), right.toString());
        assertOneLineFailure(r, "verify", "Journal " + out.toAbsolutePath() + ", record #" + record + " (Chronicle index 0x",
            "checksum mismatch");
    }

    @Test
    void verifyOfADamagedRecordsQueueNamesThatQueue() {
        final Path left = signalJournal("left");
        final Path right = signalJournal("right");
        final Path records = JournalLayout.recordsQueue(right);
        final long record = SIGNALS / 3;
        DamagedJournals.flipBit(DamagedJournals.cycleFile(records), DamagedJournals.recordSpan(records, record)[1] + 12, 2);
        final CliRunner r = CliRunner.run("verify", left.toString(), right.toString());
        assertOneLineFailure(r, "verify", "Journal " + records.toAbsolutePath() + ", record #" + record + " (Chronicle index 0x",
            "checksum mismatch");
    }

    @Test
    void aJournalOfTheOldLayoutIsOneLineForVerifyTailAndDrainAndItsInputReplays() throws IOException {
        recordARun();
        // The old layout: one output queue where signals/ and records/ are now.
        Files.move(JournalLayout.signalsQueue(live), live.resolve("output"));
        try (Stream<Path> files = Files.walk(JournalLayout.recordsQueue(live))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        final String line = "Journal " + live.toAbsolutePath() + " has " + live.resolve("output").toAbsolutePath()
            + ": written by an engine before signals and records were split; replay its input with this engine"
            + " (strikeiq replay --input DIR --out DIR2) to get signals/ and records/";
        for (final String[] args : new String[][] {
            {"verify", live.toString(), live.toString()},
            {"tail", "--journal", live.toString(), "--no-follow"},
            {"drain", "--journal", live.toString(), "--db-url", "jdbc:postgresql://127.0.0.1:1/none"}}) {
            final CliRunner r = CliRunner.run(args);
            assertEquals(1, r.exitCode, r.toString());
            assertEquals("strikeiq " + args[0] + ": " + line, r.err.trim());
        }
        final Path replay = tmp.resolve("replay");
        final CliRunner r = CliRunner.run("replay", "--input", live.toString(), "--out", replay.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertEquals(inputRecords(live), inputRecords(replay), "the old journal's input replays in full");
        assertTrue(Files.isDirectory(JournalLayout.signalsQueue(replay)));
        assertTrue(Files.isDirectory(JournalLayout.recordsQueue(replay)));
        assertFalse(Files.exists(replay.resolve("output")));
    }

    @Test
    void verifyOfAnEmptiedOutputCycleFileExitsOne() {
        live = signalJournal("live");
        final Path out = JournalLayout.signalsQueue(live);
        final Path file = DamagedJournals.cycleFile(out);
        DamagedJournals.truncate(file, 0);
        final CliRunner r = CliRunner.run("verify", live.toString(), live.toString());
        assertOneLineFailure(r, "verify", "Journal " + out.toAbsolutePath() + ", " + file.getFileName()
            + ": cycle file is empty (0 bytes)", "empty");
    }

    @Test
    void tailNoFollowExitCodes() {
        live = signalJournal("live");
        final Path out = JournalLayout.signalsQueue(live);
        final long records = SIGNALS;
        final CliRunner clean = CliRunner.run("tail", "--journal", live.toString(), "--no-follow");
        assertEquals(0, clean.exitCode, clean.toString());
        assertEquals("", clean.err.trim());

        DamagedJournals.leaveUnfinishedRecord(out, records - 1, 20);
        final CliRunner unfinished = CliRunner.run("tail", "--journal", live.toString(), "--no-follow");
        assertEquals(0, unfinished.exitCode, unfinished.toString());
        assertTrue(unfinished.err.contains("strikeiq tail: warning: Journal " + out.toAbsolutePath()
            + ": the last record is unfinished"), unfinished.err);
        assertEquals(clean.out, unfinished.out, "the same signals were printed");

        // Further on in the file, past the unfinished record, bytes that no writer leaves: damage.
        final long end = DamagedJournals.endOf(out, records - 1);
        DamagedJournals.overwrite(DamagedJournals.cycleFile(out), end + 32 * 1024, new byte[] {7});
        final CliRunner damaged = CliRunner.run("tail", "--journal", live.toString(), "--no-follow");
        assertOneLineFailure(damaged, "tail", "Journal " + out.toAbsolutePath() + ", after record #" + (records - 1),
            "non-zero bytes at offset " + (end + 32 * 1024));
    }
}
