package io.strikeiq.wiring;

import io.strikeiq.pipeline.FeedDriver;
import io.strikeiq.pipeline.Pipeline;
import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.ChainMetricsEngine;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.math.IvFlags;
import io.strikeiq.analytics.PcrEngine;
import io.strikeiq.analytics.SnapshotEngine;
import io.strikeiq.analytics.UnderlyingMetricsEngine;
import io.strikeiq.analytics.futures.FuturesSignalEngine;
import io.strikeiq.counters.EngineCounters;
import io.strikeiq.counters.MetricName;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.journal.JournalLock;
import io.strikeiq.signal.SignalListener;
import io.strikeiq.state.MarketState;
import java.nio.file.Path;

/**
 * The whole engine over one journal folder: input journal ‖ market state → engines → signals
 * and records queues, on a {@link Pipeline}; one writer per folder (see {@link JournalLock}). The CLI's run, demo and replay, the tests and the benchmarks
 * all build it the same way, so they measure and verify the same thing. Close it to drain the
 * ring and close the journals and the registry, in that order.
 */
public final class JournaledEngine implements AutoCloseable {
    static { io.strikeiq.journal.ChronicleDefaults.apply(); }
    /** How often the counters file is refreshed while the engine runs. */
    public static final long COUNTERS_PERIOD_MILLIS = 100;
    private final EngineComponents parts;
    private final Pipeline pipeline;
    private final EngineCounters counters;
    private volatile FeedDriver feed;
    private boolean closed;

    /**
     * Locks {@code journalDir}, opens its journals (creating them) and wires the pipeline; call
     * {@link #start()} before feeding.
     *
     * @throws io.strikeiq.journal.JournalLockedException when another writer has the folder
     */
    public JournaledEngine(final Path journalDir, final EngineSettings settings, final SignalListener... listeners) {
        this(new EngineComponents(journalDir, settings), settings, false, listeners);
    }

    /**
     * Opens the journals of the folder {@code lock} holds (the caller took it before preparing the
     * folder) and wires the pipeline; {@link #close()} releases the lock after the journals close.
     */
    public JournaledEngine(final JournalLock lock, final EngineSettings settings, final SignalListener... listeners) {
        this(lock, settings, false, listeners);
    }

    /**
     * As {@link #JournaledEngine(JournalLock, EngineSettings, SignalListener...)}, timing the analytics
     * stage's work per event when {@code measureServiceTime} ({@link Pipeline#serviceTime()}); the
     * output is the same either way.
     */
    public JournaledEngine(final JournalLock lock, final EngineSettings settings, final boolean measureServiceTime,
                           final SignalListener... listeners) {
        this(new EngineComponents(lock, settings), settings, measureServiceTime, listeners);
    }

    /** As {@link #JournaledEngine(Path, EngineSettings, SignalListener...)}, with service time when asked. */
    public JournaledEngine(final Path journalDir, final EngineSettings settings, final boolean measureServiceTime,
                           final SignalListener... listeners) {
        this(new EngineComponents(journalDir, settings), settings, measureServiceTime, listeners);
    }

    private JournaledEngine(final EngineComponents parts, final EngineSettings settings, final boolean measureServiceTime,
                            final SignalListener... listeners) {
        this.parts = parts;
        final Pipeline.Builder b = Pipeline.builder()
            .preset(settings.preset())
            .inputRecorder(parts.input()::append)
            .stateUpdater(parts.state()::apply)
            .timerIntervalNanos(settings.timerIntervalNanos())
            .measureServiceTime(measureServiceTime)
            // Routed by template: Signals to the signals queue, the record arena's records to the records queue.
            .signalRecorder(parts.signals()::append)
            .recordRecorder(parts.records()::appendEncoded);
        b.derivation(parts.derivation());
        for (final AnalyticsEngine engine : parts.engines()) {
            b.engine(engine);
        }
        for (final SignalListener l : listeners) {
            b.listener(l);
        }
        try {
            pipeline = b.build();
            counters = EngineCounters.create(parts.folder());
        } catch (final RuntimeException e) {
            parts.close();
            throw e;
        }
        registerCounters();
    }

    private void registerCounters() {
        counters.add("events in (published by the feed)", MetricName.counter("strikeiq_events_in"), () -> {
            final FeedDriver f = feed;
            return f == null ? 0 : f.published();
        });
        pipeline.registerCounters(counters);
        counters.add("snapshot records refused", MetricName.counter("strikeiq_snapshot_records_refused"), parts.snapshots()::refused);
        counters.add("snapshots finished early by the next boundary",
            MetricName.counter("strikeiq_snapshots_finished_early"), parts.snapshots()::finishedEarly);
        counters.add("snapshot rows dropped", MetricName.counter("strikeiq_snapshot_rows_dropped"), parts.snapshots()::rowsDropped);
        counters.add("futures records dropped", MetricName.counter("strikeiq_futures_records_dropped"), parts.futures()::recordsDropped);
        counters.add("unknown instrument events", MetricName.counter("strikeiq_unknown_instrument_events"),
            parts.state()::unknownInstrumentEvents);
        final LegDerivation derivation = parts.derivation();
        counters.add("iv solves", MetricName.counter("strikeiq_iv_solves"), derivation::ivSolves);
        counters.add("iv solves without an iv", MetricName.counter("strikeiq_iv_solves_failed"), derivation::ivFailures);
        for (int bit = 0; bit < IvFlags.BITS; bit++) {
            final int b = bit;
            counters.add("iv solves flagged " + IvFlags.name(bit),
                MetricName.counter("strikeiq_iv_solves_flagged").label("flag", IvFlags.name(bit)), () -> derivation.ivFlagged(b));
        }
    }

    /**
     * Starts the consumer threads and the counters publisher (every {@value #COUNTERS_PERIOD_MILLIS} ms
     * into {@code DIR/counters}) and returns the producer to feed them with.
     */
    public FeedDriver start() {
        pipeline.start();
        final FeedDriver driver = pipeline.feedDriver();
        feed = driver;
        counters.start(COUNTERS_PERIOD_MILLIS);
        return driver;
    }

    /** The counters this engine publishes into {@code DIR/counters}; metrics read them from here. */
    public EngineCounters counters() {
        return counters;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public EngineComponents components() {
        return parts;
    }

    public InstrumentRegistry registry() {
        return parts.registry();
    }

    public MarketState state() {
        return parts.state();
    }

    public PcrEngine pcr() {
        return parts.pcr();
    }

    public MaxPainEngine maxPain() {
        return parts.maxPain();
    }

    /** The derived per-leg state (IV, greeks, forwards, build-up classes). */
    public LegDerivation derivation() {
        return parts.derivation();
    }

    public UnderlyingMetricsEngine underlyingMetrics() {
        return parts.underlyingMetrics();
    }

    public ChainMetricsEngine chainMetrics() {
        return parts.chainMetrics();
    }

    public GammaExposureEngine gammaExposure() {
        return parts.gammaExposure();
    }

    public SnapshotEngine snapshots() {
        return parts.snapshots();
    }

    /** The futures signal chain (bars, bias, triangles); read its state after the pipeline has stopped. */
    public FuturesSignalEngine futures() {
        return parts.futures();
    }

    /** Drains the ring through every stage, then closes the journals and the registry and releases the folder lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            pipeline.close();
        } finally {
            try {
                counters.close(); // after the drain: the file's last values are exact
            } finally {
                parts.close();
            }
        }
        restrictPermissions();
    }

    /** Chronicle created the cycle files and the instrument map with the umask's permissions: tighten them. */
    private void restrictPermissions() {
        try {
            io.strikeiq.journal.FilePermissions.restrictJournal(parts.folder());
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot restrict the permissions of journal " + parts.folder().toAbsolutePath(), e);
        }
    }
}
