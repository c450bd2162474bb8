package io.strikeiq.pipeline;

/**
 * Identifies a pipeline stage in error counters, thread names and reports. Ordinals are the
 * order in which a fused thread runs them.
 */
public enum Stage {
    JOURNAL("journal"),
    STATE("state"),
    ANALYTICS("analytics"),
    PUBLISH("publish");

    private final String label;

    Stage(final String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
