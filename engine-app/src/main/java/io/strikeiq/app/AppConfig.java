package io.strikeiq.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The application's settings: built-in defaults, overridden by a properties file
 * ({@code config/strikeiq.properties} by default), overridden by {@code --set key=value} and
 * command flags. Every key is known in advance: a misspelt key or a malformed value is an error
 * naming the file and key, never silently ignored.
 */
public final class AppConfig {
    /** Every key with its default, in the order the documented config file lists them. */
    static final Map<String, String> DEFAULTS;

    static {
        final Map<String, String> d = new LinkedHashMap<>();
        d.put("pipeline.preset", "auto");
        d.put("pipeline.timer-interval-ms", "1000");
        d.put("feed.rate", "0");
        d.put("demo.events", "2000000");
        d.put("demo.journal", "data/demo");
        d.put("demo.latency-events", "300000");
        d.put("demo.latency-rate", "100000");
        d.put("demo.drain", "true");
        d.put("db.url", "embedded");
        d.put("db.embedded-dir", "pg");
        d.put("drain.batch-rows", "20000");
        d.put("drain.max-backoff-ms", "5000");
        d.put("synthetic.seed", "42");
        d.put("synthetic.session-date", "2026-11-24");
        d.put("synthetic.spot", "24000");
        d.put("synthetic.strike-step", "50");
        d.put("synthetic.strikes-each-side", "40");
        d.put("synthetic.lot-size", "65");
        d.put("synthetic.expiries", "2");
        d.put("pcr.upper", "1.3");
        d.put("pcr.lower", "0.7");
        d.put("pcr.hysteresis", "0.05");
        d.put("pcr.debounce-seconds", "60");
        d.put("pcr.min-total-oi", "10000");
        d.put("pcr.scope", "total");
        d.put("pcr.contrarian", "true");
        d.put("maxpain.debounce-seconds", "300");
        d.put("maxpain.min-total-oi", "10000");
        d.put("maxpain.full-strength-steps", "4");
        d.put("chain.rate", "0.065");
        d.put("chain.max-spread-ratio", "0.25");
        d.put("chain.stale-seconds", "300");
        d.put("chain.sample-seconds", "60");
        d.put("chain.pcr-z-window", "60");
        d.put("chain.pcr-z-min-samples", "10");
        d.put("chain.pcr-z-enter", "2.0");
        d.put("chain.pcr-z-exit", "1.5");
        d.put("chain.iv-history", "375");
        d.put("chain.iv-min-samples", "20");
        d.put("chain.iv-low-pct", "30.0");
        d.put("chain.iv-high-pct", "70.0");
        d.put("chain.iv-extreme-pct", "95.0");
        d.put("chain.iv-hysteresis-pct", "2.5");
        d.put("chain.buildup-min-lots", "1");
        d.put("chain.buildup-min-ticks", "1");
        d.put("chain.window-seconds", "300");
        d.put("chain.gex-convention", "classic");
        d.put("chain.gamma-regime-band", "0.05");
        d.put("chain.flip-range", "0.10");
        d.put("chain.flip-step", "0.001");
        d.put("chain.flip-seconds", "5");
        d.put("chain.flip-cross-band", "0.001");
        d.put("chain.rv-minutes", "30");
        d.put("chain.rsi-period", "14");
        d.put("chain.momentum-minutes", "10");
        d.put("chain.minutes-per-year", "94500");
        d.put("chain.snapshot-seconds", "10");
        d.put("chain.debounce-seconds", "60");
        // ---- futures signal chain (bars, bias, triangles) and DBN ingest
        d.put("futures.enabled", "true");
        d.put("futures.session", "cme");
        d.put("futures.htf.5m", "true");
        d.put("futures.htf.15m", "true");
        d.put("futures.htf.1h", "true");
        d.put("futures.htf.4h", "true");
        d.put("futures.htf.1d", "true");
        d.put("futures.htf-aligned-only", "false");
        d.put("futures.require-engulfing", "false");
        d.put("futures.require-sweep-engulfing", "false");
        d.put("futures.max-zones", "64");
        d.put("futures.max-zone-age-bars", "10000");
        d.put("futures.warmup-bars", "0");
        d.put("futures.window-start", "none");
        d.put("futures.publish-completed-bars", "true");
        d.put("futures.hygiene.price-floor.enabled", "false");
        d.put("futures.hygiene.price-floor", "1000.0");
        d.put("futures.hygiene.discontinuity.enabled", "false");
        d.put("futures.hygiene.discontinuity.max-gap", "500.0");
        d.put("futures.hygiene.small-range.enabled", "false");
        d.put("futures.hygiene.small-range.range", "10.0");
        d.put("futures.hygiene.small-range.gap", "150.0");
        d.put("futures.hygiene.flat.enabled", "false");
        d.put("futures.hygiene.flat.gap", "50.0");
        DEFAULTS = Collections.unmodifiableMap(d);
    }

    private final Map<String, String> values;
    private final String origin;

    private AppConfig(final Map<String, String> values, final String origin) {
        this.values = values;
        this.origin = origin;
    }

    /** Built-in defaults only. */
    public static AppConfig defaults() {
        return new AppConfig(new LinkedHashMap<>(DEFAULTS), "built-in defaults");
    }

    /**
     * Defaults, then {@code file} if non-null (it must exist), then {@code overrides}
     * ({@code key=value} strings).
     */
    public static AppConfig load(final Path file, final List<String> overrides) {
        final Map<String, String> v = new LinkedHashMap<>(DEFAULTS);
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
                put(v, key, p.getProperty(key).trim(), file.toString());
            }
            origin = file.toString();
        }
        for (final String o : overrides) {
            final int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set expects key=value, got '" + o + "'");
            }
            put(v, o.substring(0, eq).trim(), o.substring(eq + 1).trim(), "--set");
        }
        final AppConfig config = new AppConfig(v, origin);
        config.validate();
        return config;
    }

    private static void put(final Map<String, String> v, final String key, final String value, final String where) {
        if (!DEFAULTS.containsKey(key)) {
            throw new ConfigException(where + ": unknown key '" + key + "' (known keys: " + String.join(", ", DEFAULTS.keySet()) + ")");
        }
        v.put(key, value);
    }

    /** Parses every typed key once so that a bad value fails at start-up, not mid-run. */
    private void validate() {
        for (final String key : DEFAULTS.keySet()) {
            final String def = DEFAULTS.get(key);
            if (isNumber(def)) {
                if (def.contains(".")) {
                    getDouble(key);
                } else {
                    getLong(key);
                }
            }
        }
        getBoolean("pcr.contrarian");
        getBoolean("demo.drain");
        if (getDouble("pcr.lower") >= getDouble("pcr.upper")) {
            throw new ConfigException(origin + ": pcr.lower (" + get("pcr.lower") + ") must be below pcr.upper (" + get("pcr.upper") + ")");
        }
    }

    private static boolean isNumber(final String s) {
        return s.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    public String origin() {
        return origin;
    }

    public String get(final String key) {
        final String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no such config key: " + key);
        }
        return v;
    }

    public long getLong(final String key) {
        final String v = get(key);
        try {
            return Long.parseLong(v);
        } catch (final NumberFormatException e) {
            throw new ConfigException(origin + ": " + key + " must be a whole number, got '" + v + "'");
        }
    }

    public boolean getBoolean(final String key) {
        final String v = get(key);
        if ("true".equalsIgnoreCase(v)) {
            return true;
        }
        if ("false".equalsIgnoreCase(v)) {
            return false;
        }
        throw new ConfigException(origin + ": " + key + " must be true or false, got '" + v + "'");
    }

    public double getDouble(final String key) {
        final String v = get(key);
        try {
            final double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (final NumberFormatException e) {
            throw new ConfigException(origin + ": " + key + " must be a number, got '" + v + "'");
        }
    }

    /** Copy with one key replaced (how command-line flags override the file). */
    public AppConfig with(final String key, final String value) {
        final Map<String, String> v = new LinkedHashMap<>(values);
        put(v, key, value, "command line");
        final AppConfig c = new AppConfig(v, origin);
        c.validate();
        return c;
    }
}
