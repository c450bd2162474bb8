package io.strikeiq.pipeline;

/**
 * How the four stages are mapped onto consumer threads. Every layout keeps the same ordering
 * guarantees (state before analytics before publish, journal before publish) and so produces
 * the same output journal; they differ only in speed and in how many cores they need.
 */
public enum ThreadLayout {
    /**
     * journal ‖ (state → analytics) → publish: three consumer threads. State and analytics
     * share a thread because engines read the state the event left behind: a separate state
     * thread could already have applied later events (a data race, and output that would depend
     * on thread timing instead of the input).
     */
    PARALLEL(3),
    /** journal → (state → analytics → publish): two consumer threads working on consecutive events. */
    PIPELINED(2),
    /** journal → state → analytics → publish on one consumer thread. */
    SINGLE_THREAD(1);

    private final int consumerThreads;

    ThreadLayout(final int consumerThreads) {
        this.consumerThreads = consumerThreads;
    }

    public int consumerThreads() {
        return consumerThreads;
    }
}
