package io.strikeiq.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * One configuration key, declared once: its type, the values it accepts, its default and a
 * one-line description. Numbers are parsed exactly ({@link BigDecimal}) and compared with the
 * range before they are narrowed, so a huge value is an error naming the range instead of
 * silently wrapping around, and NaN, Infinity and hexadecimal are never numbers.
 */
public final class Setting {
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final String key;
    private final SettingType type;
    private final String defaultValue;
    private final String doc;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean minOpen;
    private final boolean maxOpen;
    private final List<String> choices;
    private final TimeUnit unit;

    private Setting(final String key, final SettingType type, final String defaultValue, final String doc,
                    final BigDecimal min, final BigDecimal max, final boolean minOpen, final boolean maxOpen,
                    final List<String> choices,
                    final TimeUnit unit) {
        this.key = Objects.requireNonNull(key, "key");
        this.type = type;
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.doc = Objects.requireNonNull(doc, "doc");
        this.min = min;
        this.max = max;
        this.minOpen = minOpen;
        this.maxOpen = maxOpen;
        this.choices = choices;
        this.unit = unit;
        if (type == SettingType.INT && (min.compareTo(INT_MIN) < 0 || max.compareTo(INT_MAX) > 0)) {
            throw new IllegalArgumentException(key + ": an int setting's range must lie within int");
        }
        final String problem = problem(defaultValue);
        if (problem != null) {
            // A declaration error: the table itself is wrong.
            throw new IllegalArgumentException(key + ": default " + problem);
        }
    }

    /** A whole number from {@code min} to {@code max} inclusive that fits an {@code int}. */
    public static Setting integer(final String key, final String def, final int min, final int max, final String doc) {
        return new Setting(key, SettingType.INT, def, doc, BigDecimal.valueOf(min), BigDecimal.valueOf(max), false, false,
            List.of(), null);
    }

    /** A whole number from {@code min} to {@code max} inclusive. */
    public static Setting whole(final String key, final String def, final long min, final long max, final String doc) {
        return new Setting(key, SettingType.LONG, def, doc, BigDecimal.valueOf(min), BigDecimal.valueOf(max), false, false,
            List.of(), null);
    }

    /** A decimal number from {@code min} to {@code max} inclusive (bounds as text so that they are exact). */
    public static Setting decimal(final String key, final String def, final String min, final String max,
                                  final String doc) {
        return new Setting(key, SettingType.DOUBLE, def, doc, new BigDecimal(min), new BigDecimal(max), false, false,
            List.of(), null);
    }

    /** A decimal number strictly between {@code min} and {@code max}. */
    public static Setting decimalBetween(final String key, final String def, final String min, final String max,
                                         final String doc) {
        return new Setting(key, SettingType.DOUBLE, def, doc, new BigDecimal(min), new BigDecimal(max), true, true,
            List.of(), null);
    }

    /** A decimal number above {@code min} and at most {@code max}. */
    public static Setting decimalAbove(final String key, final String def, final String min, final String max,
                                       final String doc) {
        return new Setting(key, SettingType.DOUBLE, def, doc, new BigDecimal(min), new BigDecimal(max), true, false,
            List.of(), null);
    }

    /** A decimal number from {@code min} and below {@code max}. */
    public static Setting decimalBelow(final String key, final String def, final String min, final String max,
                                       final String doc) {
        return new Setting(key, SettingType.DOUBLE, def, doc, new BigDecimal(min), new BigDecimal(max), false, true,
            List.of(), null);
    }

    /** A whole number of {@code unit} from {@code min} to {@code max} inclusive, read as nanoseconds. */
    public static Setting duration(final String key, final String def, final TimeUnit unit, final long min,
                                   final long max, final String doc) {
        return new Setting(key, SettingType.DURATION, def, doc, BigDecimal.valueOf(min), BigDecimal.valueOf(max),
            false, false, List.of(), unit);
    }

    /** true or false. */
    public static Setting flag(final String key, final String def, final String doc) {
        return new Setting(key, SettingType.BOOLEAN, def, doc, null, null, false, false, List.of(), null);
    }

    /** One of {@code words} (lower case), ignoring case. */
    public static Setting choice(final String key, final String def, final List<String> words, final String doc) {
        return new Setting(key, SettingType.CHOICE, def, doc, null, null, false, false, List.copyOf(words), null);
    }

    /** An ISO date. */
    public static Setting date(final String key, final String def, final String doc) {
        return new Setting(key, SettingType.DATE, def, doc, null, null, false, false, List.of(), null);
    }

    /** none or an ISO instant within what a long of epoch nanoseconds holds. */
    public static Setting instantOrNone(final String key, final String def, final String doc) {
        return new Setting(key, SettingType.INSTANT_OR_NONE, def, doc, null, null, false, false, List.of(), null);
    }

    /** Free text. */
    public static Setting text(final String key, final String def, final String doc) {
        return new Setting(key, SettingType.TEXT, def, doc, null, null, false, false, List.of(), null);
    }

    public String key() {
        return key;
    }

    public SettingType type() {
        return type;
    }

    /** The built-in default, as it is written in the configuration file. */
    public String defaultValue() {
        return defaultValue;
    }

    /** One line saying what the key does. */
    public String doc() {
        return doc;
    }

    /** The words a {@link SettingType#CHOICE} accepts; empty for other types. */
    public List<String> choices() {
        return choices;
    }

    /** The unit of a {@link SettingType#DURATION}; null for other types. */
    public TimeUnit unit() {
        return unit;
    }

    /** The lower bound of a number setting (excluded when {@link #minOpen()}); null for other types. */
    public BigDecimal min() {
        return min;
    }

    /** The upper bound of a number setting (excluded when {@link #maxOpen()}); null for other types. */
    public BigDecimal max() {
        return max;
    }

    public boolean minOpen() {
        return minOpen;
    }

    public boolean maxOpen() {
        return maxOpen;
    }

    /** Why {@code value} is not acceptable ("must be ..., got '...'"), or null when it is. */
    public String problem(final String value) {
        switch (type) {
            case TEXT:
                return null;
            case CHOICE:
                return choices.contains(value.toLowerCase(Locale.ROOT)) ? null : "must be " + range() + ", got '" + value + "'";
            case BOOLEAN:
                return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? null
                    : "must be true or false, got '" + value + "'";
            case DATE:
                return isIsoDate(value) ? null : "must be an ISO date like 2026-11-24, got '" + value + "'";
            case INSTANT_OR_NONE:
                return "none".equalsIgnoreCase(value) || isInstant(value) ? null
                    : "must be none or an ISO instant like 2024-03-01T00:00:00Z, got '" + value + "'";
            default:
                final BigDecimal v = number(value);
                return v != null && inRange(v) ? null : "must be " + range() + ", got '" + value + "'";
        }
    }

    private boolean inRange(final BigDecimal v) {
        final int lo = v.compareTo(min);
        final int hi = v.compareTo(max);
        return (minOpen ? lo > 0 : lo >= 0) && (maxOpen ? hi < 0 : hi <= 0);
    }

    /** What the key accepts, in words: "a whole number from 1 to 100", "classic or flow", "true or false". */
    public String range() {
        switch (type) {
            case TEXT:
                return "any text";
            case CHOICE:
                return String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
            case BOOLEAN:
                return "true or false";
            case DATE:
                return "an ISO date";
            case INSTANT_OR_NONE:
                return "none or an ISO instant";
            case DOUBLE:
                if (!minOpen && !maxOpen) {
                    return "a number from " + plain(min) + " to " + plain(max);
                }
                return "a number " + (minOpen ? "above " : "at least ") + plain(min) + (maxOpen ? " and below " : " and at most ")
                    + plain(max);
            default:
                return "a whole number from " + plain(min) + " to " + plain(max);
        }
    }

    /** The value as an exact number, or null when it is not one of this type. */
    private BigDecimal number(final String value) {
        if (type != SettingType.DOUBLE && !value.matches("[-+]?[0-9]+")) {
            return null;
        }
        if (type == SettingType.DOUBLE && !value.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]{1,4})?")) {
            return null; // also keeps out NaN, Infinity and hexadecimal, which Double.parseDouble would take
        }
        return new BigDecimal(value);
    }

    // ---- reading a checked value (the caller has checked it with problem(): else an exception)

    int readInt(final String value) {
        require(SettingType.INT);
        return new BigDecimal(value).intValueExact();
    }

    long readLong(final String value) {
        require(SettingType.LONG);
        return new BigDecimal(value).longValueExact();
    }

    double readDouble(final String value) {
        require(SettingType.DOUBLE);
        return new BigDecimal(value).doubleValue();
    }

    boolean readFlag(final String value) {
        require(SettingType.BOOLEAN);
        return "true".equalsIgnoreCase(value);
    }

    long readNanos(final String value) {
        require(SettingType.DURATION);
        return unit.toNanos(new BigDecimal(value).longValueExact());
    }

    String readChoice(final String value) {
        require(SettingType.CHOICE);
        return value.toLowerCase(Locale.ROOT);
    }

    LocalDate readDate(final String value) {
        require(SettingType.DATE);
        return LocalDate.parse(value);
    }

    /** Epoch nanoseconds, or {@code Long.MIN_VALUE} for none. */
    long readInstantNanos(final String value) {
        require(SettingType.INSTANT_OR_NONE);
        if ("none".equalsIgnoreCase(value)) {
            return Long.MIN_VALUE;
        }
        final Instant i = Instant.parse(value);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private void require(final SettingType wanted) {
        if (type != wanted) {
            // A programming error (code reads a key as the wrong type), not a user's.
            throw new IllegalStateException(key + " is a " + type + " setting, read as " + wanted);
        }
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

    private static String plain(final BigDecimal b) {
        return b.stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key;
    }
}
