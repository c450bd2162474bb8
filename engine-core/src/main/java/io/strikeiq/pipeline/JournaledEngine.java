package io.strikeiq.pipeline;

import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.analytics.PcrEngine;
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
        futures = new FuturesSignalEngine(settings.futures());
        final Pipeline.Builder b = Pipeline.builder()
            .preset(settings.preset())
            .inputRecorder(input::append)
            .stateUpdater(state::apply)
            .engine(pcr)
            .engine(maxPain)
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
