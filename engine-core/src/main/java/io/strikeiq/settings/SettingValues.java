package io.strikeiq.settings;

import java.time.LocalDate;

/**
 * A value for every {@link Setting}, already checked against its type and range; typed reads.
 * Engine configs are built from one of these, so the table's defaults ({@link #defaults()}) and a
 * user's file go through the same code.
 */
public interface SettingValues {
    /** The value of {@code s} as text (its default when nobody set it). */
    String text(Setting s);

    /** The table's defaults. */
    static SettingValues defaults() {
        return Setting::defaultValue;
    }

    default int intValue(final Setting s) {
        return s.readInt(text(s));
    }

    default long longValue(final Setting s) {
        return s.readLong(text(s));
    }

    default double doubleValue(final Setting s) {
        return s.readDouble(text(s));
    }

    default boolean flag(final Setting s) {
        return s.readFlag(text(s));
    }

    /** A duration setting in nanoseconds. */
    default long nanos(final Setting s) {
        return s.readNanos(text(s));
    }

    /** A choice setting's word, in lower case. */
    default String choice(final Setting s) {
        return s.readChoice(text(s));
    }

    default LocalDate date(final Setting s) {
        return s.readDate(text(s));
    }

    /** An instant setting as epoch nanoseconds; {@code Long.MIN_VALUE} for none. */
    default long instantNanos(final Setting s) {
        return s.readInstantNanos(text(s));
    }
}
