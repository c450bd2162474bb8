package io.strikeiq.pipeline;

/**
 * How the four stages are mapped onto consumer threads. Every layout keeps the same ordering
 * guarantees: state before analytics before publish, and journal before publish.
 */
public enum ThreadLayout {
    /** journal ‖ state → analytics → publish: four consumer threads (DESIGN §3 as drawn). */
    PARALLEL(4),
    /** journal ‖ (state → analytics → publish fused): two consumer threads. */
    JOURNAL_BESIDE_FUSED(2),
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
