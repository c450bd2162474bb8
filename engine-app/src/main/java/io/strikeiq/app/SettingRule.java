package io.strikeiq.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * What values one configuration key accepts: free text, one of a few words, true/false, an ISO
 * date or instant, a whole number or a decimal number within an inclusive range. Numbers are parsed exactly ({@link BigDecimal}) and compared
 * with the range before they are narrowed to {@code int}, {@code long} or {@code double}, so a
 * huge value is an error naming the range instead of silently wrapping around, and NaN or
 * Infinity are never numbers.
 */
final class SettingRule {
    enum Kind { TEXT, CHOICE, BOOLEAN, DATE, INSTANT_OR_NONE, WHOLE, DECIMAL }

    static final SettingRule TEXT = new SettingRule(Kind.TEXT, null, null, List.of());
    static final SettingRule BOOLEAN = new SettingRule(Kind.BOOLEAN, null, null, List.of());
    static final SettingRule ISO_DATE = new SettingRule(Kind.DATE, null, null, List.of());
    static final SettingRule INSTANT_OR_NONE = new SettingRule(Kind.INSTANT_OR_NONE, null, null, List.of());

    private final Kind kind;
    private final BigDecimal min;
    private final BigDecimal max;
    private final List<String> choices;

    private SettingRule(final Kind kind, final BigDecimal min, final BigDecimal max, final List<String> choices) {
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.choices = choices;
    }

    /** One of {@code words}, ignoring case. */
    static SettingRule choice(final String... words) {
        return new SettingRule(Kind.CHOICE, null, null, List.of(words));
    }

    /** A whole number from {@code min} to {@code max} inclusive. */
    static SettingRule whole(final long min, final long max) {
        return new SettingRule(Kind.WHOLE, BigDecimal.valueOf(min), BigDecimal.valueOf(max), List.of());
    }

    /** A decimal number from {@code min} to {@code max} inclusive (given as text so that the bounds are exact). */
    static SettingRule decimal(final String min, final String max) {
        return new SettingRule(Kind.DECIMAL, new BigDecimal(min), new BigDecimal(max), List.of());
    }

    Kind kind() {
        return kind;
    }

    /** Why {@code value} is not acceptable ("must be ..., got '...'"), or null when it is. */
    String problem(final String value) {
        switch (kind) {
            case TEXT:
                return null;
            case CHOICE:
                return choices.contains(value.toLowerCase(Locale.ROOT)) ? null
                    : "must be " + String.join(", ", choices.subList(0, choices.size() - 1)) + " or "
                        + choices.get(choices.size() - 1) + ", got '" + value + "'";
            case BOOLEAN:
                return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? null
                    : "must be true or false, got '" + value + "'";
            case DATE:
                return isIsoDate(value) ? null : "must be an ISO date like 2026-11-24, got '" + value + "'";
            case INSTANT_OR_NONE:
                return "none".equalsIgnoreCase(value) || isInstant(value) ? null
                    : "must be none or an ISO instant like 2024-03-01T00:00:00Z, got '" + value + "'";
            default:
                final BigDecimal v = parse(value);
                return v != null && v.compareTo(min) >= 0 && v.compareTo(max) <= 0 ? null
                    : "must be " + describe() + ", got '" + value + "'";
        }
    }

    /** The value as an exact number, or null when it is not one of this kind. */
    private BigDecimal parse(final String value) {
        if (kind == Kind.WHOLE && !value.matches("[-+]?[0-9]+")) {
            return null;
        }
        if (kind == Kind.DECIMAL && !value.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]{1,4})?")) {
            return null; // also keeps out NaN, Infinity and hexadecimal, which Double.parseDouble would take
        }
        return new BigDecimal(value);
    }

    private static boolean isIsoDate(final String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (final DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isInstant(final String value) {
        try {
            // Within what a long of epoch nanoseconds holds (1677 to 2262): the engine keeps instants that way.
            final long seconds = Instant.parse(value).getEpochSecond();
            return seconds > Long.MIN_VALUE / 1_000_000_000L && seconds < Long.MAX_VALUE / 1_000_000_000L;
        } catch (final DateTimeParseException e) {
            return false;
        }
    }

    private String describe() {
        final String what = kind == Kind.WHOLE ? "a whole number" : "a number";
        return what + " from " + plain(min) + " to " + plain(max);
    }

    private static String plain(final BigDecimal b) {
        return b.stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
