package io.strikeiq.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --config} and {@code --set} options every command shares. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration file (default: config/strikeiq.properties of the installation, if present).")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "Override one configuration key; repeatable. Example: --set pcr.upper=1.4")
    List<String> overrides = new ArrayList<>();

    /** Loads the configuration: defaults, then the file, then {@code --set}. */
    public AppConfig load() {
        Path file = configFile;
        if (file == null) {
            final Path installed = installationHome().resolve("config").resolve("strikeiq.properties");
            if (Files.isRegularFile(installed)) {
                file = installed;
            }
        }
        return AppConfig.load(file, overrides);
    }

    /** The launcher passes its own directory as {@code strikeiq.home}; else the working directory. */
    static Path installationHome() {
        final String home = System.getProperty("strikeiq.home");
        return home == null || home.isEmpty() ? Paths.get("") : Paths.get(home);
    }
}
