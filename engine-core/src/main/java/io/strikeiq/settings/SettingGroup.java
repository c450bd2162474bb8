package io.strikeiq.settings;

import java.util.List;

/**
 * The settings of one concern (the PCR engine, the chain engines, the futures chain ...), in the
 * order the configuration file lists them, and the rules they obey together.
 *
 * @param title heading of the group in listings and the documentation
 * @param settings the keys, in file order
 * @param checks cross-key rules among them (and keys of other groups)
 */
public record SettingGroup(String title, List<Setting> settings, List<CrossCheck> checks) {
    public SettingGroup {
        settings = List.copyOf(settings);
        checks = List.copyOf(checks);
    }
}
