package io.strikeiq.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.wiring.JournaledEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per journal folder inside one JVM, where the OS lock does not tell threads apart:
 * {@code FileChannel.tryLock} throws {@code OverlappingFileLockException} for the second, which
 * must be the same refusal as another process holding it. (Two processes: the CLI's
 * {@code WriterLockTest} in engine-app.)
 */
class JournalLockTest {
    @TempDir
    Path tmp;

    @Test
    void twoWritersReleasedTogetherGetExactlyOneLock() throws Exception {
        final Path dir = tmp.resolve("j");
        final int contenders = 2;
        final CyclicBarrier start = new CyclicBarrier(contenders);
        final CyclicBarrier attempted = new CyclicBarrier(contenders);
        final ExecutorService pool = Executors.newFixedThreadPool(contenders);
        try {
            final List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                final String name = "contender " + i;
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    JournalLock lock = null;
                    String outcome;
                    try {
                        lock = JournalLock.acquire(dir, name);
                        outcome = "locked by " + name;
                    } catch (final JournalLockedException e) {
                        outcome = "refused: " + e.getMessage();
                    }
                    // Hold the lock until both have tried, so the loser cannot simply come second.
                    attempted.await(10, TimeUnit.SECONDS);
                    if (lock != null) {
                        lock.close();
                    }
                    return outcome;
                }));
            }
            final List<String> locked = new ArrayList<>();
            final List<String> refused = new ArrayList<>();
            for (final Future<String> f : outcomes) {
                final String o = f.get(30, TimeUnit.SECONDS);
                (o.startsWith("locked") ? locked : refused).add(o);
            }
            assertEquals(1, locked.size(), locked + " / " + refused);
            assertEquals(1, refused.size(), locked + " / " + refused);
            final String winner = locked.get(0).substring("locked by ".length());
            assertEquals("refused: journal folder " + dir + " is in use by another writer (pid "
                + ProcessHandle.current().pid() + ": " + winner + ", since ", refused.get(0).substring(0, refused.get(0).indexOf("since ") + 6));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReleasedLockCanBeTakenAgainAndItsNoteIsCleared() throws Exception {
        final Path dir = tmp.resolve("j");
        try (JournalLock first = JournalLock.acquire(dir, "first")) {
            assertEquals(dir, first.folder());
            assertTrue(Files.readString(dir.resolve(JournalLock.FILE_NAME), StandardCharsets.UTF_8)
                .startsWith("pid " + ProcessHandle.current().pid() + ": first, since "));
        }
        assertEquals("", Files.readString(dir.resolve(JournalLock.FILE_NAME), StandardCharsets.UTF_8));
        try (JournalLock second = JournalLock.acquire(dir, "second")) {
            assertTrue(Files.readString(dir.resolve(JournalLock.FILE_NAME), StandardCharsets.UTF_8).contains(": second, since "));
        }
    }

    @Test
    void anEngineOnAFolderInUseOpensNothing() {
        final Path dir = tmp.resolve("j");
        try (JournalLock held = JournalLock.acquire(dir, "holder")) {
            final JournalLockedException e = assertThrows(JournalLockedException.class,
                () -> new JournaledEngine(dir, EngineSettings.defaults()));
            assertEquals(dir, e.folder());
            assertTrue(e.getMessage().contains(": holder, since "), e.getMessage());
            assertFalse(Files.exists(JournalLayout.inputQueue(dir)), "no journal opened before the lock was refused");
        }
        // Released: the engine now opens the folder and holds it in turn.
        try (JournaledEngine engine = new JournaledEngine(dir, EngineSettings.defaults())) {
            assertTrue(Files.isDirectory(JournalLayout.inputQueue(dir)));
            assertThrows(JournalLockedException.class, () -> JournalLock.acquire(dir, "latecomer"));
        }
    }
}
