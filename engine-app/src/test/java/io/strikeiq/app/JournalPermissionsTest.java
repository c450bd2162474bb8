package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run started under umask 000 (everything world-writable by default) still leaves a journal
 * nobody but its owner can change: folders rwxr-x---, files rw-r-----, including the cycle files
 * and the instrument map that Chronicle created itself. The CLI runs in a child JVM started by
 * /bin/sh after {@code umask 000}, since a JVM cannot change its own umask.
 */
class JournalPermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void aRunUnderUmask000LeavesNothingGroupOrWorldWritable() throws IOException, InterruptedException {
        final Path journal = tmp.resolve("new").resolve("j");
        final List<String> java = new ArrayList<>();
        java.add(ProcessHandle.current().info().command().orElse("java"));
        java.add(Files.readString(Paths.get("engine-app", "target", "jvm.options")).trim());
        java.add("-cp");
        java.add(System.getProperty("java.class.path"));
        java.add(StrikeIq.class.getName());
        java.add("run --feed synthetic --journal " + journal + " --events 200000");
        final String script = "umask 000 && touch " + tmp.resolve("probe") + " && exec " + String.join(" ", java);
        final Path log = tmp.resolve("run.log");
        final Process p = new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the run must finish");
        assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        // The umask really was permissive: a plain file the shell created is world-writable.
        assertEquals("rw-rw-rw-", perms(tmp.resolve("probe")));

        final TreeMap<String, String> found = new TreeMap<>();
        try (Stream<Path> all = Files.walk(tmp.resolve("new"))) {
            all.forEach(f -> found.put(tmp.relativize(f).toString(), perms(f)));
        }
        assertTrue(found.containsKey("new/j/input/metadata.cq4t") && found.containsKey("new/j/instruments.cmap")
            && found.keySet().stream().anyMatch(k -> k.startsWith("new/j/input/") && k.endsWith(".cq4")), found.toString());
        found.forEach((path, perms) -> {
            final boolean folder = Files.isDirectory(tmp.resolve(path));
            assertEquals(folder ? "rwxr-x---" : "rw-r-----", perms, path);
        });
    }

    private static String perms(final Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (final IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
