package io.strikeiq.journal;

import io.strikeiq.signal.SignalType;
import io.strikeiq.signal.Signal;
import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end check across cycle files: an output queue written on two UTC days (two files, the
 * first closed by Chronicle's end-of-cycle marker) reads to a clean end; damage in the first
 * day is found there; an unfinished record at the end of the second day is the end.
 */
class MultiCycleJournalEndTest {
    private static final int PER_DAY = 300;
    private static final long DAY_MS = 86_400_000L;

    @TempDir
    Path dir;
    private Path queueDir;
    private List<Path> files;

    @BeforeEach
    void writeTwoDays() throws IOException {
        queueDir = JournalLayout.signalsQueue(dir);
        final SetTimeProvider clock = new SetTimeProvider(java.time.Instant.parse("2025-11-24T01:00:00Z"));
        try (ChronicleQueue q = SingleChronicleQueueBuilder.binary(queueDir).rollCycle(JournalLayout.ROLL_CYCLE)
                .blockSize(JournalLayout.SIGNALS_BLOCK_SIZE).indexCount(JournalLayout.INDEX_COUNT).timeProvider(clock).build();
             OutputJournalWriter w = new OutputJournalWriter(q)) {
            final Signal s = new Signal();
            s.signalType = SignalType.PCR_HIGH;
            for (int i = 0; i < 2 * PER_DAY; i++) {
                if (i == PER_DAY) {
                    clock.advanceMillis(DAY_MS);
                }
                s.inputSequence = i;
                s.direction = 1;
                w.append(s);
            }
        }
        try (Stream<Path> list = Files.list(queueDir)) {
            files = list.filter(p -> p.toString().endsWith(".cq4")).sorted().collect(Collectors.toList());
        }
        assertEquals(List.of("20251124F.cq4", "20251125F.cq4"),
            files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()));
    }

    private long readAll(final OutputJournalReader reader) {
        long n = 0;
        while (reader.next()) {
            assertEquals(n, reader.signal().inputSequence());
            n++;
        }
        return n;
    }

    @Test
    void bothDaysReadToACleanEnd() {
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            assertEquals(2 * PER_DAY, readAll(reader));
            assertEquals(QueueEnd.State.CLEAN, reader.endState());
        }
    }

    @Test
    void damageOnTheFirstDayIsFoundThere() {
        final long damaged = PER_DAY - 10;
        final long[] span = DamagedJournals.recordSpan(queueDir, damaged);
        DamagedJournals.flipBit(files.get(0), span[1] + 16, 3);
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            final JournalFormatException e = assertThrows(JournalFormatException.class, () -> readAll(reader));
            assertEquals(damaged, e.recordNumber());
            assertEquals(JournalFormatException.Kind.CHECKSUM, e.kind());
        }
    }

    @Test
    void garbageAfterTheSecondDaysLastRecordIsDamage() {
        final long end = DamagedJournals.endOf(queueDir, 2 * PER_DAY - 1);
        DamagedJournals.overwrite(files.get(1), end + 5_000, new byte[] {3});
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            final JournalFormatException e = assertThrows(JournalFormatException.class, () -> readAll(reader));
            assertTrue(e.getMessage().contains("20251125F.cq4 has non-zero bytes at offset " + (end + 5_000)), e.getMessage());
            assertEquals(2 * PER_DAY, e.recordNumber());
        }
    }

    @Test
    void unfinishedRecordAtTheEndOfTheSecondDayIsTheEnd() {
        DamagedJournals.leaveUnfinishedRecord(queueDir, 2 * PER_DAY - 1, 12);
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            assertEquals(2 * PER_DAY, readAll(reader));
            assertEquals(QueueEnd.State.UNFINISHED, reader.endState());
        }
    }
}
