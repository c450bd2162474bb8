package io.strikeiq.api;

import io.strikeiq.testing.AllocationWindows;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.JournalNotFoundException;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import io.strikeiq.signal.SignalView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalSubscriberTest {
    @TempDir
    Path dir;
    @TempDir
    Path positions;

    private OutputJournalWriter writer;
    private final Signal signal = new Signal();

    /** Collects input sequences and indices of delivered signals; preallocated, so polling it allocates nothing. */
    private static final class Collector implements SignalHandler {
        final long[] sequences = new long[1 << 16];
        final long[] indices = new long[1 << 16];
        int count;

        @Override
        public void onSignal(final long recordIndex, final SignalView s) {
            sequences[count] = s.inputSequence();
            indices[count] = recordIndex;
            count++;
        }

        long[] sequences() {
            final long[] out = new long[count];
            System.arraycopy(sequences, 0, out, 0, count);
            return out;
        }
    }

    @BeforeEach
    void openWriter() {
        writer = OutputJournalWriter.openSignals(dir);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    private long publish(final long inputSequence) {
        signal.clear();
        signal.inputSequence = inputSequence;
        signal.signalType = SignalType.PCR_HIGH;
        signal.direction = 1;
        return writer.append(signal);
    }

    private long[] publishRange(final long from, final long to) {
        final long[] indices = new long[(int) (to - from)];
        for (long s = from; s < to; s++) {
            indices[(int) (s - from)] = publish(s);
        }
        return indices;
    }

    @Test
    void fromStartDeliversEverythingInOrderThenFollowsNewRecords() {
        final long[] indices = publishRange(0, 5);
        try (SignalSubscriber sub = SignalSubscriber.fromStart(dir)) {
            final Collector c = new Collector();
            assertEquals(3, sub.poll(c, 3));
            assertEquals(2, sub.poll(c, 100));
            assertEquals(0, sub.poll(c, 100));
            publish(5);
            assertEquals(1, sub.poll(c, 100));
            assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5}, c.sequences());
            assertEquals(indices[0], c.indices[0]);
            assertEquals(indices[4], c.indices[4]);
            assertEquals(c.indices[5], sub.lastConsumedIndex());
        }
    }

    @Test
    void fromEndSeesOnlyNewRecords() {
        publishRange(0, 4);
        try (SignalSubscriber sub = SignalSubscriber.fromEnd(dir)) {
            final Collector c = new Collector();
            assertEquals(0, sub.poll(c, 100));
            publishRange(4, 6);
            assertEquals(2, sub.poll(c, 100));
            assertArrayEquals(new long[] {4, 5}, c.sequences());
        }
    }

    @Test
    void fromIndexStartsAtThatRecord() {
        final long[] indices = publishRange(0, 10);
        try (SignalSubscriber sub = SignalSubscriber.fromIndex(dir, indices[7])) {
            final Collector c = new Collector();
            assertEquals(3, sub.poll(c, 100));
            assertArrayEquals(new long[] {7, 8, 9}, c.sequences());
            assertEquals(indices[7], c.indices[0]);
        }
        assertThrows(IllegalArgumentException.class, () -> SignalSubscriber.fromIndex(dir, indices[9] + 100));
    }

    @Test
    void namedSubscriberResumesAfterItsLastRecordAcrossRestarts() {
        publishRange(0, 10);
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "trader-1", positions, StartPosition.START)) {
            final Collector c = new Collector();
            assertEquals(4, sub.poll(c, 4));
            assertArrayEquals(new long[] {0, 1, 2, 3}, c.sequences());
        }
        assertTrue(Files.exists(positions.resolve("trader-1.position")));
        publishRange(10, 12);
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "trader-1", positions, StartPosition.START)) {
            final Collector c = new Collector();
            assertEquals(8, sub.poll(c, 100));
            assertArrayEquals(new long[] {4, 5, 6, 7, 8, 9, 10, 11}, c.sequences());
        }
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "trader-1", positions, StartPosition.START)) {
            assertEquals(0, sub.poll(new Collector(), 100));
        }
        // A different name has its own position.
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "trader-2", positions, StartPosition.END)) {
            assertEquals(0, sub.poll(new Collector(), 100));
            publish(12);
            final Collector c = new Collector();
            assertEquals(1, sub.poll(c, 100));
            assertArrayEquals(new long[] {12}, c.sequences());
        }
    }

    @Test
    void aNameCanBeLiveOnlyOnce() {
        publish(0);
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "solo", positions, StartPosition.START)) {
            final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SignalSubscriber.named(dir, "solo", positions, StartPosition.START));
            assertTrue(e.getMessage().contains("already running"), e.getMessage());
            assertEquals(1, sub.poll(new Collector(), 10));
        }
        assertThrows(IllegalArgumentException.class, () -> SignalSubscriber.named(dir, "../escape", positions, StartPosition.START));
    }

    @Test
    void aRecordWhoseHandlerThrowsIsDeliveredAgain() {
        publishRange(0, 3);
        final Collector c = new Collector();
        final SignalHandler failOnOne = (index, s) -> {
            if (s.inputSequence() == 1) {
                throw new IllegalStateException("handler failed");
            }
            c.onSignal(index, s);
        };
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "retry", positions, StartPosition.START)) {
            assertThrows(IllegalStateException.class, () -> sub.poll(failOnOne, 10));
            assertArrayEquals(new long[] {0}, c.sequences());
            // Same process: the next poll starts again at the record that failed.
            assertThrows(IllegalStateException.class, () -> sub.poll(failOnOne, 10));
            assertArrayEquals(new long[] {0}, c.sequences());
        }
        // Next run: record 1 was never consumed, so it comes first.
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "retry", positions, StartPosition.START)) {
            assertEquals(2, sub.poll(c, 10));
            assertArrayEquals(new long[] {0, 1, 2}, c.sequences());
        }
    }

    @Test
    void subscriberNeverWritesToTheJournal() throws Exception {
        publishRange(0, 3);
        final long sizeBefore;
        try (java.util.stream.Stream<Path> files = Files.list(JournalLayout.signalsQueue(dir))) {
            sizeBefore = files.count();
        }
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "ro", positions, StartPosition.START)) {
            sub.poll(new Collector(), 10);
        }
        try (java.util.stream.Stream<Path> files = Files.list(JournalLayout.signalsQueue(dir))) {
            assertEquals(sizeBefore, files.count());
        }
        assertThrows(JournalNotFoundException.class, () -> SignalSubscriber.fromStart(dir.resolve("nope")));
        assertFalse(Files.exists(dir.resolve("nope")));
    }

    @Test
    void pollAllocatesNothingAfterWarmUp() {
        final int batch = 10_000;
        final Collector c = new Collector();
        try (SignalSubscriber sub = SignalSubscriber.named(dir, "alloc", positions, StartPosition.START)) {
            final long[] next = {0};
            final Runnable publishAndPoll = () -> {
                c.count = 0;
                for (int i = 0; i < batch; i++) {
                    publish(next[0]++);
                    if (sub.poll(c, 8) != 1) {
                        throw new AssertionError("expected one signal");
                    }
                }
            };
            // The measured thread also appends; the writer's own test shows appends allocate nothing.
            AllocationWindows.assertReachesZeroAfter(10, "10,000 publishes and polls", 4, 10_000, publishAndPoll);
            assertEquals(next[0] - 1, c.sequences[c.count - 1]);
        }
    }
}
