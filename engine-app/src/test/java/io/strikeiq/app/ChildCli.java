package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A {@code strikeiq} command in its own JVM (with the Chronicle flags, as {@link ShutdownTest}
 * starts one) that waits for a start signal on stdin: several children released together start
 * their commands at the same instant, which is how concurrent writers are tested for real
 * (an OS file lock does not tell threads of one JVM apart).
 */
final class ChildCli {
    private final Process process;
    private final BufferedReader output;
    private final StringBuilder captured = new StringBuilder();
    private Thread drainer;

    private ChildCli(final Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts a JVM that prints "ready", waits for {@link #release()} and then runs {@code args}. */
    static ChildCli start(final String... args) throws IOException {
        return new ChildCli(new ProcessBuilder(ChildLauncher.command(Main.class, args)).redirectErrorStream(true).start());
    }

    long pid() {
        return process.pid();
    }

    /** Blocks until the child JVM is up and waiting for its start signal. */
    void awaitReady() throws IOException {
        assertEquals("ready", output.readLine(), "child JVM did not start");
        drainer = new Thread(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    synchronized (captured) {
                        captured.append(line).append('\n');
                    }
                }
            } catch (final IOException ignored) {
                // The child is gone; what it printed is kept.
            }
        }, "child-output-" + process.pid());
        drainer.start();
    }

    /** The start signal. */
    void release() throws IOException {
        final OutputStream in = process.getOutputStream();
        in.write('\n');
        in.flush();
    }

    /** Waits for the command to finish and returns its exit code. */
    int waitFor(final long seconds) throws InterruptedException {
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "child did not finish within " + seconds + " s:\n" + output());
        drainer.join(10_000);
        return process.exitValue();
    }

    void kill() {
        process.destroyForcibly();
    }

    /** Everything the command printed (stdout and stderr). */
    String output() {
        synchronized (captured) {
            return captured.toString();
        }
    }

    /** The child's main: announce readiness, wait for the start signal, run the command line. */
    static final class Main {
        private Main() {
        }

        public static void main(final String[] args) throws IOException {
            System.out.println("ready");
            System.out.flush();
            if (System.in.read() < 0) {
                System.exit(3); // the test went away without releasing us
            }
            System.exit(StrikeIq.execute(args));
        }
    }
}
