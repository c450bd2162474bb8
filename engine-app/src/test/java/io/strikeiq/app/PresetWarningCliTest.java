package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.pipeline.Preset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An explicit {@code --preset latency} warns in one stderr line when this machine cannot give each spinning thread a processor. */
class PresetWarningCliTest {
    @TempDir
    Path tmp;

    @Test
    void latencyWarnsOnAMachineWithTooFewProcessors() {
        final CliRunner r = CliRunner.run("run", "--feed", "synthetic", "--journal", tmp.resolve("j").toString(), "--events", "10",
            "--preset", "latency");
        assertEquals(0, r.exitCode, r.toString());
        final int cores = Runtime.getRuntime().availableProcessors();
        final String warning = "strikeiq run: warning: preset latency busy-spins " + Preset.LATENCY.busyThreads() + " threads but only "
            + cores + " processors are available";
        if (cores < Preset.LATENCY.busyThreads()) {
            assertTrue(r.err.startsWith(warning), r.toString());
            assertEquals(1, r.err.lines().filter(l -> l.contains("warning")).count(), r.toString());
        } else {
            assertFalse(r.err.contains("busy-spins"), r.toString());
        }
    }
}
