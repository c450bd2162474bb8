package io.strikeiq.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strikeiq config}: lists every setting with its value after the configuration file and
 * {@code --set}, its default, what it accepts and what it does; the same checks as every other
 * command run first, so it also validates a configuration. {@code --markdown} prints the reference
 * table of docs/OPERATIONS.md.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "List every configuration key: value (after --config and --set), default, accepted values, meaning.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed (the configuration is valid)", "1:bad configuration file", "2:usage error or bad --set"})
final class ConfigCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--markdown", description = "Print the settings reference as Markdown tables (docs/OPERATIONS.md).")
    boolean markdown;

    @Override
    public Integer call() {
        if (markdown) {
            System.out.print(SettingsReference.markdown(SettingsCatalog.TABLE));
            return 0;
        }
        final AppConfig config = options.load();
        System.out.println("# from " + config.origin() + " and --set");
        System.out.print(SettingsReference.listing(SettingsCatalog.TABLE, config));
        return 0;
    }
}
