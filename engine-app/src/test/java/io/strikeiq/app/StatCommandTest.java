package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.journal.InputJournalReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strikeiq stat} reads a running engine's counters from another process: a real
 * {@code run} in a child JVM, read here while it runs (the count grows) and after it ended, when
 * "events journaled" and "events in" must equal both the events asked for and the records
 * counted in the input journal itself.
 */
class StatCommandTest {
    private static final Pattern JOURNALED = Pattern.compile("(?m)^events journaled\\s+([\\d,]+)$");
    private static final Pattern EVENTS_IN = Pattern.compile("(?m)^events in \\(published by the feed\\)\\s+([\\d,]+)$");

    /** About three seconds at the offered rate: long enough to be read twice while running. */
    private static final long EVENTS = 150_000;

    @TempDir
    Path tmp;

    @Test
    void statReadsTheCountersOfARunningEngineAndItsFinalValues() throws IOException, InterruptedException {
        final Path journal = tmp.resolve("j");
        final Process p = ChildLauncher.start(tmp.resolve("run.log"), "run", "--feed", "synthetic", "--journal", journal.toString(),
            "--rate", "50000", "--events", String.valueOf(EVENTS), "--preset", "compact");
        try {
            final long first = awaitJournaled(journal, 1, p);
            final long later = awaitJournaled(journal, first + 1, p);
            assertTrue(later > first, "the count grows while the engine runs: " + first + " then " + later);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run ends after its events");
        } finally {
            p.destroy();
        }
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("run.log")));
        final CliRunner after = CliRunner.run("stat", "--journal", journal.toString());
        assertEquals(0, after.exitCode, after.toString());
        final long inJournal = countInputRecords(journal);
        assertEquals(EVENTS, inJournal);
        assertEquals(inJournal, value(JOURNALED, after.out), after.out);
        assertEquals(inJournal, value(EVENTS_IN, after.out), after.out);
        assertTrue(after.out.contains("\nstage errors: state ") && after.out.contains("distinct errors: 0\n"), after.out);
    }

    @Test
    void aFolderWithoutCountersIsOneLineAndExitOne() throws IOException {
        final Path empty = Files.createDirectories(tmp.resolve("empty"));
        final CliRunner r = CliRunner.run("stat", "--journal", empty.toString());
        assertEquals(1, r.exitCode, r.toString());
        assertEquals("", r.out);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        assertTrue(r.err.startsWith("strikeiq stat: no counters file in "), r.err);
    }

    private static long awaitJournaled(final Path journal, final long atLeast, final Process p) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            final CliRunner r = CliRunner.run("stat", "--journal", journal.toString());
            // Exit 1 before the child created the file; no such line before it registered its counters.
            final Matcher m = JOURNALED.matcher(r.out);
            if (r.exitCode == 0 && m.find()) {
                final long v = Long.parseLong(m.group(1).replace(",", ""));
                if (v >= atLeast) {
                    return v;
                }
            }
            Thread.sleep(50); // the child publishes every 100 ms
        }
        throw new AssertionError("no counters reading >= " + atLeast + " (child alive: " + p.isAlive() + ")");
    }

    private static long value(final Pattern label, final String out) {
        final Matcher m = label.matcher(out);
        assertTrue(m.find(), "no " + label + " in\n" + out);
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static long countInputRecords(final Path journal) {
        final MarketEvent slot = new MarketEvent();
        long n = 0;
        try (InputJournalReader reader = InputJournalReader.open(journal)) {
            while (true) {
                slot.clear();
                if (reader.poll(slot) != EventSource.FILLED) {
                    return n;
                }
                n++;
            }
        }
    }
}
