package io.strikeiq.app;

import io.strikeiq.event.EventSource;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Turns a {@code --feed} value and the configuration into an event source. */
final class Feeds {
    static final String AVAILABLE = "synthetic";

    private Feeds() {
    }

    static EventSource open(final String feed, final AppConfig config) {
        if ("synthetic".equals(feed)) {
            return new SyntheticMarket(synthetic(config));
        }
        throw new UserError("unknown feed '" + feed + "' (available: " + AVAILABLE + ")");
    }

    static SyntheticConfig synthetic(final AppConfig c) {
        final SyntheticConfig d = SyntheticConfig.defaults();
        final LocalDate date;
        try {
            date = LocalDate.parse(c.get("synthetic.session-date"));
        } catch (final DateTimeParseException e) {
            throw new ConfigException(c.origin() + ": synthetic.session-date must be an ISO date like 2026-11-24, got '"
                + c.get("synthetic.session-date") + "'");
        }
        try {
            return new SyntheticConfig(c.getLong("synthetic.seed"), d.underlying(), d.venue(), c.getDouble("synthetic.spot"),
                c.getDouble("synthetic.strike-step"), (int) c.getLong("synthetic.lot-size"), d.tickSize(),
                (int) c.getLong("synthetic.strikes-each-side"), (int) c.getLong("synthetic.expiries"), date,
                d.sessionOpen(), d.spotVol(), d.atmVol(), d.farAtmVol(), d.rate(), d.meanEventGapNanos(), d.maxEvents());
        } catch (final IllegalArgumentException e) {
            throw new ConfigException(c.origin() + ": synthetic market settings: " + e.getMessage());
        }
    }
}
