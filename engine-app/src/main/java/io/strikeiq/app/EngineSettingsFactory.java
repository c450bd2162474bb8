package io.strikeiq.app;

import io.strikeiq.analytics.MaxPainConfig;
import io.strikeiq.analytics.PcrConfig;
import io.strikeiq.pipeline.EngineSettings;
import io.strikeiq.pipeline.Preset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Builds the engine's {@link EngineSettings} from the application configuration. */
final class EngineSettingsFactory {
    private EngineSettingsFactory() {
    }

    static EngineSettings from(final AppConfig c, final Preset preset) {
        return new EngineSettings(preset, TimeUnit.MILLISECONDS.toNanos(c.getLong("pipeline.timer-interval-ms")),
            pcrConfig(c), maxPainConfig(c)).withFutures(Feeds.futuresConfig(c));
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
}
