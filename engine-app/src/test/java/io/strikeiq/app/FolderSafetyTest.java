package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.journal.JournalLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Destructive flags cannot destroy input: {@code replay --out} may not be, contain or lie inside
 * {@code --input} (real paths: {@code ..} and symlinks resolved), {@code run} may not journal into
 * a folder holding its DBN files, {@code demo} wipes only a StrikeIQ journal (or an empty folder)
 * unless {@code --force}, and every delete says on one line what it deletes.
 */
class FolderSafetyTest {
    private static final long INPUT_EVENTS = 2_000;

    @TempDir
    Path tmp;

    private Path recordedJournal(final Path dir) {
        final CliRunner r = CliRunner.run("run", "--feed", "synthetic", "--journal", dir.toString(), "--events",
            String.valueOf(INPUT_EVENTS));
        assertEquals(0, r.exitCode, r.toString());
        return dir;
    }

    private static void assertOneLineRefusal(final CliRunner r, final String command, final String contains) {
        assertEquals(1, r.exitCode, r.toString());
        assertTrue(r.err.startsWith("strikeiq " + command + ": ") && r.err.contains(contains), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        assertFalse(r.out.contains("deleting"), r.out);
    }

    @Test
    void replayOutputMayNotBeContainOrLieInsideItsInput() throws IOException {
        final Path x = tmp.resolve("x");
        final Path in = recordedJournal(x.resolve("in"));
        final Path link = Files.createSymbolicLink(tmp.resolve("link"), in);

        final String[][] cases = {
            {x.toString(), "contains the input"},
            {in.resolve("sub").toString(), "lies inside the input"},
            {in.resolve("..").resolve("in").toString(), "is the input"},
            {link.toString(), "is the input"},
            {link.resolve("sub").toString(), "lies inside the input"},
        };
        for (final String[] c : cases) {
            final CliRunner r = CliRunner.run("replay", "--input", in.toString(), "--out", c[0], "--force");
            assertOneLineRefusal(r, "replay", "journal folder " + c[0] + " " + c[1] + " " + in);
        }
        // The symlinked input itself, given as --input, protects the real folder behind it too.
        assertOneLineRefusal(CliRunner.run("replay", "--input", link.toString(), "--out", in.toString(), "--force"),
            "replay", "is the input");
        assertEquals(INPUT_EVENTS, JournalRecords.inputInSequence(in), "the input journal survived every attempt");
        assertFalse(Files.exists(in.resolve("sub")));

        // A sibling folder is fine.
        final CliRunner ok = CliRunner.run("replay", "--input", in.toString(), "--out", x.resolve("out").toString());
        assertEquals(0, ok.exitCode, ok.toString());
    }

    @Test
    void runMayNotJournalIntoTheFolderOfItsDbnFile() throws IOException {
        // The in-repository copy of Databento's fixture (tests run from the repository root): no ../shared needed.
        final Path fixture = Path.of("engine-feeds/src/test/resources/dbn/test_data.ohlcv-1m.dbn");
        final Path data = Files.createDirectories(tmp.resolve("data"));
        final Path copy = Files.copy(fixture, data.resolve("day.dbn"));
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:" + copy, "--journal", data.toString(), "--force");
        assertOneLineRefusal(r, "run", "journal folder " + data + " contains the input " + copy);
        assertTrue(Files.isRegularFile(copy), "the feed file is still there");
        assertFalse(Files.exists(data.resolve(JournalLock.FILE_NAME)), "nothing was created in the refused folder");
    }

    @Test
    void demoWipesOnlyAJournalFolderUnlessForced() throws IOException {
        final Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "keep me");
        Files.createDirectories(notes.resolve("src"));
        Files.writeString(notes.resolve("src").resolve("Main.java"), "class Main {}");

        final CliRunner refused = CliRunner.run(demo(notes));
        assertOneLineRefusal(refused, "demo", "folder " + notes + " is not a StrikeIQ journal (it holds src/, todo.txt)");
        assertTrue(Files.isRegularFile(notes.resolve("src").resolve("Main.java")));
        assertFalse(Files.exists(notes.resolve(JournalLock.FILE_NAME)), "nothing was created in the refused folder");

        final CliRunner forced = CliRunner.run(append(demo(notes), "--force"));
        assertEquals(0, forced.exitCode, forced.toString());
        assertTrue(forced.out.contains("deleting the contents of " + notes + " (src/, todo.txt)\n"), forced.out);
        assertFalse(Files.exists(notes.resolve("todo.txt")));

        // The folder is now a journal: demo reuses it without --force and names what it deletes.
        final CliRunner again = CliRunner.run(demo(notes));
        assertEquals(0, again.exitCode, again.toString());
        assertTrue(again.out.contains("deleting journal folder " + notes + " (counters, input/, instruments.cmap, records/, signals/)\n"), again.out);
        assertEquals(1_000, JournalRecords.inputInSequence(notes), "only the second demo's events");

        // A journal with a stray file in it is no longer recognised as one.
        Files.writeString(notes.resolve("signals").resolve("README"), "x");
        assertOneLineRefusal(CliRunner.run(demo(notes)), "demo", "is not a StrikeIQ journal");
    }

    @Test
    void runAndReplayNameWhatForceDeletes() throws IOException {
        final Path in = recordedJournal(tmp.resolve("in"));
        final Path out = recordedJournal(tmp.resolve("out"));
        final CliRunner r = CliRunner.run("replay", "--input", in.toString(), "--out", out.toString(), "--force");
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(r.out.startsWith("deleting journal folder " + out + " (counters, input/, instruments.cmap, records/, signals/)\n"), r.out);
        assertEquals(INPUT_EVENTS, JournalRecords.inputInSequence(out));

        final Path empty = Files.createDirectories(tmp.resolve("empty"));
        final CliRunner fresh = CliRunner.run("run", "--feed", "synthetic", "--journal", empty.toString(), "--events", "10", "--force");
        assertEquals(0, fresh.exitCode, fresh.toString());
        assertFalse(fresh.out.contains("deleting"), "an empty folder has nothing to delete: " + fresh.out);
    }

    private static String[] demo(final Path dir) {
        return new String[] {"demo", "--journal", dir.toString(), "--events", "1000", "--set", "demo.latency-events=0",
            "--set", "demo.drain=false"};
    }

    private static String[] append(final String[] args, final String extra) {
        final String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
