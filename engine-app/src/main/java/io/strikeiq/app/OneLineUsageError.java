package io.strikeiq.app;

/**
 * A usage error that is fully told by its message, such as a metrics port that cannot be
 * used: exit code 2 like picocli's usage errors, but one line and no usage text after it. The
 * message already names the command.
 */
final class OneLineUsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OneLineUsageError(final String message) {
        super(message);
    }
}
