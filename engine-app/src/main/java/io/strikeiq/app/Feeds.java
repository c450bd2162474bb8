package io.strikeiq.app;

import io.strikeiq.analytics.futures.FuturesConfig;
import io.strikeiq.bars.BarValidationConfig;
import io.strikeiq.bars.SessionAlignment;
import io.strikeiq.event.EventSource;
import io.strikeiq.feeds.dbn.DbnEventSource;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeParseException;

/** Turns a {@code --feed} value and the configuration into an event source. */
final class Feeds {
    static final String AVAILABLE = "synthetic, dbn:FILE[,FILE...], chain:PATH[,PATH...]";

    private Feeds() {
    }

    static EventSource open(final String feed, final AppConfig config) {
        return open(feed, config, 0);
    }

    /** @param pace event-time pacing of file feeds: 0 as fast as possible, 1 real time, 10 ten times faster */
    static EventSource open(final String feed, final AppConfig config, final double pace) {
        if ("synthetic".equals(feed)) {
            return new SyntheticMarket(synthetic(config));
        }
        if (feed.startsWith("dbn:")) {
            return new DbnEventSource(dbnFiles(feed.substring(4)), pace);
        }
        if (feed.startsWith(ChainFeed.PREFIX)) { // run passes --instruments / --lot-size / --expiry to ChainFeed itself
            return ChainFeed.open(feed.substring(ChainFeed.PREFIX.length()), null, List.of(), List.of());
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
            throw c.error("synthetic.", "synthetic market settings: " + e.getMessage());
        }
    }

    // ---- futures signal chain and the DBN feed

    private static List<Path> dbnFiles(final String list) {
        final List<Path> files = new ArrayList<>();
        for (final String f : list.split(",")) {
            if (f.isBlank()) {
                continue;
            }
            final Path p = Path.of(f.trim());
            if (!Files.isRegularFile(p)) {
                throw new UserError("DBN file not found: " + p);
            }
            files.add(p);
        }
        if (files.isEmpty()) {
            throw new UserError("--feed dbn: needs at least one file, e.g. dbn:data/nq.dbn.zst");
        }
        return files;
    }

    /** Parses {@code --pace}: max (0), 1x, 10x ... */
    static double pace(final String text) {
        if (text == null || "max".equalsIgnoreCase(text)) {
            return 0;
        }
        try {
            if (text.endsWith("x")) {
                final double v = Double.parseDouble(text.substring(0, text.length() - 1));
                if (v > 0 && Double.isFinite(v)) {
                    return v;
                }
            }
        } catch (final NumberFormatException e) {
            // fall through to the usage message
        }
        throw new UserError("--pace must be max, 1x, 10x (any positive factor followed by x), got '" + text + "'");
    }

    static BarValidationConfig validation(final AppConfig c) {
        try {
            return new BarValidationConfig(c.getBoolean("futures.hygiene.price-floor.enabled"),
                c.getDouble("futures.hygiene.price-floor"), c.getBoolean("futures.hygiene.discontinuity.enabled"),
                c.getDouble("futures.hygiene.discontinuity.max-gap"), c.getBoolean("futures.hygiene.small-range.enabled"),
                c.getDouble("futures.hygiene.small-range.range"), c.getDouble("futures.hygiene.small-range.gap"),
                c.getBoolean("futures.hygiene.flat.enabled"), c.getDouble("futures.hygiene.flat.gap"));
        } catch (final IllegalArgumentException e) {
            throw c.error("futures.hygiene.", "futures hygiene settings: " + e.getMessage());
        }
    }

    static FuturesConfig futuresConfig(final AppConfig c) {
        int switches = 0;
        final String[] tfs = {"5m", "15m", "1h", "4h", "1d"};
        for (int i = 0; i < tfs.length; i++) {
            if (c.getBoolean("futures.htf." + tfs[i])) {
                switches |= 1 << i;
            }
        }
        final String start = c.get("futures.window-start");
        final long windowStart;
        try {
            if ("none".equalsIgnoreCase(start)) {
                windowStart = Long.MIN_VALUE;
            } else {
                final Instant i = Instant.parse(start);
                windowStart = i.getEpochSecond() * 1_000_000_000L + i.getNano();
            }
            return new FuturesConfig(c.getBoolean("futures.enabled"), SessionAlignment.parse(c.get("futures.session")),
                validation(c), switches, c.getBoolean("futures.htf-aligned-only"), c.getBoolean("futures.require-engulfing"),
                c.getBoolean("futures.require-sweep-engulfing"), (int) c.getLong("futures.max-zones"),
                c.getLong("futures.max-zone-age-bars"), (int) c.getLong("futures.warmup-bars"), windowStart,
                c.getBoolean("futures.publish-completed-bars"));
        } catch (final DateTimeParseException e) {
            throw new ConfigException(c.origin() + ": futures.window-start must be none or an ISO instant like "
                + "2024-03-01T00:00:00Z, got '" + start + "'");
        } catch (final IllegalArgumentException e) {
            throw c.error("futures.", "futures settings: " + e.getMessage());
        }
    }
}
