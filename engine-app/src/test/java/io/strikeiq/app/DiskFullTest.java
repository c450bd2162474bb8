package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real disk full: a run journals into a 64 MiB tmpfs until it is full. Chronicle's mapped write
 * past the space faults (SIGBUS, which the JVM turns into {@code InternalError}); the engine must
 * stop within seconds, print the summary with the error in one line and the journaled count, exit
 * 1 without a flood of stack traces, and leave an input journal that reads back cleanly up to the
 * last journaled event. Needs {@code mount -t tmpfs} (root, as in CI); skipped where not permitted.
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountSmallTmpfs() throws IOException, InterruptedException {
        mount = Files.createDirectories(tmp.resolve("small"));
        final Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.toString())
            .redirectErrorStream(true).start();
        final boolean done = p.waitFor(30, TimeUnit.SECONDS);
        final String why = new String(p.getInputStream().readAllBytes()).strip();
        mounted = done && p.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a 64 MiB tmpfs here (needs root): " + why);
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted) {
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskStopsTheRunWithinSecondsAndLeavesAReadableJournal() throws Exception {
        final Path journal = mount.resolve("j");
        final ChildCli run = ChildCli.start("run", "--feed", "synthetic", "--journal", journal.toString(), "--preset", "compact");
        final String out;
        final int code;
        try {
            run.awaitReady();
            run.release();
            code = run.waitFor(120);
            out = run.output();
        } finally {
            run.kill();
        }
        assertEquals(1, code, out);
        final Matcher m = Pattern.compile("events\\s+([\\d,]+) published, ([\\d,]+) journaled  \\(HALTED").matcher(out);
        assertTrue(m.find(), "the summary is printed:\n" + out);
        final long journaled = Long.parseLong(m.group(2).replace(",", ""));
        assertTrue(journaled > 100_000, "it ran until the disk was full: " + journaled);
        assertTrue(out.contains("  failure          "), out);
        assertTrue(out.contains("strikeiq run: stopped: ") && out.contains(String.format("; %,d events journaled in %s", journaled, journal)),
            out);
        assertTrue(!out.contains("\tat "), "no stack traces:\n" + out);
        assertTrue(out.length() < 20_000, "no flood of messages: " + out.length() + " chars");

        // Input journaled up to the failure reads back whole, numbered without a gap.
        assertEquals(journaled, JournalRecords.inputInSequence(journal));
    }
}
