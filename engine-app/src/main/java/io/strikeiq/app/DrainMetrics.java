package io.strikeiq.app;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.strikeiq.counters.CountersFileException;
import io.strikeiq.counters.CountersView;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.persistence.DrainProgress;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Registers a drain's metrics with a Prometheus registry, read at scrape time from the
 * {@link DrainProgress} the drain thread publishes after each batch: per queue its position
 * (Chronicle index of the last committed record), records committed and lag, and the rows
 * written per table, batches and retries. The lag of a queue is what the engine wrote to it
 * (its count in the journal's counters file, live while the engine runs) less what the drain has
 * committed; it is absent while the folder has no readable counters file.
 */
final class DrainMetrics {
    private DrainMetrics() {
    }

    static void register(final PrometheusRegistry registry, final Path journal, final Supplier<DrainProgress> progress) {
        GaugeWithCallback.builder().name("strikeiq_drain_position").labelNames("queue")
            .help("Chronicle index of the last record the drain committed, per queue (-1: none)")
            .callback(cb -> {
                final DrainProgress p = progress.get();
                for (int q = 0; q < p.queues().size(); q++) {
                    cb.call(p.committedIndex().get(q), p.queues().get(q));
                }
            }).register(registry);
        CounterWithCallback.builder().name("strikeiq_drain_records_committed").labelNames("queue")
            .help("Records committed to the database, per queue, counted from the queue's start")
            .callback(cb -> {
                final DrainProgress p = progress.get();
                for (int q = 0; q < p.queues().size(); q++) {
                    cb.call(p.committedRecords().get(q), p.queues().get(q));
                }
            }).register(registry);
        GaugeWithCallback.builder().name("strikeiq_drain_lag_records").labelNames("queue")
            .help("Records the engine wrote to a queue (DIR/counters) that the drain has not committed yet")
            .callback(cb -> {
                final DrainProgress p = progress.get();
                final CountersView engine = engineCounters(journal);
                if (engine == null) {
                    return;
                }
                for (int q = 0; q < p.queues().size(); q++) {
                    final long written = engine.value(engineLabel(p.queues().get(q)));
                    if (written >= 0) {
                        cb.call(Math.max(0, written - p.committedRecords().get(q)), p.queues().get(q));
                    }
                }
            }).register(registry);
        CounterWithCallback.builder().name("strikeiq_drain_rows_written").labelNames("table")
            .help("Rows this drain inserted, per table (rows already present are not counted)")
            .callback(cb -> {
                for (final Map.Entry<String, Long> e : progress.get().rowsInserted().entrySet()) {
                    cb.call(e.getValue(), e.getKey());
                }
            }).register(registry);
        CounterWithCallback.builder().name("strikeiq_drain_batches").help("Batches this drain committed")
            .callback(cb -> cb.call(progress.get().batches())).register(registry);
        CounterWithCallback.builder().name("strikeiq_drain_retries").help("Failed batch attempts this drain retried")
            .callback(cb -> cb.call(progress.get().retries())).register(registry);
    }

    /** The engine counter that counts what goes into queue {@code queue}. */
    static String engineLabel(final String queue) {
        switch (queue) {
            case JournalLayout.INPUT_QUEUE: return "events journaled";
            case JournalLayout.SIGNALS_QUEUE: return "signals written";
            case JournalLayout.RECORDS_QUEUE: return "records written";
            default: return queue;
        }
    }

    private static CountersView engineCounters(final Path journal) {
        try {
            return CountersView.read(journal);
        } catch (final CountersFileException | java.io.UncheckedIOException e) {
            return null;
        }
    }
}
