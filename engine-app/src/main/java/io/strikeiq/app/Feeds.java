package io.strikeiq.app;

import io.strikeiq.event.EventSource;
import io.strikeiq.feeds.dbn.DbnEventSource;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.feeds.synthetic.SyntheticSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** The synthetic market from the configuration (its ranges and cross-key rules have passed). */
    static SyntheticConfig synthetic(final AppConfig c) {
        try {
            return SyntheticSettings.read(c).build();
        } catch (final IllegalArgumentException e) {
            throw new ConfigException(c.origin() + ": synthetic market settings: " + e.getMessage());
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
}
