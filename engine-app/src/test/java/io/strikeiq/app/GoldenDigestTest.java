package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.EngineVersion;
import io.strikeiq.feeds.dbn.Compression;
import io.strikeiq.feeds.dbn.OhlcvFileGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden digests: two recorded input journals checked in under {@code src/test/resources/golden}
 * (a synthetic options run and a DBN futures run) are replayed, and the SHA-256 of the replayed
 * output queues ({@link JournalDigest}) must equal the digests checked in beside them — so output
 * drift across machines, JVMs and code changes is caught, not only within one JVM. A changed
 * digest is a deliberate act: docs/OPERATIONS.md "Golden digests" gives the command that rewrites
 * them ({@code -Dstrikeiq.golden.rewrite=true}; {@code -Dstrikeiq.golden.record=true} records the
 * inputs afresh first). The digests carry the {@link EngineVersion} they were taken with: a
 * rewrite that changes a digest without a higher version fails, and so does a version bumped
 * without a rewrite, so an output change and its version bump always travel together.
 */
class GoldenDigestTest {
    private static final Path GOLDEN = Path.of("engine-app/src/test/resources/golden");
    private static final Path DIGESTS = GOLDEN.resolve("digests.properties");
    /** The {@link EngineVersion#CURRENT} the digests were taken with. */
    private static final String VERSION_KEY = "engine-version";
    /** Read once, before any rewrite of this run stores the new version. */
    private static final int RECORDED_VERSION = recordedVersion();
    private static final boolean RECORD = Boolean.getBoolean("strikeiq.golden.record");
    private static final boolean REWRITE = RECORD || Boolean.getBoolean("strikeiq.golden.rewrite");
    /** Short schedules so a small synthetic input crosses samples, windows, snapshots and debounces (the run has 15 signals, 2,289 records). */
    private static final List<String> SYNTHETIC_SETTINGS = List.of(
        "--set", "chain.sample-seconds=1", "--set", "chain.window-seconds=5", "--set", "chain.snapshot-seconds=2",
        "--set", "chain.debounce-seconds=2", "--set", "chain.pcr-z-min-samples=3", "--set", "chain.iv-min-samples=3",
        "--set", "chain.flip-seconds=1", "--set", "pcr.debounce-seconds=2", "--set", "maxpain.debounce-seconds=2");

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-options", "dbn-futures"})
    void replayedOutputMatchesTheCheckedInDigests(final String name, @TempDir final Path tmp) throws IOException {
        final Path input = GOLDEN.resolve(name + ".input.zst");
        if (RECORD) {
            record(name, tmp.resolve("recorded"), input);
        }
        final Path restored = tmp.resolve("restored");
        assertTrue(GoldenInputFile.restore(input, restored) > 0, "golden input has records: " + input);
        final Path out = tmp.resolve("replayed");
        final List<String> args = new ArrayList<>(List.of("replay", "--input", restored.toString(), "--out", out.toString(),
            "--preset", "compact"));
        if (name.equals("synthetic-options")) {
            args.addAll(SYNTHETIC_SETTINGS);
        }
        final CliRunner replay = CliRunner.run(args.toArray(new String[0]));
        assertEquals(0, replay.exitCode, replay.toString());
        final JournalDigest digest = JournalDigest.of(out);
        final Properties expected = load();
        final String signals = digest.signalsSha256() + " " + digest.signals();
        final String records = digest.recordsSha256() + " " + digest.records();
        final int recordedVersion = RECORDED_VERSION;
        if (REWRITE) {
            final boolean changed = !signals.equals(expected.getProperty(name + ".signals"))
                || !records.equals(expected.getProperty(name + ".records"));
            assertTrue(!changed || EngineVersion.CURRENT > recordedVersion || expected.getProperty(name + ".signals") == null,
                name + ": the output changed but EngineVersion.CURRENT (" + EngineVersion.CURRENT
                    + ") is not above the version the digests were taken with (" + recordedVersion
                    + "): bump it and say what changed in docs/OPERATIONS.md \"Engine version\"");
            expected.setProperty(name + ".signals", signals);
            expected.setProperty(name + ".records", records);
            store(expected);
            return;
        }
        assertEquals(recordedVersion, EngineVersion.CURRENT,
            "the golden digests were taken with engine version " + recordedVersion + ", this build is "
                + EngineVersion.CURRENT + ": rewrite them (docs/OPERATIONS.md \"Golden digests\")");
        assertEquals(expected.getProperty(name + ".signals"), signals,
            name + ": signals digest (a deliberate change? see docs/OPERATIONS.md \"Golden digests\")");
        assertEquals(expected.getProperty(name + ".records"), records,
            name + ": records digest (a deliberate change? see docs/OPERATIONS.md \"Golden digests\")");
        assertTrue(digest.signals() > 0 && digest.records() > 0, name + ": the golden run produces signals and records");
    }

    /** Runs the engine on the named feed and keeps its input journal as the golden input. */
    private static void record(final String name, final Path journal, final Path input) throws IOException {
        final List<String> args = new ArrayList<>(List.of("run", "--journal", journal.toString(), "--preset", "compact"));
        if (name.equals("synthetic-options")) {
            args.addAll(List.of("--feed", "synthetic", "--events", "150000", "--rate", "0"));
            args.addAll(SYNTHETIC_SETTINGS);
        } else {
            final Path file = journal.resolveSibling("golden.ohlcv-1m.dbn.zst");
            new OhlcvFileGenerator(29, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 9), "NQ", "ES")
                .write(file, Compression.ZSTD);
            args.addAll(List.of("--feed", "dbn:" + file));
        }
        final CliRunner run = CliRunner.run(args.toArray(new String[0]));
        assertEquals(0, run.exitCode, run.toString());
        GoldenInputFile.save(journal, input);
    }

    private static int recordedVersion() {
        try {
            return Integer.parseInt(load().getProperty(VERSION_KEY, "0"));
        } catch (final IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties load() throws IOException {
        final Properties p = new Properties();
        if (Files.exists(DIGESTS)) {
            try (InputStream in = Files.newInputStream(DIGESTS)) {
                p.load(in);
            }
        }
        return p;
    }

    /** Sorted, without the timestamp {@link Properties#store} adds, so a rewrite that changes nothing changes no byte. */
    private static synchronized void store(final Properties p) throws IOException {
        p.setProperty(VERSION_KEY, Integer.toString(EngineVersion.CURRENT));
        final StringBuilder sb = new StringBuilder("# SHA-256 and record count of each golden input's replayed output queues.\n"
            + "# Rewritten only deliberately: see docs/OPERATIONS.md \"Golden digests\".\n");
        for (final String key : new TreeSet<>(p.stringPropertyNames())) {
            sb.append(key).append('=').append(p.getProperty(key)).append('\n');
        }
        Files.writeString(DIGESTS, sb.toString(), StandardCharsets.US_ASCII);
    }
}
