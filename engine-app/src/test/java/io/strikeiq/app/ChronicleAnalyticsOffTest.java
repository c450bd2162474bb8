package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.api.SignalSubscriber;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colocated process that only uses {@link SignalSubscriber}, started WITHOUT the launcher's
 * {@code -Dchronicle.analytics.disable=true}, must not phone home. Chronicle's analytics, when
 * enabled, write {@code $HOME/.chronicle.analytics.client.id} (and {@code .chronicle.analytics.last})
 * as they are built, before any event is sent, and log "Client id file ..." to stdout; so a HOME
 * with no {@code .chronicle*} file and a quiet stdout show the analytics were muted and no
 * request can have been made. (With the static initialiser in SignalSubscriber removed, the
 * client-id file appears: checked by hand.) Chronicle mutes itself when JUnit is on the class
 * path, so the child gets the test class path without JUnit; its host lookups go to an empty
 * hosts file, so even a failing run of this test never reaches a real DNS server.
 */
class ChronicleAnalyticsOffTest {
    @TempDir
    Path tmp;

    @Test
    void aSubscriberStartedWithoutTheFlagNeverTurnsAnalyticsOn() throws IOException, InterruptedException {
        final Path journal = tmp.resolve("j");
        final CliRunner run = CliRunner.run("run", "--feed", "synthetic", "--journal", journal.toString(), "--events", "200000");
        assertEquals(0, run.exitCode, run.toString());
        final long expectedSignals = countSignals(journal);
        assertTrue(expectedSignals > 0, "the run must have published signals to read");

        final Path home = Files.createDirectory(tmp.resolve("home"));
        final Path hosts = Files.writeString(tmp.resolve("hosts"), "");
        final List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (final String flag : Files.readString(Paths.get("engine-app", "target", "jvm.options")).trim().split("\\s+")) {
            if (!flag.startsWith("-Dchronicle.")) {
                cmd.add(flag); // the module opens only: no analytics or announcer switch
            }
        }
        cmd.add("-Duser.home=" + home);
        cmd.add("-Djdk.net.hosts.file=" + hosts);
        cmd.add("-cp");
        cmd.add(classPathWithoutJUnit());
        cmd.add(ColocatedSubscriberProbe.class.getName());
        cmd.add(journal.toString());
        assertFalse(cmd.stream().anyMatch(a -> a.contains("chronicle.analytics")), String.join(" ", cmd));
        final Path log = tmp.resolve("child.log");
        final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the subscriber process must finish");
        final String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);

        try (Stream<Path> files = Files.list(home)) {
            final List<String> chronicle = files.map(f -> f.getFileName().toString())
                .filter(n -> n.startsWith(".chronicle")).collect(Collectors.toList());
            assertEquals(List.of(), chronicle, "Chronicle analytics wrote to HOME");
        }
        assertTrue(output.contains("signals=" + expectedSignals + "\n"), "read every signal:\n" + output);
        assertTrue(output.contains("chronicle.analytics.disable=true\n"), "set by the project itself:\n" + output);
        assertFalse(output.contains("Client id file"), "Chronicle analytics were built:\n" + output);
    }

    private static long countSignals(final Path journal) {
        long n = 0;
        try (SignalSubscriber s = SignalSubscriber.fromStart(journal)) {
            int got;
            while ((got = s.poll((index, signal) -> { }, 1_000)) > 0) {
                n += got;
            }
        }
        return n;
    }

    /** Chronicle's analytics stay silent whenever org.junit.Test or JUnit 5's Test can be loaded. */
    private static String classPathWithoutJUnit() {
        final String cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(e -> !e.matches(".*(junit|opentest4j|apiguardian|surefire).*"))
            .collect(Collectors.joining(File.pathSeparator));
        assertFalse(cp.contains("junit"), cp);
        return cp;
    }
}
