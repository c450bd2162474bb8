package io.strikeiq.journal;

import io.strikeiq.testing.AllocationWindows;
import io.strikeiq.sbe.SignalDecoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputJournalTest {
    @TempDir
    Path dir;

    static Signal signal(final long inputSequence, final byte direction) {
        final Signal s = new Signal();
        s.inputSequence = inputSequence;
        s.eventTimeNanos = 1_795_000_000_000_000_000L + inputSequence;
        s.engine = EngineId.PCR;
        s.signalType = SignalType.PCR_HIGH;
        s.underlyingId = 7;
        s.expiryNanos = 1_795_500_000_000_000_000L;
        s.direction = direction;
        s.strength = 0.42;
        s.confidence = 0.6;
        s.value1 = 1.312;
        s.value2 = -2.5;
        s.value3 = Double.NaN;
        s.value4 = 1e-300;
        return s;
    }

    @Test
    void signalsRoundTripWithAllFields() {
        final Signal[] written = {signal(5, (byte) 1), signal(6, (byte) -1), signal(7, (byte) 0)};
        final long[] indices = new long[written.length];
        try (OutputJournalWriter writer = OutputJournalWriter.openSignals(dir)) {
            for (int i = 0; i < written.length; i++) {
                indices[i] = writer.append(written[i]);
            }
        }
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            for (int i = 0; i < written.length; i++) {
                assertTrue(reader.next());
                final Signal s = written[i];
                final SignalDecoder d = reader.signal();
                assertEquals(i, reader.recordNumber());
                assertEquals(indices[i], reader.index());
                assertEquals(SignalDecoder.TEMPLATE_ID, reader.templateId());
                assertEquals(OutputJournalWriter.RECORD_LENGTH, reader.length());
                assertEquals(s.inputSequence, d.inputSequence());
                assertEquals(s.eventTimeNanos, d.eventTime());
                assertEquals(s.engine, d.engine());
                assertEquals(s.signalType, d.signalType());
                assertEquals(s.underlyingId, d.underlyingId());
                assertEquals(s.expiryNanos, d.expiry());
                assertEquals(s.direction, d.directionRaw());
                assertEquals(s.strength, d.strength());
                assertEquals(s.confidence, d.confidence());
                assertEquals(s.value1, d.value1());
                assertEquals(s.value2, d.value2());
                assertEquals(s.value3, d.value3());
                assertEquals(s.value4, d.value4());
            }
            assertFalse(reader.next());
        }
    }

    @Test
    void invalidDirectionIsRejectedAndNothingIsAppended() {
        try (OutputJournalWriter writer = OutputJournalWriter.openSignals(dir)) {
            assertThrows(IllegalArgumentException.class, () -> writer.append(signal(1, (byte) 3)));
            writer.append(signal(2, (byte) 1));
        }
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            assertTrue(reader.next());
            assertEquals(2, reader.signal().inputSequence());
            assertFalse(reader.next());
        }
    }

    @Test
    void appendAllocatesNothingAfterWarmUp() {
        final Signal s = signal(0, (byte) 1);
        try (ChronicleQueue queue = JournalLayout.openSignalsForWriting(dir);
             OutputJournalWriter writer = new OutputJournalWriter(queue)) {
            final Runnable append = () -> {
                for (int i = 0; i < 20_000; i++) {
                    s.inputSequence++;
                    writer.append(s);
                }
            };
            AllocationWindows.assertReachesZeroAfter(8, "20,000 signal appends", 4, 20_000, append);
        }
    }
}
