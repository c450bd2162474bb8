package io.strikeiq.wiring;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.ChainMetricsEngine;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.analytics.PcrEngine;
import io.strikeiq.analytics.SnapshotEngine;
import io.strikeiq.analytics.UnderlyingMetricsEngine;
import io.strikeiq.analytics.futures.FuturesSignalEngine;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.journal.InputJournalWriter;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.JournalLock;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.state.MarketState;
import java.nio.file.Path;

/**
 * Everything the engine computes with, apart from how events reach it: the journals of one
 * folder (input, signals, records), the instrument registry, the market state and every analytics engine, in the order
 * they run. {@link JournaledEngine} puts them on the Disruptor; the benchmarks' queue baseline
 * puts the very same set behind an ArrayBlockingQueue, so both do identical work. The folder's
 * {@link JournalLock} is held from before the journals open until after they close: one writer
 * per folder.
 */
public final class EngineComponents implements AutoCloseable {
    private final JournalLock lock;
    private final InputJournalWriter input;
    private final OutputJournalWriter signals;
    private final OutputJournalWriter records;
    private final InstrumentRegistry registry;
    private final MarketState state;
    private final EngineSet engines;
    private boolean closed;

    /**
     * Locks {@code journalDir}, then opens (creating) its journals and registry and builds the engines.
     *
     * @throws io.strikeiq.journal.JournalLockedException when another writer has the folder
     */
    public EngineComponents(final Path journalDir, final EngineSettings settings) {
        this(JournalLock.acquire(journalDir, "StrikeIQ engine"), settings);
    }

    /**
     * Opens (creating) the journals and the registry of the folder {@code lock} holds, and builds
     * the engines. Takes over the lock: {@link #close()} releases it after the journals close (and
     * so does a failure here).
     */
    public EngineComponents(final JournalLock lock, final EngineSettings settings) {
        this.lock = lock;
        final Path journalDir = lock.folder();
        try {
            input = InputJournalWriter.open(journalDir);
        } catch (final RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            signals = OutputJournalWriter.openSignals(journalDir);
        } catch (final RuntimeException e) {
            input.close();
            lock.close();
            throw e;
        }
        try {
            records = OutputJournalWriter.openRecords(journalDir);
            registry = new InstrumentRegistry(JournalLayout.instrumentsFile(journalDir));
        } catch (final RuntimeException e) {
            signals.close();
            input.close();
            lock.close();
            throw e;
        }
        state = new MarketState(registry);
        engines = new EngineSet(state, settings);
    }

    /** Every engine, in the order the analytics stage must run them. */
    public AnalyticsEngine[] engines() {
        return engines.engines();
    }

    /** The derived per-leg state the analytics stage runs before the engines. */
    public LegDerivation derivation() {
        return engines.derivation();
    }

    /** The engine set (composition of the analytics). */
    public EngineSet engineSet() {
        return engines;
    }

    public InputJournalWriter input() {
        return input;
    }

    /** Writer of the signals queue: Signal records only. */
    public OutputJournalWriter signals() {
        return signals;
    }

    /** Writer of the records queue: every other output record (the record arena's). */
    public OutputJournalWriter records() {
        return records;
    }

    public InstrumentRegistry registry() {
        return registry;
    }

    /** The journal folder these components write (the one the lock holds). */
    public Path folder() {
        return lock.folder();
    }

    public MarketState state() {
        return state;
    }

    public PcrEngine pcr() {
        return engines.pcr();
    }

    public MaxPainEngine maxPain() {
        return engines.maxPain();
    }

    public UnderlyingMetricsEngine underlyingMetrics() {
        return engines.underlyingMetrics();
    }

    public ChainMetricsEngine chainMetrics() {
        return engines.chainMetrics();
    }

    public GammaExposureEngine gammaExposure() {
        return engines.gammaExposure();
    }

    public SnapshotEngine snapshots() {
        return engines.snapshots();
    }

    /** The futures signal chain (bars, bias, triangles); read its state after the pipeline has stopped. */
    public FuturesSignalEngine futures() {
        return engines.futures();
    }

    /** Closes the journals and the registry (after whoever fed the engines has drained), then releases the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            try {
                signals.close();
            } finally {
                records.close();
            }
        } finally {
            try {
                input.close();
            } finally {
                try {
                    registry.close();
                } finally {
                    lock.close();
                }
            }
        }
    }
}
