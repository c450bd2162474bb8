package io.strikeiq.app;

import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingGroup;
import io.strikeiq.settings.SettingsTable;

/**
 * The settings table as text: the Markdown reference in docs/OPERATIONS.md (a test keeps it equal
 * to {@link #markdown}) and the listing of {@code strikeiq config}.
 */
final class SettingsReference {
    /** The lines around the generated table in docs/OPERATIONS.md. */
    static final String BEGIN = "<!-- settings-table:begin (generated: ./strikeiq config --markdown) -->";
    static final String END = "<!-- settings-table:end -->";

    private SettingsReference() {
    }

    /** One Markdown table per group: key, default, accepted values, description. */
    static String markdown(final SettingsTable table) {
        final StringBuilder b = new StringBuilder();
        for (final SettingGroup g : table.groups()) {
            b.append("\n**").append(g.title()).append("**\n\n");
            b.append("| Key | Default | Accepts | Description |\n|---|---|---|---|\n");
            for (final Setting s : g.settings()) {
                b.append("| `").append(s.key()).append("` | `").append(s.defaultValue()).append("` | ")
                    .append(accepts(s)).append(" | ").append(s.doc().replace("|", "\\|")).append(" |\n");
            }
        }
        return b.toString();
    }

    /** The range in words, with the duration's unit. */
    static String accepts(final Setting s) {
        final String range = s.range();
        return s.unit() == null ? range : range + " (" + s.unit().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** Every key with its value in {@code config}, where it came from when not the default, and what it accepts. */
    static String listing(final SettingsTable table, final AppConfig config) {
        final StringBuilder b = new StringBuilder();
        for (final SettingGroup g : table.groups()) {
            b.append("# ").append(g.title()).append('\n');
            for (final Setting s : g.settings()) {
                final String value = config.get(s.key());
                b.append(s.key()).append('=').append(value);
                if (!value.equals(s.defaultValue())) {
                    b.append("    (default ").append(s.defaultValue()).append(')');
                }
                b.append("\n    ").append(s.doc()).append(" Accepts ").append(accepts(s)).append(".\n");
            }
        }
        return b.toString();
    }
}
