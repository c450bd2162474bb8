package io.strikeiq.app;

import io.strikeiq.pipeline.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every engine-running command shares: {@code --config}, {@code --set}, {@code --preset}. */
public final class ConfigOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration file (default: config/strikeiq.properties of the installation, if present).")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "Override one configuration key; repeatable. Example: --set pcr.upper=1.4")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--preset", paramLabel = "P",
        description = "Pipeline preset: latency, balanced, throughput, compact or auto (default: pipeline.preset from the config).")
    String preset;

    /** Loads the configuration (defaults, then the file, then {@code --set}) and checks that it fits together. */
    public AppConfig load() {
        Path file = configFile;
        if (file == null) {
            final Path installed = installationHome().resolve("config").resolve("strikeiq.properties");
            if (Files.isRegularFile(installed)) {
                file = installed;
            }
        }
        final AppConfig config = AppConfig.load(file, overrides);
        EngineSettingsFactory.check(config);
        return config;
    }

    /** {@code --preset} if given, else the configuration; "auto" picks by the machine's core count, never latency. */
    Preset preset(final AppConfig config) {
        final String name = preset != null ? preset : config.get("pipeline.preset");
        if ("auto".equalsIgnoreCase(name)) {
            return Preset.forCores(Runtime.getRuntime().availableProcessors());
        }
        try {
            final Preset chosen = Preset.parse(name);
            final String warning = chosen.oversubscription(Runtime.getRuntime().availableProcessors());
            if (warning != null) {
                System.err.println("strikeiq " + command.name() + ": warning: " + warning);
            }
            return chosen;
        } catch (final IllegalArgumentException e) {
            if (preset != null) {
                throw usage("--preset: " + e.getMessage());
            }
            throw config.invalid("pipeline.preset", e.getMessage());
        }
    }

    /** A usage error (exit 2, usage printed) about one of the command's own flags. */
    CommandLine.ParameterException usage(final String message) {
        return new CommandLine.ParameterException(command.commandLine(), "strikeiq " + command.name() + ": " + message);
    }

    /** The launcher passes its own directory as {@code strikeiq.home}; else the working directory. */
    static Path installationHome() {
        final String home = System.getProperty("strikeiq.home");
        return home == null || home.isEmpty() ? Paths.get("") : Paths.get(home);
    }
}
