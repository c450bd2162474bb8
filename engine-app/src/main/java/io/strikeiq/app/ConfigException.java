package io.strikeiq.app;

/** A configuration file, key or value the user gave is wrong; the message says which and why. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(final String message) {
        super(message);
    }
}
