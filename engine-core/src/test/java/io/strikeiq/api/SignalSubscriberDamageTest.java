package io.strikeiq.api;

import io.strikeiq.journal.DamagedJournals;
import io.strikeiq.journal.JournalFormatException;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.QueueEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a subscriber (and so {@code tail}) sees of a damaged signal queue: a damaged record fails
 * its poll with one line and stays unconsumed; "nothing yet" is never an error while polling;
 * {@link SignalSubscriber#checkEnd()} tells a caller that expects no more records whether the end is
 * clean, a killed writer's unfinished record, records still arriving, or damage.
 */
class SignalSubscriberDamageTest {
    private static final int RECORDS = 2_000;
    private static final long DAMAGED = 777;

    @TempDir
    Path dir;

    private Path queueDir() {
        return JournalLayout.signalsQueue(dir);
    }

    private static int drain(final SignalSubscriber s, final long[] lastSequence) {
        int total = 0;
        for (int n; (n = s.poll((index, signal) -> lastSequence[0] = signal.inputSequence(), 256)) > 0; ) {
            total += n;
        }
        return total;
    }

    @Test
    void bitFlipFailsThePollAtThatRecordAndItStaysUnconsumed() {
        DamagedJournals.write(dir, DamagedJournals.Queue.SIGNALS, RECORDS);
        final long[] span = DamagedJournals.recordSpan(queueDir(), DAMAGED);
        DamagedJournals.flipBit(DamagedJournals.cycleFile(queueDir()), span[1] + 20, 0);
        try (SignalSubscriber s = SignalSubscriber.fromStart(dir)) {
            final long[] last = {-1};
            final JournalFormatException e = assertThrows(JournalFormatException.class, () -> drain(s, last));
            assertEquals(DAMAGED - 1, last[0], "every record before the damaged one was delivered");
            assertEquals(JournalFormatException.Kind.CHECKSUM, e.kind());
            assertEquals(DAMAGED, e.recordNumber());
            assertTrue(e.getMessage().startsWith("Journal " + queueDir().toAbsolutePath() + ", record #" + DAMAGED), e.getMessage());
            assertThrows(JournalFormatException.class, () -> s.poll((index, signal) -> { }, 1), "not skipped");
        }
    }

    @Test
    void cleanEndAndRecordsArrivingAfterThePoll() {
        DamagedJournals.write(dir, DamagedJournals.Queue.SIGNALS, RECORDS);
        try (SignalSubscriber s = SignalSubscriber.fromStart(dir)) {
            final long[] last = {-1};
            assertEquals(RECORDS, drain(s, last));
            assertEquals(QueueEnd.State.CLEAN, s.checkEnd());
            // A live writer appends after the subscriber caught up: not the end, read again.
            DamagedJournals.write(dir, DamagedJournals.Queue.SIGNALS, 10);
            assertEquals(QueueEnd.State.MORE, s.checkEnd());
            assertEquals(10, drain(s, last));
            assertEquals(QueueEnd.State.CLEAN, s.checkEnd());
        }
    }

    @Test
    void unfinishedLastRecordIsAWarningNotAnError() {
        DamagedJournals.write(dir, DamagedJournals.Queue.SIGNALS, RECORDS);
        DamagedJournals.leaveUnfinishedRecord(queueDir(), RECORDS - 1, 24);
        try (SignalSubscriber s = SignalSubscriber.fromStart(dir)) {
            final long[] last = {-1};
            assertEquals(RECORDS, drain(s, last));
            assertEquals(0, s.poll((index, signal) -> { }, 1), "while polling an unfinished record is just 'not yet'");
            assertEquals(QueueEnd.State.UNFINISHED, s.checkEnd());
            assertTrue(s.unfinishedWarning().contains("the last record is unfinished"), s.unfinishedWarning());
        }
    }

    @Test
    void garbageAfterTheLastRecordIsDamageAtTheEnd() {
        DamagedJournals.write(dir, DamagedJournals.Queue.SIGNALS, RECORDS);
        final long end = DamagedJournals.endOf(queueDir(), RECORDS - 1);
        DamagedJournals.overwrite(DamagedJournals.cycleFile(queueDir()), end + 10_000, new byte[] {(byte) 0xFF});
        try (SignalSubscriber s = SignalSubscriber.fromStart(dir)) {
            final long[] last = {-1};
            assertEquals(RECORDS, drain(s, last));
            final JournalFormatException e = assertThrows(JournalFormatException.class, s::checkEnd);
            assertTrue(e.getMessage().contains("non-zero bytes at offset " + (end + 10_000)), e.getMessage());
            assertEquals(RECORDS, e.recordNumber());
        }
    }

    /** The file cut while mapped: the poll faults (SIGBUS), which must come out as one JournalFormatException. */
    @Test
    void fileTruncatedUnderAnOpenSubscriberIsAJournalFormatExceptionNotAnInternalError() {
        DamagedJournals.write(dir, DamagedJournals.Queue.SIGNALS, RECORDS);
        final long[] span = DamagedJournals.recordSpan(queueDir(), DAMAGED);
        try (SignalSubscriber s = SignalSubscriber.fromStart(dir)) {
            final long[] last = {-1};
            assertEquals(10, s.poll((index, signal) -> last[0] = signal.inputSequence(), 10));
            DamagedJournals.truncate(DamagedJournals.cycleFile(queueDir()), span[1] / 4096 * 4096);
            final JournalFormatException e = assertThrows(JournalFormatException.class, () -> drain(s, last));
            assertTrue(e.getMessage().startsWith("Journal " + queueDir().toAbsolutePath() + ", "), e.getMessage());
            assertTrue(last[0] < DAMAGED, "nothing past the cut was delivered");
        }
    }
}
