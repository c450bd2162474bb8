package io.strikeiq.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the real launcher main in a separate JVM, as {@code ./strikeiq} does (the parent pom's
 * JVM flags from {@code engine-app/target/jvm.options}), for tests that signal or kill it.
 */
final class ChildLauncher {
    private ChildLauncher() {
    }

    /** {@code strikeiq args...} with stdout and stderr both written to {@code log}. */
    static Process start(final Path log, final String... args) throws IOException {
        return new ProcessBuilder(command(StrikeIq.class, args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The command line of a JVM like the launcher's (same flags and class path) running {@code main} with {@code args}. */
    static List<String> command(final Class<?> main, final String... args) throws IOException {
        final List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(Arrays.asList(Files.readString(Paths.get("engine-app", "target", "jvm.options")).trim().split("\\s+")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
