package io.strikeiq.app;

import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.strikeiq.app.SignalJournals.EXPIRY;
import static io.strikeiq.app.SignalJournals.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/examples/ColocatedTrader.java compiles against the engine's API (with javax.tools, on the
 * test class path) and, run over a small signals queue, prints every signal and its summary.
 */
class ColocatedTraderExampleTest {
    private static final Path EXAMPLE = example();

    /** The example in the repository, found from the module or the repository folder (whichever the tests run in). */
    private static Path example() {
        final Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            final Path candidate = dir.resolve("docs").resolve("examples").resolve("ColocatedTrader.java");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/examples/ColocatedTrader.java not found above " + module);
    }

    @TempDir
    Path tmp;

    @Test
    void exampleCompilesAndReadsASmallJournal() throws Exception {
        final Path classes = Files.createDirectories(tmp.resolve("classes"));
        final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            final boolean ok = javac.getTask(null, files, diagnostics,
                List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-Xlint:all", "-Werror"),
                null, files.getJavaFileObjects(EXAMPLE)).call();
            assertTrue(ok, "ColocatedTrader.java compiles: " + diagnostics.getDiagnostics());
        }

        final Path journal = tmp.resolve("j");
        final long[] index = SignalJournals.write(journal,
            signal(1, EngineId.PCR, SignalType.PCR_HIGH, 1, EXPIRY, 1, 0.2, 1.0, 1.31, 1.3, 13_100, 10_000),
            signal(2, EngineId.MAX_PAIN, SignalType.MAX_PAIN_SHIFT, 1, EXPIRY, 1, 0.5, 0.25, 23_600, 23_500,
                91_000_000, 156_000_000),
            signal(3, EngineId.PCR, SignalType.PCR_HIGH, 1, 0, 1, 0.5, 1.0, 1.45, 1.3, 14_500, 10_000));

        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final PrintStream oldOut = System.out;
        final PrintStream oldErr = System.err;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            final Method main = loader.loadClass("ColocatedTrader").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {journal.toString(), "example", "--no-follow"});
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(List.of(
            "#" + index[0] + " 2026-11-24T09:15:03.120Z seq=1 pcr PCR_HIGH NIFTY exp=2026-11-24 BULLISH strength=0.20"
                + " conf=1.00 pcr=1.3100 threshold=1.3000 putOi=13100 callOi=10000",
            "#" + index[1] + " 2026-11-24T09:15:03.120Z seq=2 max_pain MAX_PAIN_SHIFT NIFTY exp=2026-11-24 BULLISH"
                + " strength=0.50 conf=0.25 strike=23600.0000 previousStrike=23500.0000 pain=91000000.0000"
                + " previousPain=156000000.0000",
            "#" + index[2] + " 2026-11-24T09:15:03.120Z seq=3 pcr PCR_HIGH NIFTY exp=all BULLISH strength=0.50"
                + " conf=1.00 pcr=1.4500 threshold=1.3000 putOi=14500 callOi=10000"),
            out.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("stopped after record index " + index[2] + "; PCR_HIGH seen: 2, strongest 0.5, highest PCR 1.45",
            err.toString(StandardCharsets.UTF_8).strip());
        // Named: it remembered what it consumed beside the journal.
        assertTrue(Files.exists(tmp.resolve("subscribers").resolve("example.position")));
    }
}
