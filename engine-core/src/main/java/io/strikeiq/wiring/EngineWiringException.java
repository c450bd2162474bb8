package io.strikeiq.wiring;

/** The engines cannot be wired as declared (a missing provider, a duplicate, a cycle); thrown at start-up. */
public final class EngineWiringException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineWiringException(final String message) {
        super(message);
    }
}
