package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.journal.OutputJournalReader;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.SignalType;
import io.strikeiq.signal.SignalView;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §4's determinism contract through the real commands: a live run's output journal equals
 * its replay's, replays under different thread layouts equal each other, and a changed engine
 * parameter makes {@code verify} fail at exactly the first record that parameter can affect.
 */
class ReplayDeterminismTest {
    private static final String EVENTS = "400000";

    @TempDir
    static Path tmp;

    static Path live;

    @BeforeAll
    static void recordALiveRun() {
        live = tmp.resolve("live");
        final CliRunner r = CliRunner.run("run", "--feed", "synthetic", "--journal", live.toString(),
            "--events", EVENTS, "--preset", "throughput");
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(r.out.contains("400,000 published, 400,000 journaled"), r.out);
    }

    @Test
    void liveRunAndReplaysUnderEveryLayoutProduceIdenticalOutput() {
        final long signals = count(OutputJournalReader.openSignals(live));
        final long records = count(OutputJournalReader.openRecords(live));
        assertTrue(signals >= 3, "the run must produce signals for the comparison to mean anything: " + signals);
        assertTrue(records >= 3, "and records (snapshots ...), so both queues are compared: " + records);
        for (final String preset : new String[] {"compact", "balanced", "throughput"}) {
            final Path replay = tmp.resolve("replay-" + preset);
            final CliRunner r = CliRunner.run("replay", "--input", live.toString(), "--out", replay.toString(), "--preset", preset);
            assertEquals(0, r.exitCode, r.toString());
            final CliRunner v = CliRunner.run("verify", live.toString(), replay.toString());
            assertEquals(0, v.exitCode, v.toString());
            assertTrue(v.out.contains("identical: " + (signals + records) + " output records (" + signals + " signals, "
                + records + " records)"), v.out);
        }
        final CliRunner twice = CliRunner.run("verify", tmp.resolve("replay-compact").toString(), tmp.resolve("replay-balanced").toString());
        assertEquals(0, twice.exitCode, twice.toString());
    }

    @Test
    void changedEngineParameterFailsVerifyAtTheFirstRecordItAffects() {
        // Raising the upper PCR threshold can only change PCR_HIGH signals (and the NORMAL that
        // follows one); every record before the first PCR_HIGH of the recorded run is unaffected.
        final long expected = firstRecord(live, EngineId.PCR, SignalType.PCR_HIGH);
        assertTrue(expected >= 0, "the recorded run must contain a PCR_HIGH signal");
        final Path changed = tmp.resolve("changed");
        final CliRunner r = CliRunner.run("replay", "--input", live.toString(), "--out", changed.toString(),
            "--set", "pcr.upper=1.31");
        assertEquals(0, r.exitCode, r.toString());
        final CliRunner v = CliRunner.run("verify", live.toString(), changed.toString());
        assertEquals(1, v.exitCode, v.toString());
        assertTrue(v.out.contains("differ at signals/ record #" + expected + ":"), v.out + " (expected record #" + expected + ")");
    }

    private static long count(final OutputJournalReader queue) {
        long n = 0;
        try (OutputJournalReader reader = queue) {
            while (reader.next()) {
                n++;
            }
        }
        return n;
    }

    private static long firstRecord(final Path dir, final int engine, final int type) {
        try (OutputJournalReader reader = OutputJournalReader.openSignals(dir)) {
            while (reader.next()) {
                final SignalView s = reader.signal();
                if (s.engine() == engine && s.signalType() == type) {
                    return reader.recordNumber();
                }
            }
        }
        return -1;
    }
}
