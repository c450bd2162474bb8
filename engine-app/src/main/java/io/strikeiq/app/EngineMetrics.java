package io.strikeiq.app;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.SummaryWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.Quantiles;
import io.strikeiq.counters.EngineCounters;
import io.strikeiq.counters.MetricName;
import io.strikeiq.wiring.JournaledEngine;
import io.strikeiq.pipeline.ServiceTimeProbe;
import io.strikeiq.pipeline.TimingHistogram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Registers one engine's metrics with a Prometheus registry: every counter of its counters file
 * (what {@code strikeiq stat} prints), under its {@link MetricName} (counters as counters, levels
 * as gauges, counters sharing a name told apart by their label), read at scrape time from the
 * mapped counters (at most one publish period old, never from the pipeline threads' fields);
 * and the tick-to-publish latency and, when measured, the analytics service time, as summaries
 * (p50, p99, p99.9 and max as quantile 1) over the whole run so far.
 */
final class EngineMetrics {
    /** The quantiles exposed: median, the two tails the benchmarks report, and the maximum. */
    static final double[] QUANTILES = {0.5, 0.99, 0.999, 1.0};

    private EngineMetrics() {
    }

    static void register(final PrometheusRegistry registry, final JournaledEngine engine) {
        registerCounters(registry, engine.counters());
        summary(registry, "strikeiq_tick_to_publish_latency_seconds",
            "Tick-to-publish latency per event (from its intended send time when the feed is paced), since the run started",
            engine.pipeline().latency().timings());
        final ServiceTimeProbe service = engine.pipeline().serviceTime();
        if (service != null) {
            summary(registry, "strikeiq_analytics_service_time_seconds",
                "Analytics stage work per event (derivation, engines, timers; no queueing), since the run started",
                service.timings());
        }
    }

    /** One Prometheus metric per distinct name; its data points are the counters registered under that name. */
    static void registerCounters(final PrometheusRegistry registry, final EngineCounters counters) {
        final Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < counters.size(); i++) {
            byName.computeIfAbsent(counters.metric(i).name(), k -> new ArrayList<>()).add(i);
        }
        for (final List<Integer> members : byName.values()) {
            final MetricName first = counters.metric(members.get(0));
            for (final int i : members) {
                final MetricName m = counters.metric(i);
                if (m.gauge() != first.gauge() || !java.util.Objects.equals(m.labelName(), first.labelName())) {
                    throw new IllegalStateException("counters named " + first.name() + " differ in kind or label: "
                        + counters.label(members.get(0)) + " / " + counters.label(i));
                }
            }
            final String help = "counters file: " + help(counters.label(members.get(0)), first);
            final String[] labelNames = first.labelName() == null ? new String[0] : new String[] {first.labelName()};
            if (first.gauge()) {
                GaugeWithCallback.builder().name(first.name()).help(help).labelNames(labelNames)
                    .callback(cb -> {
                        for (final int i : members) {
                            cb.call(counters.value(i), labelValues(counters.metric(i)));
                        }
                    }).register(registry);
            } else {
                CounterWithCallback.builder().name(first.name()).help(help).labelNames(labelNames)
                    .callback(cb -> {
                        for (final int i : members) {
                            cb.call(counters.value(i), labelValues(counters.metric(i)));
                        }
                    }).register(registry);
            }
        }
    }

    /** A summary whose count, sum and quantiles are those of {@code timings} since the start, in seconds. */
    static void summary(final PrometheusRegistry registry, final String name, final String help,
                        final TimingHistogram timings) {
        SummaryWithCallback.builder().name(name).help(help).callback(cb -> {
            final Histogram h = timings.sinceStart();
            final long n = h.getTotalCount();
            final List<Quantile> qs = new ArrayList<>(QUANTILES.length);
            if (n > 0) {
                for (final double q : QUANTILES) {
                    final long v = q >= 1.0 ? h.getMaxValue() : h.getValueAtPercentile(q * 100);
                    qs.add(new Quantile(q, v / 1e9));
                }
            }
            cb.call(n, n == 0 ? 0 : h.getMean() * n / 1e9, Quantiles.of(qs));
        }).register(registry);
    }

    /** The stat label without the label value it carries ("stage errors: journal" is "stage errors"). */
    private static String help(final String label, final MetricName metric) {
        if (metric.labelValue() == null) {
            return label;
        }
        final int at = label.lastIndexOf(metric.labelValue());
        final String base = at < 0 ? label : label.substring(0, at);
        return base.replaceAll("[:\\s]+$", "") + " (by " + metric.labelName() + ")";
    }

    private static String[] labelValues(final MetricName metric) {
        return metric.labelValue() == null ? new String[0] : new String[] {metric.labelValue()};
    }
}
