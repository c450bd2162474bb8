package io.strikeiq.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting of a program, grouped by concern in file order: the one place a key, its type,
 * range, default and description are declared. Looks keys up and suggests the closest known key
 * for a misspelt one.
 */
public final class SettingsTable {
    private final List<SettingGroup> groups;
    private final Map<String, Setting> byKey = new LinkedHashMap<>();
    private final List<CrossCheck> checks = new ArrayList<>();

    public SettingsTable(final List<SettingGroup> groups) {
        this.groups = List.copyOf(groups);
        for (final SettingGroup g : groups) {
            for (final Setting s : g.settings()) {
                if (byKey.put(s.key(), s) != null) {
                    throw new IllegalArgumentException("setting declared twice: " + s.key());
                }
            }
            checks.addAll(g.checks());
        }
        for (final CrossCheck c : checks) {
            for (final Setting s : c.keys()) {
                if (byKey.get(s.key()) != s) {
                    throw new IllegalArgumentException("a cross-key check reads " + s.key() + ", which is not in the table");
                }
            }
        }
    }

    public List<SettingGroup> groups() {
        return groups;
    }

    /** Every setting, in file order. */
    public List<Setting> settings() {
        return List.copyOf(byKey.values());
    }

    public List<CrossCheck> checks() {
        return Collections.unmodifiableList(checks);
    }

    /** The setting named {@code key}, or null. */
    public Setting find(final String key) {
        return byKey.get(key);
    }

    /** Key to default, in file order. */
    public Map<String, String> defaults() {
        final Map<String, String> d = new LinkedHashMap<>();
        for (final Setting s : byKey.values()) {
            d.put(s.key(), s.defaultValue());
        }
        return d;
    }

    /** The known key closest to {@code key} by edit distance (ties: the first in file order). */
    public String closest(final String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (final String k : byKey.keySet()) {
            final int d = distance(key, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(final String a, final String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            final int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
