package io.strikeiq.counters;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one counter of the counters file is exposed as a Prometheus metric: a snake_case name
 * starting {@code strikeiq_} (a counter's without the {@code _total} suffix the exposition adds),
 * whether it is a counter (only grows during a run) or a gauge (goes up and down), and at most one
 * label that tells apart counters sharing a name (the stage of "stage errors", the engine of
 * "engine errors").
 *
 * @param labelName null when the metric has no label
 * @param labelValue the label's value; null exactly when {@code labelName} is
 */
public record MetricName(String name, boolean gauge, String labelName, String labelValue) {
    private static final Pattern NAME = Pattern.compile("strikeiq_[a-z0-9_]*[a-z0-9]");
    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9_]*");

    public MetricName {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches() || !gauge && name.endsWith("_total")) {
            throw new IllegalArgumentException("not a strikeiq_ metric name (counters without _total): " + name);
        }
        if ((labelName == null) != (labelValue == null) || labelName != null && !LABEL.matcher(labelName).matches()) {
            throw new IllegalArgumentException("label needs a snake_case name and a value: " + labelName + "=" + labelValue);
        }
    }

    /** A counter: monotonic during one run. */
    public static MetricName counter(final String name) {
        return new MetricName(name, false, null, null);
    }

    /** A gauge: a level that may fall. */
    public static MetricName gauge(final String name) {
        return new MetricName(name, true, null, null);
    }

    /** This metric with the label {@code labelName="labelValue"}. */
    public MetricName label(final String labelName, final String labelValue) {
        return new MetricName(name, gauge, labelName, Objects.requireNonNull(labelValue, "labelValue"));
    }

    /**
     * The name a plain label derives when its registration names none: {@code strikeiq_} and
     * the label's words in snake_case, parenthesised remarks dropped ("events in (published by
     * the feed)" is {@code strikeiq_events_in}); a counter.
     */
    public static MetricName fromLabel(final String label) {
        final String words = label.replaceAll("\\(.*?\\)", " ").toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        final String base = "strikeiq_" + (words.isEmpty() ? "counter" : words);
        return counter(base.endsWith("_total") ? base.substring(0, base.length() - "_total".length()) : base);
    }
}
