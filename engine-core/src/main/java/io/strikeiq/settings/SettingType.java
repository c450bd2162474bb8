package io.strikeiq.settings;

/** The kind of value a {@link Setting} holds, which decides how its text is checked and read. */
public enum SettingType {
    /** A whole number that fits an {@code int}. */
    INT,
    /** A whole number that fits a {@code long}. */
    LONG,
    /** A decimal number, parsed exactly before it becomes a {@code double}. */
    DOUBLE,
    /** true or false. */
    BOOLEAN,
    /** One of a few words, ignoring case. */
    CHOICE,
    /** A whole number of a time unit (the key's suffix says which: -seconds, -ms). */
    DURATION,
    /** An ISO date such as 2026-11-24. */
    DATE,
    /** none, or an ISO instant such as 2024-03-01T00:00:00Z. */
    INSTANT_OR_NONE,
    /** Free text. */
    TEXT
}
