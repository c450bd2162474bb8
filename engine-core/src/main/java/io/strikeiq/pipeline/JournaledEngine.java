package io.strikeiq.pipeline;

import io.strikeiq.analytics.ChainMetricsEngine;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.analytics.OptionGreeksEngine;
import io.strikeiq.analytics.PcrEngine;
import io.strikeiq.analytics.SnapshotEngine;
import io.strikeiq.analytics.UnderlyingMetricsEngine;
import io.strikeiq.analytics.futures.FuturesSignalEngine;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.journal.InputJournalWriter;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.signal.SignalListener;
import io.strikeiq.state.MarketState;
import java.nio.file.Path;

/**
 * The whole engine over one journal folder: input journal ‖ market state → engines → output
 * journal, on a {@link Pipeline}. The CLI's run, demo and replay, the tests and the benchmarks
 * all build it the same way, so they measure and verify the same thing. Close it to drain the
 * ring and close the journals and the registry, in that order.
 */
public final class JournaledEngine implements AutoCloseable {
    private final InputJournalWriter input;
    private final OutputJournalWriter output;
    private final InstrumentRegistry registry;
    private final MarketState state;
    private final PcrEngine pcr;
    private final MaxPainEngine maxPain;
    private final OptionGreeksEngine greeks;
    private final UnderlyingMetricsEngine underlyingMetrics;
    private final ChainMetricsEngine chainMetrics;
    private final GammaExposureEngine gammaExposure;
    private final SnapshotEngine snapshots;
    private final Pipeline pipeline;
    // Futures signal chain.
    private final FuturesSignalEngine futures;
    private boolean closed;

    /**
     * Opens the journals in {@code journalDir} (creating them) and wires the pipeline; call
     * {@link #start()} before feeding.
     */
    public JournaledEngine(final Path journalDir, final EngineSettings settings, final SignalListener... listeners) {
        input = InputJournalWriter.open(journalDir);
        try {
            output = OutputJournalWriter.open(journalDir);
            registry = new InstrumentRegistry(JournalLayout.instrumentsFile(journalDir));
        } catch (final RuntimeException e) {
            input.close();
            throw e;
        }
        state = new MarketState(registry);
        pcr = new PcrEngine(state, settings.pcr());
        maxPain = new MaxPainEngine(state, settings.maxPain());
        // Options chain engines, in dependency order: greeks write the legs the others read.
        greeks = new OptionGreeksEngine(state, settings.chain());
        underlyingMetrics = new UnderlyingMetricsEngine(state, settings.chain());
        chainMetrics = new ChainMetricsEngine(state, settings.chain(), greeks, underlyingMetrics);
        gammaExposure = new GammaExposureEngine(state, settings.chain(), greeks);
        snapshots = new SnapshotEngine(state, settings.chain(), pcr, maxPain, greeks, underlyingMetrics, chainMetrics,
            gammaExposure);
        futures = new FuturesSignalEngine(settings.futures());
        final Pipeline.Builder b = Pipeline.builder()
            .preset(settings.preset())
            .inputRecorder(input::append)
            .stateUpdater(state::apply)
            .engine(pcr)
            .engine(maxPain)
            .engine(greeks)
            .engine(underlyingMetrics)
            .engine(chainMetrics)
            .engine(gammaExposure)
            .engine(snapshots)
            // Futures signal chain: only reacts to 1-minute bars and future definitions.
            .engine(futures)
            .timerIntervalNanos(settings.timerIntervalNanos())
            .signalRecorder(output::append)
            .recordRecorder(output::appendEncoded);
        for (final SignalListener l : listeners) {
            b.listener(l);
        }
        pipeline = b.build();
    }

    /** Starts the consumer threads and returns the producer to feed them with. */
    public FeedDriver start() {
        pipeline.start();
        return pipeline.feedDriver();
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public InstrumentRegistry registry() {
        return registry;
    }

    public MarketState state() {
        return state;
    }

    public PcrEngine pcr() {
        return pcr;
    }

    public MaxPainEngine maxPain() {
        return maxPain;
    }

    public OptionGreeksEngine greeks() {
        return greeks;
    }

    public UnderlyingMetricsEngine underlyingMetrics() {
        return underlyingMetrics;
    }

    public ChainMetricsEngine chainMetrics() {
        return chainMetrics;
    }

    public GammaExposureEngine gammaExposure() {
        return gammaExposure;
    }

    public SnapshotEngine snapshots() {
        return snapshots;
    }

    /** The futures signal chain (bars, bias, triangles); read its state after the pipeline has stopped. */
    public FuturesSignalEngine futures() {
        return futures;
    }

    /** Drains the ring through every stage, then closes the journals and the registry. */
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
                output.close();
            } finally {
                try {
                    input.close();
                } finally {
                    registry.close();
                }
            }
        }
    }
}
