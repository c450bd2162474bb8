package io.strikeiq.app;

/**
 * A problem with what the user asked for (a path, a flag value, a non-empty output folder):
 * printed as one line, exit code 1, no stack trace.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(final String message) {
        super(message);
    }
}
