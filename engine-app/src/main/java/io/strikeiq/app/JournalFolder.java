package io.strikeiq.app;

import io.strikeiq.journal.FilePermissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Prepares a folder that a run will journal into. A journal is a record of what happened, so
 * an existing non-empty folder is never written over silently: it is refused unless the user
 * said {@code --force}, in which case its contents are deleted first. Folders it creates get
 * {@link FilePermissions#FOLDER} whatever the umask; one it cannot write to is refused up front.
 */
final class JournalFolder {
    private JournalFolder() {
    }

    static void prepare(final Path dir, final boolean force, final String flagHint) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(dir + " exists and is not a folder");
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            // access(2) W_OK: refused by the folder's permissions (never for root) or a read-only mount.
            throw new UserError("cannot write to folder " + dir + " (no write permission or a read-only file system)");
        }
        if (isNonEmpty(dir)) {
            if (!force) {
                throw new UserError("output folder " + dir + " is not empty; choose another or add " + flagHint
                    + " to delete its contents first");
            }
            deleteContents(dir);
        }
        try {
            FilePermissions.createDirectories(dir);
        } catch (final FileSystemException e) {
            throw new UserError(FileErrorMessage.describe("cannot create " + dir, e));
        } catch (final IOException e) {
            throw new UserError("cannot create " + dir + ": " + e.getMessage());
        }
    }

    static boolean isNonEmpty(final Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (final FileSystemException e) {
            throw new UserError(FileErrorMessage.describe("cannot read folder " + dir, e));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteContents(final Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> {
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
