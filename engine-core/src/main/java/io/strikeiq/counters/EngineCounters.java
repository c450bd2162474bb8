package io.strikeiq.counters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.errors.DistinctErrorLog;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;

/**
 * The engine's side of {@link CountersFile}: named sources registered once at start-up, then
 * copied into the mapped counters by one low-rate publisher thread. The pipeline threads keep
 * counting in plain {@code long} fields they own, so the hot path gains no atomic operation, no
 * allocation and no shared cache line; a value in the file is at most one period old, and
 * exact after {@link #close()} (which takes a last sample once the pipeline has drained).
 * Errors reach the {@link DistinctErrorLog} the same way: the publisher records each stage's
 * latest exception when it changes, so the log holds every distinct failure with its first and
 * last time, never the pipeline threads' work.
 */
public final class EngineCounters implements AutoCloseable {
    /** Type id of every engine counter (the drain, when it writes counters, takes another). */
    public static final int ENGINE_TYPE_ID = 1;

    private final CountersFile file;
    private final CountersManager manager;
    private final DistinctErrorLog errorLog;
    private final List<AtomicCounter> counters = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<MetricName> metrics = new ArrayList<>();
    /** The counters' values as the file held them when it was unmapped (readers after close see these). */
    private long[] finalValues;
    private final List<LongSupplier> sources = new ArrayList<>();
    private final List<Supplier<Throwable>> errorSources = new ArrayList<>();
    private final List<Throwable> lastErrors = new ArrayList<>();
    private Thread publisher;
    private boolean closed;

    private EngineCounters(final CountersFile file) {
        this.file = file;
        manager = new CountersManager(file.metadata(), file.values());
        errorLog = new DistinctErrorLog(file.errorLog(), SystemEpochClock.INSTANCE);
    }

    /** Creates the counters file of {@code journalDir} afresh (a run's counters start at zero). */
    public static EngineCounters create(final Path journalDir) {
        return new EngineCounters(CountersFile.create(journalDir));
    }

    /**
     * Registers a counter whose value is read from {@code source} at every sample (before
     * {@link #start}), exposed to metrics as {@code metric}.
     */
    public synchronized void add(final String label, final MetricName metric, final LongSupplier source) {
        counters.add(manager.newCounter(label, ENGINE_TYPE_ID));
        labels.add(label);
        metrics.add(metric);
        sources.add(source);
    }

    /** Registers a counter whose metric name is derived from its label ({@link MetricName#fromLabel}). */
    public synchronized void add(final String label, final LongSupplier source) {
        add(label, MetricName.fromLabel(label), source);
    }

    /** Counters registered so far. */
    public synchronized int size() {
        return counters.size();
    }

    /** The label (as {@code stat} prints it) of counter {@code i}, in registration order. */
    public synchronized String label(final int i) {
        return labels.get(i);
    }

    /** The metric name of counter {@code i}. */
    public synchronized MetricName metric(final int i) {
        return metrics.get(i);
    }

    /**
     * Counter {@code i} as the file holds it now (an acquire read of the value the publisher
     * released: at most one period old); after {@link #close()}, its last value. Any thread.
     */
    public synchronized long value(final int i) {
        return finalValues != null ? finalValues[i] : counters.get(i).getAcquire();
    }

    /** Registers a place whose latest exception goes into the error log when it changes. */
    public synchronized void addErrorSource(final Supplier<Throwable> latest) {
        errorSources.add(latest);
        lastErrors.add(null);
    }

    /** Copies every source into its counter and records new errors; the publisher calls it each period. */
    public synchronized void sample() {
        if (closed) {
            return;
        }
        for (int i = 0; i < counters.size(); i++) {
            counters.get(i).setRelease(sources.get(i).getAsLong());
        }
        for (int i = 0; i < errorSources.size(); i++) {
            final Throwable t = errorSources.get(i).get();
            if (t != null && t != lastErrors.get(i)) {
                lastErrors.set(i, t);
                errorLog.record(t);
            }
        }
    }

    /** Starts the daemon thread that samples every {@code periodMillis}. */
    public synchronized void start(final long periodMillis) {
        if (publisher != null || closed) {
            return;
        }
        publisher = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    Thread.sleep(periodMillis);
                }
            } catch (final InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }, "strikeiq-counters");
        publisher.setDaemon(true);
        publisher.start();
    }

    /** Stops the publisher, takes a last sample (call after the pipeline drained) and unmaps the file. */
    @Override
    public void close() {
        final Thread t;
        synchronized (this) {
            if (closed) {
                return;
            }
            t = publisher;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            sample();
            closed = true;
            finalValues = new long[counters.size()];
            for (int i = 0; i < finalValues.length; i++) {
                finalValues[i] = counters.get(i).getAcquire();
            }
            file.close();
        }
    }
}
