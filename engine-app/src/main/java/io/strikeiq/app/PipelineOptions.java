package io.strikeiq.app;

import io.strikeiq.pipeline.Preset;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --preset}, shared by the commands that run the pipeline. */
final class PipelineOptions {
    @Option(names = "--preset", paramLabel = "P",
        description = "Pipeline preset: latency, balanced, throughput, compact or auto (default: pipeline.preset from the config).")
    String preset;

    /** The flag if given, else the configuration; "auto" picks by the machine's core count. */
    Preset resolve(final AppConfig config, final CommandLine cmd) {
        final String name = preset != null ? preset : config.get("pipeline.preset");
        if ("auto".equalsIgnoreCase(name)) {
            return Preset.forCores(Runtime.getRuntime().availableProcessors());
        }
        try {
            return Preset.parse(name);
        } catch (final IllegalArgumentException e) {
            if (preset != null) {
                throw new CommandLine.ParameterException(cmd, "--preset: " + e.getMessage());
            }
            throw new ConfigException(config.origin() + ": pipeline.preset: " + e.getMessage());
        }
    }
}
