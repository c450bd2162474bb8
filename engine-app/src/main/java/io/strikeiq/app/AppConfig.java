package io.strikeiq.app;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.strikeiq.app.SettingRule.BOOLEAN;
import static io.strikeiq.app.SettingRule.INSTANT_OR_NONE;
import static io.strikeiq.app.SettingRule.ISO_DATE;
import static io.strikeiq.app.SettingRule.TEXT;
import static io.strikeiq.app.SettingRule.choice;
import static io.strikeiq.app.SettingRule.decimal;
import static io.strikeiq.app.SettingRule.whole;

/**
 * The application's settings: built-in defaults, overridden by a properties file
 * ({@code config/strikeiq.properties} by default), overridden by {@code --set key=value} and
 * command flags. Every key is known in advance with the values it accepts ({@link SettingRule}):
 * a misspelt key, a malformed or out-of-range value is an error naming the key and where it was
 * given ({@code FILE: key} or {@code --set key}), never silently ignored or wrapped around.
 */
public final class AppConfig {
    // Shared ranges. Durations in seconds stay below a year so that nanoseconds never overflow;
    // window and sample counts size preallocated rings, so they are bounded too.
    private static final SettingRule SECONDS = whole(0, 31_536_000);
    private static final SettingRule SAMPLES = whole(1, 100_000);
    private static final SettingRule PERCENT = decimal("0", "100");
    private static final SettingRule FRACTION = decimal("0", "1");
    private static final SettingRule PRICE = decimal("0", "1000000000");

    /** Every key with its default, in the order the documented config file lists them. */
    static final Map<String, String> DEFAULTS;
    /** What each key accepts. */
    private static final Map<String, SettingRule> RULES;
    // Filled by key(..) in the static block below, then published read-only.
    private static final Map<String, String> D = new LinkedHashMap<>();
    private static final Map<String, SettingRule> R = new LinkedHashMap<>();

    static {
        key("pipeline.preset", "auto", choice("latency", "balanced", "throughput", "compact", "auto"));
        key("pipeline.timer-interval-ms", "1000", whole(1, 86_400_000));
        key("feed.rate", "0", decimal("0", "1000000000"));
        key("demo.events", "2000000", whole(1, 1_000_000_000_000L));
        key("demo.journal", "data/demo", TEXT);
        key("demo.latency-events", "300000", whole(0, 1_000_000_000_000L));
        key("demo.latency-rate", "100000", decimal("1", "1000000000"));
        key("demo.drain", "true", BOOLEAN);
        key("db.url", "embedded", TEXT);
        key("db.embedded-dir", "pg", TEXT);
        key("drain.batch-rows", "20000", whole(1, 1_000_000));
        key("drain.max-backoff-ms", "5000", whole(100, 3_600_000));
        key("synthetic.seed", "42", whole(Long.MIN_VALUE, Long.MAX_VALUE));
        key("synthetic.session-date", "2026-11-24", ISO_DATE);
        key("synthetic.spot", "24000", decimal("0.05", "1000000000"));
        key("synthetic.strike-step", "50", decimal("0.05", "1000000"));
        key("synthetic.strikes-each-side", "40", whole(1, 1_000));
        key("synthetic.lot-size", "65", whole(1, 1_000_000));
        key("synthetic.expiries", "2", whole(1, 52));
        key("pcr.upper", "1.3", decimal("0", "1000"));
        key("pcr.lower", "0.7", decimal("0", "1000"));
        key("pcr.hysteresis", "0.05", decimal("0", "1000"));
        key("pcr.debounce-seconds", "60", SECONDS);
        key("pcr.min-total-oi", "10000", whole(0, Long.MAX_VALUE));
        key("pcr.scope", "total", choice("total", "per-expiry"));
        key("pcr.contrarian", "true", BOOLEAN);
        key("maxpain.debounce-seconds", "300", SECONDS);
        key("maxpain.min-total-oi", "10000", whole(0, Long.MAX_VALUE));
        key("maxpain.full-strength-steps", "4", whole(1, 10_000));
        key("chain.rate", "0.065", decimal("0", "1"));
        key("chain.max-spread-ratio", "0.25", decimal("0", "100"));
        key("chain.stale-seconds", "300", SECONDS);
        key("chain.iv-resolve-forward-move", "0.001", decimal("0", "0.5"));
        key("chain.sample-seconds", "60", whole(1, 86_400));
        key("chain.pcr-z-window", "60", SAMPLES);
        key("chain.pcr-z-min-samples", "10", SAMPLES);
        key("chain.pcr-z-enter", "2.0", decimal("0", "1000"));
        key("chain.pcr-z-exit", "1.5", decimal("0", "1000"));
        key("chain.iv-history", "375", SAMPLES);
        key("chain.iv-min-samples", "20", SAMPLES);
        key("chain.iv-low-pct", "30.0", PERCENT);
        key("chain.iv-high-pct", "70.0", PERCENT);
        key("chain.iv-extreme-pct", "95.0", PERCENT);
        key("chain.iv-hysteresis-pct", "2.5", PERCENT);
        key("chain.buildup-min-lots", "1", whole(0, 1_000_000_000));
        key("chain.buildup-min-ticks", "1", whole(0, 1_000_000_000));
        key("chain.window-seconds", "300", whole(1, 31_536_000));
        key("chain.gex-convention", "classic", choice("classic", "flow"));
        key("chain.gamma-regime-band", "0.05", FRACTION);
        key("chain.flip-range", "0.10", FRACTION);
        key("chain.flip-step", "0.001", FRACTION);
        key("chain.flip-seconds", "5", whole(1, 86_400));
        key("chain.flip-terms-per-event", "2048", whole(0, Integer.MAX_VALUE));
        key("chain.flip-cross-band", "0.001", FRACTION);
        key("chain.rv-minutes", "30", SAMPLES);
        key("chain.rsi-period", "14", SAMPLES);
        key("chain.momentum-minutes", "10", SAMPLES);
        key("chain.minutes-per-year", "94500", decimal("1", "10000000"));
        key("chain.snapshot-seconds", "10", SECONDS);
        key("chain.snapshot-rows-per-event", "64", whole(0, 1_000_000));
        key("chain.debounce-seconds", "60", SECONDS);
        // ---- futures signal chain (bars, bias, triangles) and DBN ingest
        key("futures.enabled", "true", BOOLEAN);
        key("futures.session", "cme", choice("utc", "cme", "nse"));
        key("futures.htf.5m", "true", BOOLEAN);
        key("futures.htf.15m", "true", BOOLEAN);
        key("futures.htf.1h", "true", BOOLEAN);
        key("futures.htf.4h", "true", BOOLEAN);
        key("futures.htf.1d", "true", BOOLEAN);
        key("futures.htf-aligned-only", "false", BOOLEAN);
        key("futures.require-engulfing", "false", BOOLEAN);
        key("futures.require-sweep-engulfing", "false", BOOLEAN);
        key("futures.max-zones", "64", whole(1, 100_000));
        key("futures.max-zone-age-bars", "10000", whole(1, 1_000_000_000_000L));
        key("futures.warmup-bars", "0", whole(0, Integer.MAX_VALUE));
        key("futures.window-start", "none", INSTANT_OR_NONE);
        key("futures.publish-completed-bars", "true", BOOLEAN);
        key("futures.hygiene.price-floor.enabled", "false", BOOLEAN);
        key("futures.hygiene.price-floor", "1000.0", PRICE);
        key("futures.hygiene.discontinuity.enabled", "false", BOOLEAN);
        key("futures.hygiene.discontinuity.max-gap", "500.0", PRICE);
        key("futures.hygiene.small-range.enabled", "false", BOOLEAN);
        key("futures.hygiene.small-range.range", "10.0", PRICE);
        key("futures.hygiene.small-range.gap", "150.0", PRICE);
        key("futures.hygiene.flat.enabled", "false", BOOLEAN);
        key("futures.hygiene.flat.gap", "50.0", PRICE);
        DEFAULTS = Collections.unmodifiableMap(D);
        RULES = Collections.unmodifiableMap(R);
    }

    private static void key(final String key, final String defaultValue, final SettingRule rule) {
        D.put(key, defaultValue);
        R.put(key, rule);
    }

    /** Where a value given on the command line came from, as the user typed it. */
    private static final String SET = "--set";

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
        return new AppConfig(new LinkedHashMap<>(DEFAULTS), new HashMap<>(), "built-in defaults");
    }

    /**
     * Defaults, then {@code file} if non-null (it must exist), then {@code overrides}
     * ({@code key=value} strings).
     */
    public static AppConfig load(final Path file, final List<String> overrides) {
        final Map<String, String> v = new LinkedHashMap<>(DEFAULTS);
        final Map<String, String> sources = new HashMap<>();
        String origin = "built-in defaults";
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("config file not found: " + file);
            }
            final Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
            }
            for (final String key : p.stringPropertyNames()) {
                put(v, sources, key, p.getProperty(key).trim(), file.toString());
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

    private static void put(final Map<String, String> v, final Map<String, String> sources, final String key,
                            final String value, final String where) {
        if (!DEFAULTS.containsKey(key)) {
            final String prefix = SET.equals(where) ? "--set " + key : where;
            throw new ConfigException(prefix + ": unknown key '" + key + "' (known keys: " + String.join(", ", DEFAULTS.keySet()) + ")",
                !isFile(where));
        }
        v.put(key, value);
        sources.put(key, where);
    }

    private static boolean isFile(final String where) {
        return !SET.equals(where) && !"command line".equals(where);
    }

    /** Checks every key against its rule and the keys that constrain each other, so a bad value fails at start-up. */
    private void validate() {
        for (final Map.Entry<String, SettingRule> e : RULES.entrySet()) {
            final String problem = e.getValue().problem(get(e.getKey()));
            if (problem != null) {
                throw invalid(e.getKey(), problem);
            }
        }
        if (getDouble("pcr.lower") >= getDouble("pcr.upper")) {
            throw error("pcr.", "pcr.lower (" + get("pcr.lower") + ") must be below pcr.upper (" + get("pcr.upper") + ")");
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
     * Settings that do not fit together, among the keys starting with {@code keyPrefix}: names
     * {@code --set} when one of them was given there, else the file.
     */
    ConfigException error(final String keyPrefix, final String message) {
        String from = origin;
        for (final Map.Entry<String, String> e : sources.entrySet()) {
            if (e.getKey().startsWith(keyPrefix) && !isFile(e.getValue())) {
                from = e.getValue();
            }
        }
        return new ConfigException(from + ": " + message, !isFile(from));
    }

    public String get(final String key) {
        final String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no such config key: " + key);
        }
        return v;
    }

    /** A whole-number key (already range-checked by its rule, so it fits). */
    public long getLong(final String key) {
        requireKind(key, SettingRule.Kind.WHOLE);
        return new BigDecimal(get(key)).longValueExact();
    }

    /** A whole-number key whose declared range lies within {@code int} (else ArithmeticException: a programming error). */
    public int getInt(final String key) {
        requireKind(key, SettingRule.Kind.WHOLE);
        return new BigDecimal(get(key)).intValueExact();
    }

    public boolean getBoolean(final String key) {
        requireKind(key, SettingRule.Kind.BOOLEAN);
        return "true".equalsIgnoreCase(get(key));
    }

    /** A decimal key (finite and within its range); whole-number keys read as decimals too. */
    public double getDouble(final String key) {
        final SettingRule rule = RULES.get(key);
        if (rule == null || rule.kind() != SettingRule.Kind.DECIMAL && rule.kind() != SettingRule.Kind.WHOLE) {
            throw new IllegalStateException(key + " is not a number setting");
        }
        return new BigDecimal(get(key)).doubleValue();
    }

    private static void requireKind(final String key, final SettingRule.Kind kind) {
        final SettingRule rule = RULES.get(key);
        if (rule == null || rule.kind() != kind) {
            // A programming error (the code asks for a key by the wrong type), not a user's.
            throw new IllegalStateException(key + " is not a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " setting");
        }
    }

    /** Copy with one key replaced (how command-line flags override the file). */
    public AppConfig with(final String key, final String value) {
        final Map<String, String> v = new LinkedHashMap<>(values);
        final Map<String, String> src = new HashMap<>(sources);
        put(v, src, key, value, "command line");
        final AppConfig c = new AppConfig(v, src, origin);
        c.validate();
        return c;
    }
}
