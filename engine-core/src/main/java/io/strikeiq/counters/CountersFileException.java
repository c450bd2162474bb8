package io.strikeiq.counters;

/** A counters file that is missing or not one this version reads; the message is one line for the user. */
public final class CountersFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CountersFileException(final String message) {
        super(message);
    }
}
