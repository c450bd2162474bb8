package io.strikeiq.journal;

import io.strikeiq.testing.AllocationWindows;
import io.strikeiq.sbe.BuildUp;
import io.strikeiq.sbe.MaxPainSignalDecoder;
import io.strikeiq.sbe.OiWallBuildUpSignalDecoder;
import io.strikeiq.sbe.OiWallSide;
import io.strikeiq.sbe.PcrThresholdSignalDecoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import io.strikeiq.signal.SignalView;
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

    /** A signal of {@code type} with the given values (every header field distinct per record). */
    static Signal typed(final long inputSequence, final int engine, final int type, final byte direction,
                        final double v1, final double v2, final double v3, final double v4) {
        final Signal s = signal(inputSequence, direction);
        s.engine = engine;
        s.signalType = type;
        s.value1 = v1;
        s.value2 = v2;
        s.value3 = v3;
        s.value4 = v4;
        return s;
    }

    @Test
    void everyFamilyRoundTripsItsHeaderAndValues() {
        // One signal per family, values as the engines set them (classes, signs and counts are whole numbers).
        final double nan = Double.NaN;
        final Signal[] written = {
            typed(5, EngineId.PCR, SignalType.PCR_HIGH, (byte) 1, 1.312, 1.3, 13_120, 10_000),
            typed(6, EngineId.CHAIN_METRICS, SignalType.PCR_Z_EXTREME, (byte) -1, -2.5, 0.8, 1.1, 1e-300),
            typed(7, EngineId.MAX_PAIN, SignalType.MAX_PAIN_SHIFT, (byte) 0, 23_600, nan, 91_000_000, nan),
            typed(8, EngineId.GAMMA_EXPOSURE, SignalType.GAMMA_REGIME_CHANGE, (byte) 0, -1.5e9, -1, 23_480.5, 1),
            typed(9, EngineId.GAMMA_EXPOSURE, SignalType.GAMMA_FLIP_CROSS, (byte) 1, 23_500.25, 23_480.5, 2.5e8, 0),
            typed(10, EngineId.CHAIN_METRICS, SignalType.IV_REGIME_CHANGE, (byte) 0, 4, 2, 0.183, 97.5),
            typed(11, EngineId.CHAIN_METRICS, SignalType.OI_WALL_BUILDUP_SHIFT, (byte) -1, 23_700, 3, 2, 1),
            typed(12, EngineId.FUTURES, SignalType.TRIANGLE, (byte) 1, 24_101.5, 1, 0, nan),
        };
        // Root blocks by hand: the SignalHeader composite is 8+8+2+2+4+8+1+8+8 = 49 bytes, then the family's fields.
        final int[] blockLengths = {49 + 32, 49 + 32, 49 + 32, 49 + 8 + 1 + 8 + 1, 49 + 24 + 1, 49 + 1 + 1 + 16,
            49 + 8 + 1 + 1 + 1, 49 + 8 + 1 + 1};
        final int[] templates = {40, 41, 42, 43, 44, 45, 46, 47};
        final long[] indices = new long[written.length];
        try (OutputJournalWriter writer = OutputJournalWriter.openSignals(dir)) {
            for (int i = 0; i < written.length; i++) {
                indices[i] = writer.append(written[i]);
            }
        }
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            final Signal back = new Signal();
            for (int i = 0; i < written.length; i++) {
                assertTrue(reader.next());
                final Signal s = written[i];
                final SignalView d = reader.signal();
                assertEquals(i, reader.recordNumber());
                assertEquals(indices[i], reader.index());
                assertEquals(templates[i], reader.templateId());
                assertEquals(8 + blockLengths[i], reader.length(), "record length of " + d.family().name());
                assertEquals(s.inputSequence, d.inputSequence());
                assertEquals(s.eventTimeNanos, d.eventTime());
                assertEquals(s.engine, d.engine());
                assertEquals(s.signalType, d.signalType());
                assertEquals(s.underlyingId, d.underlyingId());
                assertEquals(s.expiryNanos, d.expiry());
                assertEquals(s.direction, d.directionRaw());
                assertEquals(s.strength, d.strength());
                assertEquals(s.confidence, d.confidence());
                d.copyTo(back);
                assertEquals(s.inputSequence, back.inputSequence);
                assertEquals(s.value1, back.value1, d.family().name() + " value1");
                assertEquals(s.value2, back.value2, d.family().name() + " value2");
                assertEquals(s.value3, back.value3, d.family().name() + " value3");
                assertEquals(s.value4, back.value4, d.family().name() + " value4");
                if (i == 0) {
                    final PcrThresholdSignalDecoder pcr = d.wrap(new PcrThresholdSignalDecoder());
                    assertEquals(13_120L, pcr.putOi());
                    assertEquals(10_000L, pcr.callOi());
                    assertEquals(1.3, pcr.threshold());
                    assertThrows(IllegalArgumentException.class, () -> d.wrap(new MaxPainSignalDecoder()));
                }
                if (i == 6) {
                    final OiWallBuildUpSignalDecoder wall = d.wrap(new OiWallBuildUpSignalDecoder());
                    assertEquals(BuildUp.SHORT_COVERING, wall.buildUp());
                    assertEquals(BuildUp.SHORT_BUILDUP, wall.previousBuildUp());
                    assertEquals(OiWallSide.RESISTANCE, wall.wall());
                    assertEquals(23_700.0, wall.strike());
                }
            }
            assertFalse(reader.next());
        }
    }

    @Test
    void aSignalTypeNoFamilyCarriesIsRejectedAndNothingIsAppended() {
        try (OutputJournalWriter writer = OutputJournalWriter.openSignals(dir)) {
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.append(typed(1, EngineId.PCR, 77, (byte) 0, 1, 2, 3, 4)));
            assertTrue(e.getMessage().contains("no signal family carries signal type TYPE_77"), e.getMessage());
            writer.append(signal(2, (byte) 1));
        }
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            assertTrue(reader.next());
            assertEquals(2, reader.signal().inputSequence());
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
