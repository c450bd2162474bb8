package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.strikeiq.pipeline.Preset;
import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table's ranges and cross-key rules are the whole contract: a value they accept must build
 * every engine's config (a record refusing it would surface as a vague "engine settings" error),
 * and a value they refuse must be refused by name. Each number key is tried alone at both ends
 * of its range (just inside an open end) and just outside.
 */
class SettingsTableCompletenessTest {
    private static final BigDecimal NUDGE = new BigDecimal("0.000000001");

    @Test
    void everyValueTheTableAcceptsBuildsTheEngineConfigs() {
        final List<String> tried = new ArrayList<>();
        for (final Setting s : SettingsCatalog.TABLE.settings()) {
            if (s.min() == null) {
                continue;
            }
            final boolean decimal = s.type() == SettingType.DOUBLE;
            final BigDecimal low = s.minOpen() ? s.min().add(NUDGE) : s.min();
            final BigDecimal high = s.maxOpen() ? s.max().subtract(NUDGE) : s.max();
            for (final BigDecimal v : List.of(low, high)) {
                final String text = v.toPlainString();
                tried.add(s.key() + "=" + text);
                final AppConfig c;
                try {
                    c = AppConfig.load(null, List.of(s.key() + "=" + text));
                } catch (final ConfigException e) {
                    // Refused by a cross-key rule that names this key: fine, the user is told which keys clash.
                    assertTrue(e.getMessage().contains(s.key()) && !e.getMessage().contains("engine settings"),
                        s.key() + "=" + text + ": " + e.getMessage());
                    continue;
                }
                try {
                    EngineSettingsFactory.from(c, Preset.COMPACT);
                    Feeds.synthetic(c);
                } catch (final RuntimeException e) {
                    fail(s.key() + "=" + text + " passes the table but a config record refuses it: " + e.getMessage());
                }
            }
            final BigDecimal below = s.min().subtract(decimal ? NUDGE : BigDecimal.ONE);
            if (s.type() != SettingType.LONG || below.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
                final String text = (s.minOpen() ? s.min() : below).toPlainString();
                try {
                    AppConfig.load(null, List.of(s.key() + "=" + text));
                    fail(s.key() + "=" + text + " is outside the range but was accepted");
                } catch (final ConfigException e) {
                    assertTrue(e.getMessage().startsWith("--set " + s.key() + " must be "), e.getMessage());
                }
            }
        }
        assertTrue(tried.size() > 100, "tried " + tried.size() + " values");
    }
}
