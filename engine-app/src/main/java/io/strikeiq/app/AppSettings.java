package io.strikeiq.app;

import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingGroup;
import java.util.List;

/** The application's own settings (feed pacing, the demo, storage): declared once here. */
final class AppSettings {
    static final Setting FEED_RATE = Setting.decimal("feed.rate", "0", "0", "1000000000",
        "Offered rate in events per second of wall clock; 0 = as fast as the pipeline accepts.");

    static final Setting DEMO_EVENTS = Setting.whole("demo.events", "2000000", 1, 1_000_000_000_000L,
        "Events the demo pushes through the pipeline as fast as it accepts them (throughput phase).");
    static final Setting DEMO_JOURNAL = Setting.text("demo.journal", "data/demo",
        "Where the demo writes its journals (wiped first).");
    static final Setting DEMO_LATENCY_EVENTS = Setting.whole("demo.latency-events", "300000", 0, 1_000_000_000_000L,
        "Events of the latency phase, offered at demo.latency-rate; 0 skips the phase.");
    static final Setting DEMO_LATENCY_RATE = Setting.decimal("demo.latency-rate", "100000", "1", "1000000000",
        "Offered rate (events/s) of the latency phase.");
    static final Setting DEMO_DRAIN = Setting.flag("demo.drain", "true",
        "The demo then drains its journal into PostgreSQL and prints row counts per table.");

    static final Setting DB_URL = Setting.text("db.url", "embedded",
        "jdbc:postgresql://host:port/db (user and password from the environment) or embedded.");
    static final Setting DB_EMBEDDED_DIR = Setting.text("db.embedded-dir", "pg",
        "Data folder of the embedded PostgreSQL, inside the journal folder.");
    static final Setting DRAIN_BATCH_ROWS = Setting.whole("drain.batch-rows", "20000", 1, 1_000_000,
        "Rows the drain commits per transaction at most.");
    static final Setting DRAIN_MAX_BACKOFF_MS = Setting.whole("drain.max-backoff-ms", "5000", 100, 3_600_000,
        "While PostgreSQL is down the drain retries with a backoff doubling from 100 ms up to this.");

    static final SettingGroup FEED = new SettingGroup("feed", List.of(FEED_RATE), List.of());
    static final SettingGroup DEMO = new SettingGroup("demo and storage", List.of(DEMO_EVENTS, DEMO_JOURNAL,
        DEMO_LATENCY_EVENTS, DEMO_LATENCY_RATE, DEMO_DRAIN, DB_URL, DB_EMBEDDED_DIR, DRAIN_BATCH_ROWS,
        DRAIN_MAX_BACKOFF_MS), List.of());

    private AppSettings() {
    }
}
