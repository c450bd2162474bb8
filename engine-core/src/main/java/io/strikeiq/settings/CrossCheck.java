package io.strikeiq.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A rule that two or more settings must obey together (pcr.lower below pcr.upper, a schedule not
 * shorter than the timer interval). Its message names every key involved and their values.
 */
public final class CrossCheck {
    private final List<Setting> keys;
    private final Function<SettingValues, String> rule;

    private CrossCheck(final List<Setting> keys, final Function<SettingValues, String> rule) {
        this.keys = List.copyOf(keys);
        this.rule = rule;
    }

    /**
     * @param keys the settings the rule reads (named in the error's origin)
     * @param rule gives the problem in words, or null when the values fit
     */
    public static CrossCheck of(final List<Setting> keys, final Function<SettingValues, String> rule) {
        return new CrossCheck(keys, rule);
    }

    /** {@code low} must be strictly below {@code high}. */
    public static CrossCheck below(final Setting low, final Setting high) {
        return of(List.of(low, high), v -> new BigDecimal(v.text(low)).compareTo(new BigDecimal(v.text(high))) < 0
            ? null : low.key() + " (" + v.text(low) + ") must be below " + high.key() + " (" + v.text(high) + ")");
    }

    /** {@code low} must not be above {@code high}. */
    public static CrossCheck atMost(final Setting low, final Setting high) {
        return of(List.of(low, high), v -> new BigDecimal(v.text(low)).compareTo(new BigDecimal(v.text(high))) <= 0
            ? null : low.key() + " (" + v.text(low) + ") must not be above " + high.key() + " (" + v.text(high) + ")");
    }

    /** The settings this rule reads. */
    public List<Setting> keys() {
        return keys;
    }

    /** The problem in words, or null when {@code values} obey the rule. Values are range-checked already. */
    public String problem(final SettingValues values) {
        return rule.apply(values);
    }
}
