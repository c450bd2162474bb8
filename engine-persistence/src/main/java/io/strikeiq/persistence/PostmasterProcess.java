package io.strikeiq.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds and stops a PostgreSQL postmaster by pid. A pid from a stale {@code postmaster.pid} may
 * since have gone to another program, so a pid counts as the server of a data folder only when
 * {@code /proc/<pid>/cmdline} is a {@code postgres} executable started with {@code -D} that
 * folder. Stopping sends SIGTERM ({@link ProcessHandle#destroy()}: PostgreSQL's smart shutdown,
 * which lets open sessions finish) and waits; it never kills.
 */
final class PostmasterProcess {
    private PostmasterProcess() {
    }

    /** The live postmaster {@code pid} serving {@code dataDir} (absolute), if it is one. */
    static Optional<ProcessHandle> serving(final long pid, final Path dataDir) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> servesDataDir(h.pid(), dataDir));
    }

    /** What runs as {@code pid} now, for messages ("nothing" when no process has it). */
    static String describe(final long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
            .map(h -> "pid " + pid + " is now " + h.info().command().orElse("another program"))
            .orElse("pid " + pid + " is not running");
    }

    private static boolean servesDataDir(final long pid, final Path dataDir) {
        final String[] argv;
        try {
            argv = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                .split("\0");
        } catch (final IOException e) {
            return false; // gone meanwhile, or not ours to read
        }
        if (argv.length < 3 || !Path.of(argv[0]).getFileName().toString().equals("postgres")) {
            return false;
        }
        for (int i = 1; i + 1 < argv.length; i++) {
            if (argv[i].equals("-D")) {
                return resolve(pid, argv[i + 1]).equals(dataDir.toAbsolutePath().normalize());
            }
        }
        return false;
    }

    private static Path resolve(final long pid, final String dir) {
        final Path p = Path.of(dir);
        if (p.isAbsolute()) {
            return p.normalize();
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).resolve(p).normalize();
        } catch (final IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** SIGTERM, then waits up to {@code wait} for the process to exit; true if it did. */
    static boolean stop(final ProcessHandle postmaster, final Duration wait) {
        postmaster.destroy();
        try {
            postmaster.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (final TimeoutException e) {
            return !postmaster.isAlive();
        } catch (final ExecutionException e) {
            return !postmaster.isAlive();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return !postmaster.isAlive();
        }
    }
}
