package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.RawRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees for good and bad input: exit codes, one-line messages, no stack traces. */
class CliTest {
    @TempDir
    Path tmp;

    @Test
    void helpExitsZeroAndListsTheCommands() {
        final CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.exitCode);
        for (final String c : new String[] {"demo", "run", "replay", "verify", "tail"}) {
            assertTrue(r.out.contains(c), r.out);
        }
        assertEquals(0, CliRunner.run("replay", "--help").exitCode);
    }

    @Test
    void unknownFlagPrintsUsageAndExitsTwo() {
        final CliRunner r = CliRunner.run("verify", "--bogus", "a", "b");
        assertEquals(2, r.exitCode, r.toString());
        assertTrue(r.err.contains("Unknown option: '--bogus'"), r.err);
        assertTrue(r.err.contains("Usage: strikeiq verify"), r.err);
    }

    @Test
    void badPresetIsAUsageError() {
        final CliRunner r = CliRunner.run("run", "--feed", "synthetic", "--journal", tmp.resolve("j").toString(), "--preset", "turbo");
        assertEquals(2, r.exitCode, r.toString());
        assertTrue(r.err.contains("unknown preset 'turbo'"), r.err);
        assertFalse(Files.exists(tmp.resolve("j")), "nothing is created for a rejected command");
    }

    @Test
    void missingJournalIsOneClearLineAndExitOne() {
        final Path nowhere = tmp.resolve("nowhere");
        final CliRunner r = CliRunner.run("replay", "--input", nowhere.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.exitCode, r.toString());
        assertEquals("strikeiq replay: No journal at " + nowhere.toAbsolutePath().resolve("input") + ": directory does not exist",
            r.err.trim());
        assertFalse(Files.exists(nowhere), "reading never creates the journal it was pointed at");
        final CliRunner tail = CliRunner.run("tail", "--journal", nowhere.toString(), "--no-follow");
        assertEquals(1, tail.exitCode, tail.toString());
        assertFalse(tail.err.contains("\tat "), "no stack trace: " + tail.err);
    }

    @Test
    void corruptJournalIsOneClearLineAndExitOne() {
        final Path dir = tmp.resolve("corrupt");
        try (ChronicleQueue q = JournalLayout.openInputForWriting(dir)) {
            // A well-formed header naming a template this build does not know.
            RawRecords.append(q, RawRecords.sealed(RawRecords.withHeader(8, 77, 7101, 3, 8)));
        }
        final CliRunner r = CliRunner.run("replay", "--input", dir.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.exitCode, r.toString());
        assertTrue(r.err.startsWith("strikeiq replay: "), r.err);
        assertTrue(r.err.contains("record #0") && r.err.contains("77"), r.err);
        assertFalse(r.err.contains("\tat "), "no stack trace: " + r.err);
    }

    @Test
    void replayRefusesANonEmptyOutputFolderUnlessForced() throws IOException {
        final Path live = tmp.resolve("live");
        assertEquals(0, CliRunner.run("run", "--feed", "synthetic", "--journal", live.toString(), "--events", "2000").exitCode);
        final Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("precious.txt"), "keep me");

        final CliRunner refused = CliRunner.run("replay", "--input", live.toString(), "--out", out.toString());
        assertEquals(1, refused.exitCode, refused.toString());
        assertTrue(refused.err.contains("is not empty") && refused.err.contains("--force"), refused.err);
        assertTrue(Files.exists(out.resolve("precious.txt")));

        final CliRunner forced = CliRunner.run("replay", "--input", live.toString(), "--out", out.toString(), "--force");
        assertEquals(0, forced.exitCode, forced.toString());
        assertFalse(Files.exists(out.resolve("precious.txt")));
        assertEquals(0, CliRunner.run("verify", live.toString(), out.toString()).exitCode);

        final CliRunner self = CliRunner.run("replay", "--input", live.toString(), "--out", live.toString(), "--force");
        assertEquals(1, self.exitCode, "replay never writes over the journal it reads");
    }

    @Test
    void runRefusesANonEmptyJournalFolder() throws IOException {
        final Path dir = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(dir.resolve("x"), "x");
        final CliRunner r = CliRunner.run("run", "--feed", "synthetic", "--journal", dir.toString(), "--events", "10");
        assertEquals(1, r.exitCode, r.toString());
        assertTrue(r.err.contains("is not empty"), r.err);
    }

    @Test
    void badConfigurationNamesTheKey() {
        // A --set value is a flag: a usage error (exit 2, usage printed) naming --set KEY.
        final CliRunner unknown = CliRunner.run("demo", "--events", "10", "--journal", tmp.resolve("d").toString(), "--set", "pcr.uper=1.4");
        assertEquals(2, unknown.exitCode, unknown.toString());
        assertTrue(unknown.err.startsWith("strikeiq demo: --set pcr.uper: unknown key 'pcr.uper'"), unknown.err);
        assertTrue(unknown.err.contains("Usage: strikeiq demo"), unknown.err);

        final CliRunner malformed = CliRunner.run("demo", "--events", "10", "--journal", tmp.resolve("d").toString(), "--set", "pcr.upper=high");
        assertEquals(2, malformed.exitCode, malformed.toString());
        assertTrue(malformed.err.startsWith("strikeiq demo: --set pcr.upper must be a number from 0 to 1000, got 'high'"), malformed.err);
        assertFalse(Files.exists(tmp.resolve("d")), "nothing is created for a rejected command");

        final CliRunner missingFile = CliRunner.run("demo", "--config", tmp.resolve("none.properties").toString());
        assertEquals(1, missingFile.exitCode, missingFile.toString());
        assertTrue(missingFile.err.contains("config file not found"), missingFile.err);
    }

    @Test
    void tailPrintsOneReadableLinePerSignal() {
        final Path live = tmp.resolve("live");
        final CliRunner run = CliRunner.run("run", "--feed", "synthetic", "--journal", live.toString(), "--events", "200000");
        assertEquals(0, run.exitCode, run.toString());
        final CliRunner tail = CliRunner.run("tail", "--journal", live.toString(), "--from", "start", "--no-follow");
        assertEquals(0, tail.exitCode, tail.toString());
        final String[] lines = tail.out.strip().split("\n");
        assertTrue(lines.length >= 1, tail.out);
        for (final String line : lines) {
            assertTrue(line.matches("#\\d+ 2026-11-24T\\S+Z seq=\\d+ (pcr|max_pain) [A-Z_]+ NIFTY exp=\\S+ .*"), line);
        }
        // Resuming from a printed index starts exactly there.
        final String secondIndex = lines.length > 1 ? lines[1].substring(1, lines[1].indexOf(' ')) : null;
        if (secondIndex != null) {
            final CliRunner from = CliRunner.run("tail", "--journal", live.toString(), "--from", secondIndex, "--no-follow");
            assertEquals(lines.length - 1, from.out.strip().split("\n").length, from.out);
        }
        // A named subscriber resumes where it stopped.
        final CliRunner first = CliRunner.run("tail", "--journal", live.toString(), "--name", "t1", "--no-follow", "--limit", "1");
        assertEquals(lines[0], first.out.strip());
        final CliRunner rest = CliRunner.run("tail", "--journal", live.toString(), "--name", "t1", "--no-follow");
        assertEquals(lines.length - 1, rest.out.isBlank() ? 0 : rest.out.strip().split("\n").length);
    }
}
