package io.strikeiq.app;

import io.strikeiq.pipeline.Preset;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.wiring.PipelineSettings;

/** Builds the engine's {@link EngineSettings} from the application configuration. */
final class EngineSettingsFactory {
    private EngineSettingsFactory() {
    }

    /**
     * Builds every engine's and feed's settings once and throws them away. The table's ranges and
     * cross-key rules have passed already ({@link AppConfig#load}); a record that still refuses
     * its values is named by group, before a command creates anything.
     */
    static void check(final AppConfig c) {
        from(c, Preset.COMPACT);
        Feeds.synthetic(c);
    }

    static EngineSettings from(final AppConfig c, final Preset preset) {
        try {
            return PipelineSettings.engineSettings(c, preset);
        } catch (final IllegalArgumentException e) {
            throw new ConfigException(c.origin() + ": engine settings: " + e.getMessage());
        }
    }
}
