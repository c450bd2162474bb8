package io.strikeiq.pipeline;

/**
 * The pipeline's stop-the-world flag for failures that make going on pointless or wrong: the
 * input journal cannot take another record (disk full, a failed mapping), or the output journal
 * cannot. The first failure wins and is kept for the report; the feed stops at its next event,
 * and the publish stage publishes nothing for an input at or after {@link #firstUnjournaled()},
 * so no signal ever exists whose input is missing from the input journal.
 *
 * <p>Stages read it on every event: both reads are single volatile field reads, no allocation.
 */
public final class PipelineHalt {
    private volatile boolean halted;
    private volatile long firstUnjournaled = Long.MAX_VALUE;
    private String reason;
    private Throwable cause;

    /** The input journal failed to append the event with input sequence {@code inputSequence}. */
    void inputFailed(final long inputSequence, final Throwable cause) {
        halt(inputSequence, inputSequence, "input journal append failed at input seq ", cause);
    }

    /** The output journal failed to append a record of input {@code inputSequence}. */
    void outputFailed(final long inputSequence, final Throwable cause) {
        halt(Long.MAX_VALUE, inputSequence, "output journal append failed at input seq ", cause);
    }

    private synchronized void halt(final long unjournaled, final long inputSequence, final String what,
                                   final Throwable cause) {
        if (unjournaled < firstUnjournaled) {
            firstUnjournaled = unjournaled;
        }
        if (!halted) {
            reason = what + inputSequence + ": " + oneLine(cause);
            this.cause = cause;
            halted = true;
        }
    }

    /** True once a failure stopped the pipeline. */
    public boolean halted() {
        return halted;
    }

    /** Input sequence of the first event the input journal did not take; {@code Long.MAX_VALUE} while it takes all. */
    public long firstUnjournaled() {
        return firstUnjournaled;
    }

    /** One line saying what failed, or {@code null} while nothing has. */
    public synchronized String reason() {
        return reason;
    }

    /** The exception that halted the pipeline, or {@code null} while nothing has. */
    public synchronized Throwable cause() {
        return cause;
    }

    private static String oneLine(final Throwable t) {
        final String text = t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
