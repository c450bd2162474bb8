package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.counters.CountersFileException;
import io.strikeiq.counters.CountersView;
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
 * SIGTERM in the middle of a run: the engine stops the feed, drains the ring through every stage
 * and closes the journals, so every event it reports as published is in the input journal, in
 * sequence, with nothing missing. Runs the real launcher main in a separate JVM and signals it.
 */
class ShutdownTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermDrainsTheRingAndLosesNothing() throws IOException, InterruptedException {
        final Path journal = tmp.resolve("j");
        final Path log = tmp.resolve("run.log");
        final Process p = ChildLauncher.start(log, "run", "--feed", "synthetic", "--journal", journal.toString(), "--rate", "200000",
            "--preset", "throughput");

        // Wait until the run is well under way (the child's own counters show 20,000 events journaled,
        // read from its counters file as `stat` does), then SIGTERM it: a condition, not a fixed sleep.
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (journaled(journal) < 20_000 && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(20); // the child publishes its counters every 100 ms
        }
        assertTrue(p.isAlive(), "the run must still be going when signalled");
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the engine must exit after SIGTERM");
        final String output = Files.readString(log, StandardCharsets.UTF_8);

        final Matcher m = Pattern.compile("events\\s+([\\d,]+) published, ([\\d,]+) journaled").matcher(output);
        assertTrue(m.find(), "the summary is printed even when stopped by a signal:\n" + output);
        final long published = Long.parseLong(m.group(1).replace(",", ""));
        final long journaled = Long.parseLong(m.group(2).replace(",", ""));
        assertTrue(output.contains("stopped by signal"), output);
        assertTrue(published > 10_000, "ran for a while: " + published);
        assertEquals(published, journaled, output);

        // Every published event is in the input journal, numbered 0..n-1 without a gap.
        final MarketEvent slot = new MarketEvent();
        long expected = 0;
        try (InputJournalReader reader = InputJournalReader.open(journal)) {
            while (true) {
                slot.clear();
                if (reader.poll(slot) != EventSource.FILLED) {
                    break;
                }
                assertEquals(expected, slot.sequence);
                expected++;
            }
        }
        assertEquals(published, expected, "records in the input journal");

        // Draining after the signal ran without a single failure (Chronicle's own exit hook once closed
        // the instrument map under the draining state stage: hundreds of state-stage errors).
        final io.strikeiq.counters.CountersView counters = io.strikeiq.counters.CountersView.read(journal);
        counters.counters().stream().filter(c -> c.label().startsWith("stage errors"))
            .forEach(c -> assertEquals(0, c.value(), c.label()));
        assertTrue(counters.errors().isEmpty(), () -> counters.errors().toString());
    }

    /** "events journaled" from the child's counters file; -1 before the child has created it. */
    private static long journaled(final Path journal) {
        try {
            return CountersView.read(journal).value("events journaled");
        } catch (final CountersFileException notYet) {
            return -1;
        }
    }
}
