package io.strikeiq.bars;

import java.time.LocalTime;

/**
 * Where higher-timeframe buckets start each day: UTC midnight (the old system's choice), the CME
 * Globex session (17:00 America/Chicago, the TradingView alignment, daylight-saving correct) or the
 * NSE session (09:15 Asia/Kolkata). The UTC offsets come from the project's pinned table
 * ({@link ExchangeOffsets}), not from the JDK's tzdata.
 */
public enum SessionAlignment {
    UTC("UTC", LocalTime.MIDNIGHT),
    CME("America/Chicago", LocalTime.of(17, 0)),
    NSE("Asia/Kolkata", LocalTime.of(9, 15));

    private final String tzdataZone;
    private final LocalTime sessionStart;

    SessionAlignment(final String tzdataZone, final LocalTime sessionStart) {
        this.tzdataZone = tzdataZone;
        this.sessionStart = sessionStart;
    }

    /** The tzdata zone the pinned offsets were taken from (for the test that compares them, and for docs). */
    public String tzdataZone() {
        return tzdataZone;
    }

    public LocalTime sessionStart() {
        return sessionStart;
    }

    /** Parses {@code utc}, {@code cme} or {@code nse} (any case). */
    public static SessionAlignment parse(final String text) {
        for (final SessionAlignment a : values()) {
            if (a.name().equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("session alignment must be utc, cme or nse, got '" + text + "'");
    }
}
