package io.strikeiq.wiring;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.ChainMetricsEngine;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.analytics.PcrEngine;
import io.strikeiq.analytics.SnapshotEngine;
import io.strikeiq.analytics.UnderlyingMetricsEngine;
import io.strikeiq.analytics.futures.FuturesSignalEngine;
import io.strikeiq.analytics.futures.IngestRunEchoEngine;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.state.MarketState;

/**
 * The composition root of the analytics: builds the derived per-leg state and every engine over
 * one market state, each given the engines it declares it reads, and puts them in the order
 * {@link EngineOrder} computes from those declarations. The pipeline, the benchmarks' baselines
 * and the engine tests all run this same set, through the same analytics stage.
 */
public final class EngineSet {
    private final LegDerivation derivation;
    private final PcrEngine pcr;
    private final MaxPainEngine maxPain;
    private final UnderlyingMetricsEngine underlyingMetrics;
    private final ChainMetricsEngine chainMetrics;
    private final GammaExposureEngine gammaExposure;
    private final SnapshotEngine snapshots;
    private final FuturesSignalEngine futures;
    private final IngestRunEchoEngine ingestRunEcho;
    private final AnalyticsEngine[] order;

    public EngineSet(final MarketState state, final EngineSettings settings) {
        derivation = new LegDerivation(state, settings.chain());
        pcr = new PcrEngine(state, settings.pcr());
        maxPain = new MaxPainEngine(state, settings.maxPain());
        underlyingMetrics = new UnderlyingMetricsEngine(state, settings.chain());
        chainMetrics = new ChainMetricsEngine(state, settings.chain(), derivation, underlyingMetrics);
        gammaExposure = new GammaExposureEngine(state, settings.chain(), derivation);
        snapshots = new SnapshotEngine(state, settings.chain(), pcr, maxPain, derivation, underlyingMetrics,
            chainMetrics, gammaExposure);
        futures = new FuturesSignalEngine(settings.futures());
        ingestRunEcho = new IngestRunEchoEngine(futures);
        // Registration order breaks ties between independent engines: it fixes the order of signals in an event.
        order = EngineOrder.of(pcr, maxPain, underlyingMetrics, chainMetrics, gammaExposure, snapshots, futures,
            ingestRunEcho);
    }

    /** Every engine, in the order the analytics stage runs them. */
    public AnalyticsEngine[] engines() {
        return order.clone();
    }

    /** The derived per-leg state the analytics stage runs before the engines. */
    public LegDerivation derivation() {
        return derivation;
    }

    public PcrEngine pcr() {
        return pcr;
    }

    public MaxPainEngine maxPain() {
        return maxPain;
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
}
