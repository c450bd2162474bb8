package io.strikeiq.persistence;

import java.sql.SQLException;

/**
 * PostgreSQL could not be reached, refused the connection, or (embedded) could not be started
 * or found. The message is one line naming the URL (redacted, never the password) or the data
 * folder and the reason, fit to show a user as is.
 */
public final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(final DatabaseTarget target, final SQLException cause) {
        // The driver's reason may quote the URL (DriverManager's "No suitable driver found for <url>").
        super("cannot connect to " + target.redactedUrl() + ": "
            + firstLine(cause.getMessage()).replace(target.url(), target.redactedUrl()), cause);
    }

    /** {@code message} is already one line for the user; {@code cause} may be null. */
    public DatabaseUnavailableException(final String message, final Throwable cause) {
        super(firstLine(message), cause);
    }

    private static String firstLine(final String message) {
        if (message == null) {
            return "no reason given";
        }
        final int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
