package io.strikeiq.journal;

import io.strikeiq.signal.Signal;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
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

    @Test
    void pathsFollowTheLayout() {
        assertEquals(dir.resolve("input"), JournalLayout.inputQueue(dir));
        assertEquals(dir.resolve("output"), JournalLayout.outputQueue(dir));
        assertEquals(dir.resolve("instruments.cmap"), JournalLayout.instrumentsFile(dir));
    }

    @Test
    void missingJournalIsOneClearErrorAndCreatesNothing() {
        final Path missing = dir.resolve("no-such-run");
        final JournalNotFoundException e = assertThrows(JournalNotFoundException.class, () -> OutputJournalReader.open(missing));
        assertEquals("No journal at " + missing.resolve("output").toAbsolutePath() + ": directory does not exist", e.getMessage());
        assertEquals(missing.resolve("output"), e.path());
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
        try (OutputJournalWriter writer = OutputJournalWriter.open(dir)) {
            writer.append(new Signal());
        }
        final List<String> before = tree(dir);
        try (OutputJournalReader reader = OutputJournalReader.open(dir)) {
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
}
