package io.strikeiq.app;

/**
 * A configuration file, key or value the user gave is wrong; the message says which and why.
 * When the value came from the command line ({@code --set KEY=VALUE}) it is a usage error: the
 * CLI prints the usage too and exits 2; a bad configuration file exits 1.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean commandLine;

    public ConfigException(final String message) {
        this(message, false);
    }

    public ConfigException(final String message, final boolean commandLine) {
        super(message);
        this.commandLine = commandLine;
    }

    /** True when the offending value was given on the command line (a usage error). */
    public boolean isCommandLine() {
        return commandLine;
    }
}
