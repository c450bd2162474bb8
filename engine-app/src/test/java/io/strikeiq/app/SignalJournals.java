package io.strikeiq.app;

import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.signal.Signal;

import java.nio.file.Path;
import java.time.Instant;

/** Small signals queues written directly, for the tail and example tests. */
final class SignalJournals {
    /** 2026-11-24T09:15:03.120Z in ns since the epoch. */
    static final long EVENT_TIME = Instant.parse("2026-11-24T09:15:03.120Z").getEpochSecond() * 1_000_000_000L + 120_000_000L;
    /** 2026-11-24T10:00:00Z in ns since the epoch. */
    static final long EXPIRY = Instant.parse("2026-11-24T10:00:00Z").getEpochSecond() * 1_000_000_000L;

    private SignalJournals() {
    }

    static Signal signal(final long seq, final int engine, final int type, final int underlyingId, final long expiry,
                         final int direction, final double strength, final double confidence,
                         final double v1, final double v2, final double v3, final double v4) {
        final Signal s = new Signal();
        s.inputSequence = seq;
        s.eventTimeNanos = EVENT_TIME;
        s.engine = engine;
        s.signalType = type;
        s.underlyingId = underlyingId;
        s.expiryNanos = expiry;
        s.direction = (byte) direction;
        s.strength = strength;
        s.confidence = confidence;
        s.value1 = v1;
        s.value2 = v2;
        s.value3 = v3;
        s.value4 = v4;
        return s;
    }

    /** Appends {@code signals} to {@code journal}'s signals queue; returns their Chronicle indices. */
    static long[] write(final Path journal, final Signal... signals) {
        final long[] indices = new long[signals.length];
        try (OutputJournalWriter w = OutputJournalWriter.openSignals(journal)) {
            for (int i = 0; i < signals.length; i++) {
                indices[i] = w.append(signals[i]);
            }
        }
        return indices;
    }
}
