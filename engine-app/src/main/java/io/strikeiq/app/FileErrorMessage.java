package io.strikeiq.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words what the file system refused. Java's exceptions name the file but put the
 * reason in the type ({@code AccessDeniedException: /x}), which reads as a crash on one line.
 */
final class FileErrorMessage {
    private FileErrorMessage() {
    }

    /**
     * {@code what: reason}, naming the refused file too when {@code what} does not already end
     * with it: "cannot create /x/j: permission denied", "cannot create /etc/hostname/j:
     * /etc/hostname exists and is not a folder".
     */
    static String describe(final String what, final FileSystemException e) {
        final String file = e.getFile();
        final boolean named = file == null || what.endsWith(file);
        return what + ": " + (named ? "" : file + (e instanceof FileAlreadyExistsException ? " " : ": ")) + reason(e);
    }

    private static String reason(final FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "exists and is not a folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        // The others (read-only file system, no space left on device, ...) carry the system's reason.
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
