package io.strikeiq.bars;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where higher-timeframe buckets start each day: UTC midnight (the old system's choice), the CME
 * Globex session (17:00 America/Chicago, the TradingView alignment, daylight-saving correct) or the
 * NSE session (09:15 Asia/Kolkata).
 */
public enum SessionAlignment {
    UTC(ZoneOffset.UTC, LocalTime.MIDNIGHT),
    CME(ZoneId.of("America/Chicago"), LocalTime.of(17, 0)),
    NSE(ZoneId.of("Asia/Kolkata"), LocalTime.of(9, 15));

    private final ZoneId zone;
    private final LocalTime sessionStart;

    SessionAlignment(final ZoneId zone, final LocalTime sessionStart) {
        this.zone = zone;
        this.sessionStart = sessionStart;
    }

    public ZoneId zone() {
        return zone;
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
