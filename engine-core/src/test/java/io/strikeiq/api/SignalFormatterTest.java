package io.strikeiq.api;

import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignalFormatterTest {
    @TempDir
    Path dir;

    @Test
    void rendersOneReadableLinePerSignal() {
        final long eventTime = Instant.parse("2026-11-24T09:15:03.120Z").getEpochSecond() * 1_000_000_000L + 120_000_000L;
        final Signal s = new Signal();
        s.inputSequence = 1234;
        s.eventTimeNanos = eventTime;
        s.engine = EngineId.PCR;
        s.signalType = SignalType.PCR_HIGH;
        s.underlyingId = 1;
        s.expiryNanos = Instant.parse("2026-11-24T10:00:00Z").getEpochSecond() * 1_000_000_000L;
        s.direction = 1;
        s.strength = 0.4249;
        s.confidence = 0.6;
        s.value1 = 1.31204;
        s.value2 = 1.3;
        s.value3 = 13_120;
        s.value4 = 10_000;
        final Signal all = new Signal();
        all.underlyingId = 99;
        all.direction = -1;
        all.engine = EngineId.MAX_PAIN;
        all.signalType = SignalType.MAX_PAIN_SHIFT;
        final Signal wall = new Signal();
        wall.underlyingId = 1;
        wall.engine = EngineId.CHAIN_METRICS;
        wall.signalType = SignalType.OI_WALL_BUILDUP_SHIFT;
        wall.value1 = 23_700;
        wall.value2 = 3;
        wall.value3 = 2;
        wall.value4 = 1;
        try (OutputJournalWriter writer = OutputJournalWriter.openSignals(dir)) {
            writer.append(s);
            writer.append(all);
            writer.append(wall);
        }
        final SignalFormatter formatter = new SignalFormatter(id -> id == 1 ? "NIFTY" : null);
        final List<String> lines = new ArrayList<>();
        final StringBuilder line = new StringBuilder();
        final long[] number = {12};
        try (SignalSubscriber sub = SignalSubscriber.fromStart(dir)) {
            sub.poll((index, signal) -> lines.add(formatter.format(number[0]++, signal, line).toString()), 10);
        }
        assertEquals(List.of(
            "#12 2026-11-24T09:15:03.120Z seq=1234 pcr PCR_HIGH NIFTY exp=2026-11-24 BULLISH strength=0.42 conf=0.60"
                + " pcr=1.3120 threshold=1.3000 putOi=13120 callOi=10000",
            "#13 1970-01-01T00:00:00Z seq=0 max_pain MAX_PAIN_SHIFT u99 exp=all BEARISH strength=0.00 conf=0.00",
            "#14 1970-01-01T00:00:00Z seq=0 chain_metrics OI_WALL_BUILDUP_SHIFT NIFTY exp=all NEUTRAL strength=0.00"
                + " conf=0.00 strike=23700.0000 buildUp=SHORT_COVERING previousBuildUp=SHORT_BUILDUP wall=RESISTANCE"), lines);
    }
}
