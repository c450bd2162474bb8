package io.strikeiq.app;

import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.GexConvention;
import io.strikeiq.analytics.MaxPainConfig;
import io.strikeiq.analytics.PcrConfig;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.Preset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Builds the engine's {@link EngineSettings} from the application configuration. */
final class EngineSettingsFactory {
    private EngineSettingsFactory() {
    }

    /**
     * Builds every engine's and feed's settings once and throws them away: settings that do not
     * fit together (pcr.lower above pcr.upper, more z-score samples than the window) are refused
     * before a command creates anything, not after its journal folder exists.
     */
    static void check(final AppConfig c) {
        pcrConfig(c);
        maxPainConfig(c);
        chainConfig(c);
        Feeds.futuresConfig(c);
        Feeds.synthetic(c);
    }

    static EngineSettings from(final AppConfig c, final Preset preset) {
        return new EngineSettings(preset, TimeUnit.MILLISECONDS.toNanos(c.getLong("pipeline.timer-interval-ms")),
            pcrConfig(c), maxPainConfig(c), chainConfig(c), Feeds.futuresConfig(c));
    }

    static PcrConfig pcrConfig(final AppConfig c) {
        final String scope = c.get("pcr.scope").toLowerCase(Locale.ROOT);
        final PcrConfig.Scope s;
        if (scope.equals("total")) {
            s = PcrConfig.Scope.TOTAL;
        } else if (scope.equals("per-expiry")) {
            s = PcrConfig.Scope.PER_EXPIRY;
        } else {
            throw c.invalid("pcr.scope", "must be total or per-expiry, got '" + scope + "'");
        }
        try {
            return new PcrConfig(c.getDouble("pcr.upper"), c.getDouble("pcr.lower"), c.getDouble("pcr.hysteresis"),
                TimeUnit.SECONDS.toNanos(c.getLong("pcr.debounce-seconds")), c.getLong("pcr.min-total-oi"), s,
                c.getBoolean("pcr.contrarian"));
        } catch (final IllegalArgumentException e) {
            throw c.error("pcr.", "PCR settings: " + e.getMessage());
        }
    }

    static MaxPainConfig maxPainConfig(final AppConfig c) {
        try {
            return new MaxPainConfig(TimeUnit.SECONDS.toNanos(c.getLong("maxpain.debounce-seconds")),
                c.getLong("maxpain.min-total-oi"), c.getInt("maxpain.full-strength-steps"));
        } catch (final IllegalArgumentException e) {
            throw c.error("maxpain.", "max pain settings: " + e.getMessage());
        }
    }

    static ChainAnalyticsConfig chainConfig(final AppConfig c) {
        final String convention = c.get("chain.gex-convention").toLowerCase(Locale.ROOT);
        final GexConvention gex;
        if (convention.equals("classic")) {
            gex = GexConvention.CLASSIC;
        } else if (convention.equals("flow")) {
            gex = GexConvention.FLOW;
        } else {
            throw c.invalid("chain.gex-convention", "must be classic or flow, got '" + convention + "'");
        }
        try {
            return new ChainAnalyticsConfig(c.getDouble("chain.rate"), c.getDouble("chain.max-spread-ratio"),
                seconds(c, "chain.stale-seconds"), seconds(c, "chain.sample-seconds"),
                c.getInt("chain.pcr-z-window"), c.getInt("chain.pcr-z-min-samples"),
                c.getDouble("chain.pcr-z-enter"), c.getDouble("chain.pcr-z-exit"),
                c.getInt("chain.iv-history"), c.getInt("chain.iv-min-samples"),
                c.getDouble("chain.iv-low-pct"), c.getDouble("chain.iv-high-pct"), c.getDouble("chain.iv-extreme-pct"),
                c.getDouble("chain.iv-hysteresis-pct"), c.getLong("chain.buildup-min-lots"),
                c.getLong("chain.buildup-min-ticks"), seconds(c, "chain.window-seconds"), gex,
                c.getDouble("chain.gamma-regime-band"), c.getDouble("chain.flip-range"), c.getDouble("chain.flip-step"),
                seconds(c, "chain.flip-seconds"), c.getDouble("chain.flip-cross-band"),
                c.getInt("chain.rv-minutes"), c.getInt("chain.rsi-period"),
                c.getInt("chain.momentum-minutes"), c.getDouble("chain.minutes-per-year"),
                seconds(c, "chain.snapshot-seconds"), seconds(c, "chain.debounce-seconds"),
                c.getDouble("chain.iv-resolve-forward-move"), c.getInt("chain.snapshot-rows-per-event"),
                c.getInt("chain.flip-terms-per-event"));
        } catch (final IllegalArgumentException e) {
            throw c.error("chain.", "chain settings: " + e.getMessage());
        }
    }

    private static long seconds(final AppConfig c, final String key) {
        return TimeUnit.SECONDS.toNanos(c.getLong(key));
    }
}
