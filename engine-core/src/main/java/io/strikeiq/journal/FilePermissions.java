package io.strikeiq.journal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Permissions of what the engine writes: folders {@code rwxr-x---}, files {@code rw-r-----},
 * whatever the process umask. A journal is evidence of what happened, so nobody but its owner
 * (and the owner's group, read-only) may change it. Folders are created with these permissions
 * explicitly; Chronicle creates its cycle and metadata files itself with the umask's
 * permissions, so {@link #restrictJournal} tightens them once a writer has closed. On a
 * file system without POSIX permissions (Windows) nothing is changed.
 */
public final class FilePermissions {
    /** {@code rwxr-x---}. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-x---");
    /** {@code rw-r-----}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r-----");

    private FilePermissions() {
    }

    /**
     * Like {@link Files#createDirectories}, but every folder it creates gets {@link #FOLDER};
     * folders that already exist are left as they are (they are not the engine's).
     */
    public static void createDirectories(final Path dir) throws IOException {
        final Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        final Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(absolute);
        } catch (final FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
            return; // created concurrently by someone else: theirs, not ours
        }
        set(absolute, FOLDER);
    }

    /**
     * Removes every permission beyond {@link #FOLDER} from the journal's queue folders, beyond
     * {@link #FILE} from the files in them and from the instrument map; never widens one.
     */
    public static void restrictJournal(final Path journalDir) throws IOException {
        restrictQueue(JournalLayout.inputQueue(journalDir));
        restrictQueue(JournalLayout.signalsQueue(journalDir));
        restrictQueue(JournalLayout.recordsQueue(journalDir));
        restrictFile(JournalLayout.instrumentsFile(journalDir));
    }

    /** The queue folder and the regular files directly in it (Chronicle writes no sub-folders). */
    public static void restrictQueue(final Path queueDir) throws IOException {
        if (!Files.isDirectory(queueDir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        retain(queueDir, FOLDER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(queueDir)) {
            for (final Path f : files) {
                restrictFile(f);
            }
        }
    }

    /** Removes every permission beyond {@link #FILE} from {@code file} if it is a regular file (not a link). */
    public static void restrictFile(final Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            retain(file, FILE);
        }
    }

    private static void retain(final Path path, final Set<PosixFilePermission> allowed) throws IOException {
        final PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        final Set<PosixFilePermission> current = view.readAttributes().permissions();
        final Set<PosixFilePermission> kept = current.isEmpty() ? EnumSet.noneOf(PosixFilePermission.class) : EnumSet.copyOf(current);
        kept.retainAll(allowed);
        if (!kept.equals(current)) {
            view.setPermissions(kept);
        }
    }

    private static void set(final Path path, final Set<PosixFilePermission> permissions) throws IOException {
        final PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }
}
