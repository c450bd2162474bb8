package io.strikeiq.app;

import io.strikeiq.event.EventSource;
import io.strikeiq.feeds.dbn.DbnEventSource;
import io.strikeiq.journal.FilePermissions;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.JournalLock;
import io.strikeiq.journal.JournalLockedException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prepares a folder that a run will journal into. A journal is a record of what happened, so
 * an existing non-empty folder is never written over silently: it is refused unless the user
 * said {@code --force} (or, for {@code demo}, unless it is itself a StrikeIQ journal), in which
 * case its contents are deleted first and the deletion is named on one line. The folder's
 * {@link JournalLock} is taken before anything is deleted and handed to the run, so a folder a
 * running engine writes to is never deleted or written by a second one; and a folder that is,
 * holds or lies inside the run's own input is refused outright. Folders it creates get
 * {@link FilePermissions#FOLDER} whatever the umask; one it cannot write to is refused up front.
 */
final class JournalFolder {
    /** A journal of the old layout (one output queue) is still a StrikeIQ journal that demo may clear. */
    private static final String OLD_OUTPUT_QUEUE = JournalLayout.OLD_OUTPUT_QUEUE;
    /** What a StrikeIQ journal folder may hold: its queues, registry, embedded database, subscriber positions, lock. */
    private static final Set<String> JOURNAL_ENTRIES = Set.of(JournalLayout.INPUT_QUEUE, JournalLayout.SIGNALS_QUEUE,
        JournalLayout.RECORDS_QUEUE, OLD_OUTPUT_QUEUE, JournalLayout.INSTRUMENTS_FILE, "pg", "subscribers", JournalLock.FILE_NAME,
        io.strikeiq.counters.CountersFile.FILE_NAME);

    private JournalFolder() {
    }

    /**
     * Locks {@code dir} for a run and empties it: a non-empty folder needs {@code force}.
     *
     * @param command who writes (for the lock holder note), e.g. {@code strikeiq run}
     * @param inputs what the run reads; the folder may not be, contain or lie inside any of them
     * @return the held lock, for {@link JournaledRun#execute}
     */
    static JournalLock prepare(final Path dir, final boolean force, final String command, final List<Path> inputs) {
        return lockAndClear(dir, force, false, command, inputs);
    }

    /** Like {@link #prepare}, but also clears a folder that is already a StrikeIQ journal without {@code force} (demo). */
    static JournalLock prepareReusingJournal(final Path dir, final boolean force, final String command) {
        return lockAndClear(dir, force, true, command, List.of());
    }

    /** The files a feed reads (DBN files), so that no journal folder swallows them. */
    static List<Path> inputsOf(final EventSource source) {
        final List<Path> files = new ArrayList<>();
        if (source instanceof DbnEventSource dbn) {
            for (int i = 0; i < dbn.fileCount(); i++) {
                files.add(dbn.file(i));
            }
        }
        if (source instanceof io.strikeiq.feeds.chain.ChainFileSource chain) {
            for (int i = 0; i < chain.fileCount(); i++) {
                files.add(chain.file(i));
            }
        }
        return files;
    }

    private static JournalLock lockAndClear(final Path dir, final boolean force, final boolean journalMayBeWiped,
                                            final String command, final List<Path> inputs) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(dir + " exists and is not a folder");
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            // access(2) W_OK: refused by the folder's permissions (never for root) or a read-only mount.
            throw new UserError("cannot write to folder " + dir + " (no write permission or a read-only file system)");
        }
        for (final Path input : inputs) {
            refuseOverlap(dir, input);
        }
        create(dir);
        // Refuse a plainly foreign folder before creating a lock file in it.
        if (!Files.exists(dir.resolve(JournalLock.FILE_NAME))) {
            refuseUnlessClearable(dir, contents(dir), force, journalMayBeWiped);
        }
        final JournalLock lock;
        try {
            lock = JournalLock.acquire(dir, command);
        } catch (final JournalLockedException e) {
            throw new UserError(e.getMessage() + (force ? "; --force never deletes a folder in use" : "; stop it or choose another folder"));
        } catch (final UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
        try {
            // Listed again under the lock: this is what is deleted.
            final List<Path> entries = contents(dir);
            refuseUnlessClearable(dir, entries, force, journalMayBeWiped);
            if (!entries.isEmpty()) {
                announce(System.out, dir, entries);
                delete(dir, entries);
            }
            return lock;
        } catch (final RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Creates {@code dir} (and missing parents) with {@link FilePermissions#FOLDER}; an existing folder is left as it is. */
    private static void create(final Path dir) {
        try {
            FilePermissions.createDirectories(dir);
        } catch (final FileSystemException e) {
            throw new UserError(FileErrorMessage.describe("cannot create " + dir, e));
        } catch (final IOException e) {
            throw new UserError("cannot create " + dir + ": " + e.getMessage());
        }
    }

    private static void refuseUnlessClearable(final Path dir, final List<Path> entries, final boolean force,
                                              final boolean journalMayBeWiped) {
        if (entries.isEmpty() || force) {
            return;
        }
        if (!journalMayBeWiped) {
            throw new UserError("output folder " + dir + " is not empty; choose another or add --force to delete its contents first");
        }
        if (!isJournal(entries)) {
            throw new UserError("folder " + dir + " is not a StrikeIQ journal (it holds " + names(entries)
                + "); only a journal folder is wiped: choose another or add --force to delete its contents");
        }
    }

    /** Refuses a journal folder that is, contains or lies inside {@code input} (real paths: symlinks and .. resolved). */
    private static void refuseOverlap(final Path dir, final Path input) {
        final Path out = realPath(dir);
        final Path in = realPath(input);
        final String relation = out.equals(in) ? "is" : in.startsWith(out) ? "contains" : out.startsWith(in) ? "lies inside" : null;
        if (relation != null) {
            throw new UserError("journal folder " + dir + " " + relation + " the input " + input
                + " (" + in + "); it would be written over or deleted: choose a folder outside it");
        }
    }

    /** The real path of {@code p}, also when it does not exist yet: its nearest existing ancestor resolved, the rest appended. */
    static Path realPath(final Path p) {
        Path existing = p.toAbsolutePath();
        final Deque<Path> missing = new ArrayDeque<>();
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing == null ? p.toAbsolutePath().getRoot() : existing.toRealPath();
        } catch (final IOException e) {
            throw new UserError("cannot resolve " + p + ": " + e.getMessage());
        }
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real.normalize();
    }

    /** Only queues, registry, database, subscriber positions and the lock, each of the right kind. */
    private static boolean isJournal(final List<Path> entries) {
        for (final Path p : entries) {
            final String name = p.getFileName().toString();
            if (!JOURNAL_ENTRIES.contains(name)) {
                return false;
            }
            if (name.equals(JournalLayout.INPUT_QUEUE) || name.equals(JournalLayout.SIGNALS_QUEUE)
                || name.equals(JournalLayout.RECORDS_QUEUE) || name.equals(OLD_OUTPUT_QUEUE)) {
                if (!Files.isDirectory(p) || !holdsOnlyQueueFiles(p)) {
                    return false;
                }
            } else if ((name.equals(JournalLayout.INSTRUMENTS_FILE) || name.equals(io.strikeiq.counters.CountersFile.FILE_NAME))
                && !Files.isRegularFile(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsOnlyQueueFiles(final Path queueDir) {
        try (Stream<Path> s = Files.list(queueDir)) {
            return s.allMatch(f -> Files.isRegularFile(f) && f.getFileName().toString().matches(".*\\.cq4t?"));
        } catch (final IOException e) {
            throw new UserError("cannot list " + queueDir + ": " + e.getMessage());
        }
    }

    /** Entries of {@code dir} other than the lock file, sorted by name; empty when it does not exist. */
    private static List<Path> contents(final Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals(JournalLock.FILE_NAME))
                .sorted(Comparator.comparing(p -> p.getFileName().toString())).collect(Collectors.toList());
        } catch (final FileSystemException e) {
            throw new UserError(FileErrorMessage.describe("cannot read folder " + dir, e));
        } catch (final IOException e) {
            throw new UserError("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static String names(final List<Path> entries) {
        return entries.stream().map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).collect(Collectors.joining(", "));
    }

    private static void announce(final PrintStream out, final Path dir, final List<Path> entries) {
        out.println((isJournal(entries) ? "deleting journal folder " + dir : "deleting the contents of " + dir)
            + " (" + names(entries) + ")");
    }

    private static void delete(final Path dir, final List<Path> entries) {
        for (final Path entry : entries) {
            try (Stream<Path> walk = Files.walk(entry)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (final IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (final IOException | UncheckedIOException e) {
                throw new UserError("cannot clear " + dir + ": " + e.getMessage());
            }
        }
    }
}
