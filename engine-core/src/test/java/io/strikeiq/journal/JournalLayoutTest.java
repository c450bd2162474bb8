package io.strikeiq.journal;

import io.strikeiq.signal.SignalType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.Signal;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalLayoutTest {
    @TempDir
    Path dir;

    private static List<String> tree(final Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p) + (Files.isDirectory(p) ? "/" : "=" + p.toFile().length()))
                .sorted().collect(Collectors.toList());
        }
    }

    private static Signal pcrHigh() {
        final Signal s = new Signal();
        s.signalType = SignalType.PCR_HIGH;
        return s;
    }

    @Test
    void pathsFollowTheLayout() {
        assertEquals(dir.resolve("input"), JournalLayout.inputQueue(dir));
        assertEquals(dir.resolve("signals"), JournalLayout.signalsQueue(dir));
        assertEquals(dir.resolve("records"), JournalLayout.recordsQueue(dir));
        assertEquals(dir.resolve("instruments.cmap"), JournalLayout.instrumentsFile(dir));
    }

    @Test
    void missingJournalIsOneClearErrorAndCreatesNothing() {
        final Path missing = dir.resolve("no-such-run");
        final JournalNotFoundException e = assertThrows(JournalNotFoundException.class, () -> OutputJournalReader.openSignals(missing));
        assertEquals("No journal at " + missing.resolve("signals").toAbsolutePath() + ": directory does not exist", e.getMessage());
        assertEquals(missing.resolve("signals"), e.path());
        assertEquals(missing.resolve("records"),
            assertThrows(JournalNotFoundException.class, () -> OutputJournalReader.openRecords(missing)).path());
        assertFalse(Files.exists(missing));
        assertThrows(JournalNotFoundException.class, () -> InputJournalReader.open(missing));
        assertFalse(Files.exists(missing));
    }

    @Test
    void directoryWithoutQueueFilesIsNotAJournal() throws IOException {
        Files.createDirectories(JournalLayout.inputQueue(dir));
        final JournalNotFoundException e = assertThrows(JournalNotFoundException.class, () -> InputJournalReader.open(dir));
        assertTrue(e.getMessage().startsWith("No journal at " + JournalLayout.inputQueue(dir).toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains("no Chronicle queue files"), e.getMessage());
    }

    @Test
    void readingCreatesAndChangesNoFile() throws IOException {
        try (OutputJournalWriter writer = OutputJournalWriter.openSignals(dir)) {
            writer.append(pcrHigh());
        }
        final List<String> before = tree(dir);
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            assertTrue(reader.next());
            assertFalse(reader.next());
        }
        assertEquals(before, tree(dir));
    }

    @Test
    void queuesUseTheDailyRollCycle() {
        try (ChronicleQueue q = JournalLayout.openInputForWriting(dir)) {
            assertEquals(JournalLayout.ROLL_CYCLE, q.rollCycle());
        }
        assertTrue(Files.isDirectory(JournalLayout.inputQueue(dir)));
    }

    @Test
    void aFolderOfTheOldLayoutIsRefusedWithOneLineAndItsInputStillReads() throws IOException {
        DamagedJournals.write(dir, DamagedJournals.Queue.INPUT, 3);
        Files.createDirectories(dir.resolve("output"));
        final String expected = "Journal " + dir.toAbsolutePath() + " has " + dir.resolve("output").toAbsolutePath()
            + ": written by an engine before signals and records were split; replay its input with this engine"
            + " (strikeiq replay --input DIR --out DIR2) to get signals/ and records/";
        final List<Executable> opens = List.of(
            () -> OutputJournalReader.openSignals(dir).close(), () -> OutputJournalReader.openRecords(dir).close(),
            () -> OutputJournalWriter.openSignals(dir).close(), () -> OutputJournalWriter.openRecords(dir).close(),
            () -> JournalComparator.compareOutputs(dir, dir));
        for (final Executable open : opens) {
            final JournalFormatException e = assertThrows(JournalFormatException.class, open);
            assertEquals(expected, e.getMessage());
            assertEquals(JournalFormatException.Kind.OLDER_ENGINE, e.kind());
        }
        assertFalse(Files.exists(JournalLayout.signalsQueue(dir)), "a refused writer creates nothing");
        assertFalse(Files.exists(JournalLayout.recordsQueue(dir)));
        try (InputJournalReader reader = InputJournalReader.open(dir)) {
            final MarketEvent slot = new MarketEvent();
            for (int i = 0; i < 3; i++) {
                assertEquals(InputJournalReader.FILLED, reader.poll(slot));
                assertEquals(i, slot.sequence);
                slot.clear();
            }
        }
    }
}
