package io.strikeiq.app;

import io.strikeiq.settings.CrossCheck;
import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingType;
import io.strikeiq.settings.SettingValues;
import io.strikeiq.settings.SettingsTable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The application's settings: the table's defaults ({@link SettingsCatalog}), overridden by a
 * properties file ({@code config/strikeiq.properties} by default), overridden by
 * {@code --set key=value} and command flags. A misspelt key (with the closest known key), a
 * malformed or out-of-range value (with the key's range) and settings that do not fit together
 * (naming every key involved) are errors naming where they were given ({@code FILE: key} or
 * {@code --set key}), never silently ignored, wrapped around or rounded.
 */
public final class AppConfig implements SettingValues {
    private static final SettingsTable TABLE = SettingsCatalog.TABLE;
    /** Where a value given on the command line came from, as the user typed it. */
    private static final String SET = "--set";
    private static final String COMMAND_LINE = "command line";

    private final Map<String, String> values;
    /** Key to where its value came from: the file name, "--set" or "command line"; absent for defaults. */
    private final Map<String, String> sources;
    private final String origin;

    private AppConfig(final Map<String, String> values, final Map<String, String> sources, final String origin) {
        this.values = values;
        this.sources = sources;
        this.origin = origin;
    }

    /** Built-in defaults only. */
    public static AppConfig defaults() {
        return new AppConfig(TABLE.defaults(), new HashMap<>(), "built-in defaults");
    }

    /**
     * Defaults, then {@code file} if non-null (it must exist), then {@code overrides}
     * ({@code key=value} strings).
     */
    public static AppConfig load(final Path file, final List<String> overrides) {
        final Map<String, String> v = TABLE.defaults();
        final Map<String, String> sources = new HashMap<>();
        String origin = "built-in defaults";
        if (file != null) {
            for (final Map.Entry<String, String> e : read(file).entrySet()) {
                put(v, sources, e.getKey(), e.getValue(), file.toString());
            }
            origin = file.toString();
        }
        for (final String o : overrides) {
            final int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set expects KEY=VALUE, got '" + o + "'", true);
            }
            put(v, sources, o.substring(0, eq).trim(), o.substring(eq + 1).trim(), SET);
        }
        final AppConfig config = new AppConfig(v, sources, origin);
        config.validate();
        return config;
    }

    /** The keys and (trimmed) values of a properties file, in no particular order. */
    static Map<String, String> read(final Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file not found: " + file);
        }
        final Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        final Map<String, String> m = new LinkedHashMap<>();
        for (final String key : p.stringPropertyNames()) {
            m.put(key, p.getProperty(key).trim());
        }
        return m;
    }

    private static void put(final Map<String, String> v, final Map<String, String> sources, final String key,
                            final String value, final String where) {
        if (TABLE.find(key) == null) {
            final String prefix = SET.equals(where) ? "--set " + key : where;
            throw new ConfigException(prefix + ": unknown key '" + key + "' (did you mean " + TABLE.closest(key)
                + "? ./strikeiq config lists every key)", !isFile(where));
        }
        v.put(key, value);
        sources.put(key, where);
    }

    private static boolean isFile(final String where) {
        return !SET.equals(where) && !COMMAND_LINE.equals(where);
    }

    /** Checks every key against its type and range, then the rules keys obey together, so a bad value fails at start-up. */
    private void validate() {
        for (final Setting s : TABLE.settings()) {
            final String problem = s.problem(text(s));
            if (problem != null) {
                throw invalid(s.key(), problem);
            }
        }
        for (final CrossCheck c : TABLE.checks()) {
            final String problem = c.problem(this);
            if (problem != null) {
                throw error(c.keys(), problem);
            }
        }
    }

    /** The file the settings were read from, or "built-in defaults". */
    public String origin() {
        return origin;
    }

    /**
     * Where the value of {@code key} came from, as a message prefix naming the key:
     * {@code "--set KEY"}, {@code "FILE: KEY"} or {@code "built-in defaults: KEY"}.
     */
    String where(final String key) {
        final String source = sources.get(key);
        if (source == null) {
            return origin + ": " + key;
        }
        return isFile(source) ? source + ": " + key : source + " " + key;
    }

    /** A bad value of one key; a usage error (exit 2) when the value came from the command line. */
    ConfigException invalid(final String key, final String problem) {
        return new ConfigException(where(key) + " " + problem, !isFile(sources.getOrDefault(key, origin)));
    }

    /**
     * Settings that do not fit together: names {@code --set} (or the command line) when one of
     * {@code keys} was given there, else the file.
     */
    ConfigException error(final List<Setting> keys, final String message) {
        String from = origin;
        for (final Setting s : keys) {
            final String source = sources.get(s.key());
            if (source != null && !isFile(source)) {
                from = source;
            }
        }
        return new ConfigException(from + ": " + message, !isFile(from));
    }

    @Override
    public String text(final Setting s) {
        return get(s.key());
    }

    public String get(final String key) {
        final String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no such config key: " + key);
        }
        return v;
    }

    /** A whole-number key (already range-checked, so it fits). */
    public long getLong(final String key) {
        requireType(key, SettingType.LONG, SettingType.INT);
        return new BigDecimal(get(key)).longValueExact();
    }

    public boolean getBoolean(final String key) {
        return flag(setting(key));
    }

    /** A number key (finite and within its range); whole-number keys read as decimals too. */
    public double getDouble(final String key) {
        requireType(key, SettingType.DOUBLE, SettingType.LONG);
        return new BigDecimal(get(key)).doubleValue();
    }

    private static Setting setting(final String key) {
        final Setting s = TABLE.find(key);
        if (s == null) {
            throw new IllegalStateException("no such config key: " + key);
        }
        return s;
    }

    private static void requireType(final String key, final SettingType a, final SettingType b) {
        final SettingType t = setting(key).type();
        if (t != a && t != b) {
            // A programming error (the code asks for a key by the wrong type), not a user's.
            throw new IllegalStateException(key + " is a " + t + " setting");
        }
    }

    /** Copy with one key replaced (how command-line flags override the file). */
    public AppConfig with(final String key, final String value) {
        final Map<String, String> v = new LinkedHashMap<>(values);
        final Map<String, String> src = new HashMap<>(sources);
        put(v, src, key, value, COMMAND_LINE);
        final AppConfig c = new AppConfig(v, src, origin);
        c.validate();
        return c;
    }
}
