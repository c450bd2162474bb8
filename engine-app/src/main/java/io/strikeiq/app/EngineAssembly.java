package io.strikeiq.app;

import io.strikeiq.analytics.MaxPainConfig;
import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.analytics.PcrConfig;
import io.strikeiq.analytics.PcrEngine;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.state.MarketState;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The engine's state and analytics, built from configuration: the instrument registry
 * (persisted beside the journals so other processes can resolve ids), the market state and
 * every engine. One assembly per run; close it after the pipeline.
 */
final class EngineAssembly implements AutoCloseable {
    final InstrumentRegistry registry;
    final MarketState state;
    final PcrEngine pcr;
    final MaxPainEngine maxPain;

    EngineAssembly(final AppConfig config, final Path registryFile) {
        registry = registryFile == null ? new InstrumentRegistry() : new InstrumentRegistry(registryFile);
        state = new MarketState(registry);
        pcr = new PcrEngine(state, pcrConfig(config));
        maxPain = new MaxPainEngine(state, maxPainConfig(config));
    }

    static PcrConfig pcrConfig(final AppConfig c) {
        final String scope = c.get("pcr.scope").toLowerCase(Locale.ROOT);
        final PcrConfig.Scope s;
        if (scope.equals("total")) {
            s = PcrConfig.Scope.TOTAL;
        } else if (scope.equals("per-expiry")) {
            s = PcrConfig.Scope.PER_EXPIRY;
        } else {
            throw new ConfigException(c.origin() + ": pcr.scope must be total or per-expiry, got '" + scope + "'");
        }
        try {
            return new PcrConfig(c.getDouble("pcr.upper"), c.getDouble("pcr.lower"), c.getDouble("pcr.hysteresis"),
                TimeUnit.SECONDS.toNanos(c.getLong("pcr.debounce-seconds")), c.getLong("pcr.min-total-oi"), s,
                c.getBoolean("pcr.contrarian"));
        } catch (final IllegalArgumentException e) {
            throw new ConfigException(c.origin() + ": PCR settings: " + e.getMessage());
        }
    }

    static MaxPainConfig maxPainConfig(final AppConfig c) {
        try {
            return new MaxPainConfig(TimeUnit.SECONDS.toNanos(c.getLong("maxpain.debounce-seconds")),
                c.getLong("maxpain.min-total-oi"), (int) c.getLong("maxpain.full-strength-steps"));
        } catch (final IllegalArgumentException e) {
            throw new ConfigException(c.origin() + ": max pain settings: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        registry.close();
    }
}
