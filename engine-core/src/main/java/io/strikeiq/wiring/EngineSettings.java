package io.strikeiq.wiring;

import io.strikeiq.pipeline.Preset;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.MaxPainConfig;
import io.strikeiq.analytics.PcrConfig;
import io.strikeiq.analytics.futures.FuturesConfig;
import io.strikeiq.settings.SettingValues;
import java.util.Objects;

/**
 * Everything that shapes a {@link JournaledEngine}'s output besides its input: together with the
 * input journal and the engine version this determines the output journal bit for bit.
 *
 * @param preset pipeline preset (thread layout, ring, wait strategy; never changes the output)
 * @param timerIntervalNanos event-time period of the analytics timers; 0 disables them
 * @param pcr PCR engine settings
 * @param maxPain max-pain engine settings
 * @param chain options chain engines' settings (greeks, chain metrics, GEX, snapshots)
 * @param futures futures signal chain settings (bars, bias, triangles)
 */
public record EngineSettings(Preset preset, long timerIntervalNanos, PcrConfig pcr, MaxPainConfig maxPain,
                             ChainAnalyticsConfig chain, FuturesConfig futures) {
    public EngineSettings {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(pcr, "pcr");
        Objects.requireNonNull(maxPain, "maxPain");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(futures, "futures");
        if (timerIntervalNanos < 0) {
            throw new IllegalArgumentException("timer interval must be >= 0");
        }
    }

    /** PCR and max-pain settings with every other engine's defaults. */
    public EngineSettings(final Preset preset, final long timerIntervalNanos, final PcrConfig pcr, final MaxPainConfig maxPain) {
        this(preset, timerIntervalNanos, pcr, maxPain, ChainAnalyticsConfig.defaults(), FuturesConfig.defaults());
    }

    /** Defaults: compact preset, the settings table's timer interval and engine settings ({@link PipelineSettings}). */
    public static EngineSettings defaults() {
        return PipelineSettings.engineSettings(SettingValues.defaults(), Preset.COMPACT);
    }

    public EngineSettings withPreset(final Preset value) {
        return new EngineSettings(value, timerIntervalNanos, pcr, maxPain, chain, futures);
    }

    public EngineSettings withPcr(final PcrConfig value) {
        return new EngineSettings(preset, timerIntervalNanos, value, maxPain, chain, futures);
    }

    public EngineSettings withChain(final ChainAnalyticsConfig value) {
        return new EngineSettings(preset, timerIntervalNanos, pcr, maxPain, value, futures);
    }

    public EngineSettings withFutures(final FuturesConfig value) {
        return new EngineSettings(preset, timerIntervalNanos, pcr, maxPain, chain, value);
    }
}
