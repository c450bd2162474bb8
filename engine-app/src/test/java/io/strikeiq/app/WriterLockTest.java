package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.FeedDriver;
import io.strikeiq.wiring.JournaledEngine;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per journal folder, through the CLI: two runs started at the same instant on one
 * folder (two JVMs released together) leave exactly one run's events in the journal and the other
 * refused with one line naming the folder and the holder; {@code --force} never deletes a folder a
 * running engine holds.
 */
class WriterLockTest {
    @TempDir
    Path tmp;

    @Test
    void twoRunsStartedTogetherOnOneFolderExactlyOneWrites() throws Exception {
        final Path journal = tmp.resolve("j");
        final long events = 300_000;
        final String[] run = {"run", "--feed", "synthetic", "--journal", journal.toString(), "--events", String.valueOf(events),
            "--preset", "compact"};
        final ChildCli a = ChildCli.start(run);
        final ChildCli b = ChildCli.start(run);
        try {
            a.awaitReady();
            b.awaitReady();
            a.release();
            b.release();
            final int codeA = a.waitFor(120);
            final int codeB = b.waitFor(120);
            assertEquals(Set.of(0, 1), Set.of(codeA, codeB), "A:\n" + a.output() + "B:\n" + b.output());
            final ChildCli winner = codeA == 0 ? a : b;
            final ChildCli loser = codeA == 0 ? b : a;

            final String refusal = loser.output().strip();
            assertEquals(1, refusal.lines().count(), "one line:\n" + refusal);
            assertTrue(refusal.startsWith("strikeiq run: journal folder " + journal + " is in use by another writer (pid "
                + winner.pid() + ": strikeiq run, since "), refusal);
            assertTrue(refusal.endsWith("); stop it or choose another folder"), refusal);
            assertTrue(winner.output().contains("300,000 published, 300,000 journaled"), winner.output());
        } finally {
            a.kill();
            b.kill();
        }
        assertEquals(events, JournalRecords.inputInSequence(journal), "the winner's events, once each, in order");
    }

    @Test
    void forceNeverDeletesAFolderARunningEngineWrites() {
        final Path dir = tmp.resolve("live");
        final SyntheticMarket market = new SyntheticMarket(SyntheticConfig.defaults());
        try (JournaledEngine engine = new JournaledEngine(dir, EngineSettings.defaults())) {
            final FeedDriver driver = engine.start();
            assertEquals(1_000, driver.run(market, 1_000, 0));
            engine.pipeline().awaitDrained();

            for (final String[] args : new String[][] {
                {"run", "--feed", "synthetic", "--journal", dir.toString(), "--events", "10", "--force"},
                {"demo", "--journal", dir.toString(), "--events", "10", "--force"},
                {"demo", "--journal", dir.toString(), "--events", "10"}}) {
                final CliRunner r = CliRunner.run(args);
                assertEquals(1, r.exitCode, r.toString());
                final String expectedEnd = args[args.length - 1].equals("--force")
                    ? "; --force never deletes a folder in use" : "; stop it or choose another folder";
                assertTrue(r.err.startsWith("strikeiq " + args[0] + ": journal folder " + dir + " is in use by another writer (pid "
                    + ProcessHandle.current().pid() + ": StrikeIQ engine, since ") && r.err.strip().endsWith(expectedEnd), r.err);
                assertEquals(1, r.err.strip().lines().count(), r.err);
                assertTrue(!r.out.contains("deleting"), r.out);
            }
            // The engine carries on writing, its journal untouched.
            assertEquals(1_000, driver.run(market, 1_000, 0));
        }
        assertEquals(2_000, JournalRecords.inputInSequence(dir));
    }
}
