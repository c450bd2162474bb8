package io.strikeiq.journal;

import io.strikeiq.signal.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalComparatorTest {
    @TempDir
    Path root;

    /** {@code count} signals (one of them changed) and 4 records. */
    private Path journal(final String name, final int count, final int changedRecord, final double changedStrength) {
        return journal(name, count, changedRecord, changedStrength, 4);
    }

    private Path journal(final String name, final int count, final int changedRecord, final double changedStrength,
                         final int records) {
        final Path dir = root.resolve(name);
        DamagedJournals.write(dir, DamagedJournals.Queue.RECORDS, records);
        try (OutputJournalWriter writer = OutputJournalWriter.openSignals(dir)) {
            for (int i = 0; i < count; i++) {
                final Signal s = OutputJournalTest.signal(i, (byte) 1);
                if (i == changedRecord) {
                    s.strength = changedStrength;
                }
                writer.append(s);
            }
        }
        return dir;
    }

    @Test
    void identicalJournals() {
        final JournalComparison c = JournalComparator.compareOutputs(journal("a", 50, -1, 0), journal("b", 50, -1, 0));
        assertTrue(c.identical());
        assertEquals(JournalComparison.Outcome.IDENTICAL, c.outcome());
        assertEquals(54, c.recordCount());
        assertEquals(50, c.signalCount());
        assertEquals(-1, c.firstDifference());
        assertNull(c.queue());
        assertEquals("identical: 54 records (50 in signals/, 4 in records/)", c.describe());
    }

    @Test
    void firstDifferingRecordIsReported() {
        final JournalComparison c = JournalComparator.compareOutputs(journal("a", 50, 17, 0.5), journal("b", 50, 17, 0.51));
        assertFalse(c.identical());
        assertEquals(JournalComparison.Outcome.RECORDS_DIFFER, c.outcome());
        assertEquals(17, c.firstDifference());
        assertEquals(17, c.recordCount());
        assertEquals("PCR_THRESHOLD signal", c.leftType());
        assertEquals("PCR_THRESHOLD signal", c.rightType());
        assertEquals("signals", c.queue());
        assertEquals("differ at signals/ record #17: left PCR_THRESHOLD signal, right PCR_THRESHOLD signal", c.describe());
    }

    @Test
    void differenceInTheLastBitIsFound() {
        final double x = 0.3;
        final JournalComparison c = JournalComparator.compareOutputs(
            journal("a", 3, 2, x), journal("b", 3, 2, Math.nextUp(x)));
        assertEquals(2, c.firstDifference());
    }

    @Test
    void shorterLeftJournal() {
        final JournalComparison c = JournalComparator.compareOutputs(journal("a", 10, -1, 0), journal("b", 12, -1, 0));
        assertEquals(JournalComparison.Outcome.LEFT_ENDED_EARLY, c.outcome());
        assertEquals(10, c.firstDifference());
        assertNull(c.leftType());
        assertEquals("PCR_THRESHOLD signal", c.rightType());
        assertEquals("differ at signals/ record #10: left ended after 10 records, right has PCR_THRESHOLD signal", c.describe());
    }

    @Test
    void shorterRightJournal() {
        final JournalComparison c = JournalComparator.compareOutputs(journal("a", 3, -1, 0), journal("b", 0, -1, 0));
        assertEquals(JournalComparison.Outcome.RIGHT_ENDED_EARLY, c.outcome());
        assertEquals(0, c.firstDifference());
        assertEquals("PCR_THRESHOLD signal", c.leftType());
        assertNull(c.rightType());
    }

    @Test
    void identicalSignalsButFewerRecordsNamesTheRecordsQueue() {
        final JournalComparison c = JournalComparator.compareOutputs(journal("a", 7, -1, 0, 6), journal("b", 7, -1, 0, 5));
        assertEquals(JournalComparison.Outcome.RIGHT_ENDED_EARLY, c.outcome());
        assertEquals("records", c.queue());
        assertEquals(5, c.firstDifference());
        assertEquals("Roll", c.leftType());
        assertEquals("differ at records/ record #5: right ended after 5 records, left has Roll", c.describe());
    }

    @Test
    void missingRecordsQueueIsAClearError() {
        final Path a = journal("a", 1, -1, 0);
        final Path b = root.resolve("b");
        try (OutputJournalWriter writer = OutputJournalWriter.openSignals(b)) {
            writer.append(OutputJournalTest.signal(0, (byte) 1));
        }
        final JournalNotFoundException e = assertThrows(JournalNotFoundException.class, () -> JournalComparator.compareOutputs(a, b));
        assertEquals(JournalLayout.recordsQueue(b), e.path());
    }

    @Test
    void missingSideIsAClearError() {
        final Path a = journal("a", 1, -1, 0);
        final JournalNotFoundException e = assertThrows(JournalNotFoundException.class,
            () -> JournalComparator.compareOutputs(a, root.resolve("typo")));
        assertTrue(e.getMessage().contains("typo"), e.getMessage());
    }
}
