package io.strikeiq.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders the engine creates get rwxr-x--- and the files Chronicle left behind are cut down to
 * rw-r-----, never widened; folders that already existed are not the engine's to change. The
 * "permissive umask" is simulated by giving files rwxrwxrwx first (a JVM cannot set its umask;
 * JournalPermissionsTest runs the CLI under a real umask 000).
 */
class FilePermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void createdFoldersGetOwnerAllGroupReadNothingForOthers() throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        FilePermissions.createDirectories(tmp.resolve("a").resolve("b"));
        assertEquals("rwxr-x---", perms(tmp.resolve("a")));
        assertEquals("rwxr-x---", perms(tmp.resolve("a").resolve("b")));
        assertEquals("rwxrwxrwx", perms(tmp), "an existing parent is left alone");
        // Idempotent on an existing folder, which keeps its permissions.
        Files.setPosixFilePermissions(tmp.resolve("a"), PosixFilePermissions.fromString("rwx------"));
        FilePermissions.createDirectories(tmp.resolve("a"));
        assertEquals("rwx------", perms(tmp.resolve("a")));
    }

    @Test
    void restrictJournalTightensQueueFoldersTheirFilesAndTheInstrumentMap() throws IOException {
        final Path journal = tmp.resolve("j");
        final Path input = Files.createDirectories(JournalLayout.inputQueue(journal));
        final Path output = Files.createDirectories(JournalLayout.signalsQueue(journal));
        final Path records = Files.createDirectories(JournalLayout.recordsQueue(journal));
        final Path recordsCycle = Files.writeString(records.resolve("20261124F.cq4"), "x");
        final Path cycle = Files.writeString(input.resolve("20261124F.cq4"), "x");
        final Path metadata = Files.writeString(output.resolve("metadata.cq4t"), "x");
        final Path map = Files.writeString(JournalLayout.instrumentsFile(journal), "x");
        final Path readOnly = Files.writeString(output.resolve("20261124F.cq4"), "x");
        for (final Path p : new Path[] {input, output, records, recordsCycle, cycle, metadata, map}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--------"));

        FilePermissions.restrictJournal(journal);

        assertEquals("rwxr-x---", perms(input));
        assertEquals("rwxr-x---", perms(output));
        assertEquals("rwxr-x---", perms(records));
        assertEquals("rw-r-----", perms(recordsCycle));
        assertEquals("rw-r-----", perms(cycle));
        assertEquals("rw-r-----", perms(metadata));
        assertEquals("rw-r-----", perms(map));
        assertEquals("r--------", perms(readOnly), "permissions are only ever removed");
    }

    @Test
    void aJournalWithoutQueuesIsNotAnError() throws IOException {
        FilePermissions.restrictJournal(tmp.resolve("never-written"));
    }

    private static String perms(final Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
