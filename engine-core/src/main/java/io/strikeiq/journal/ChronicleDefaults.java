package io.strikeiq.journal;

/**
 * System properties Chronicle must see before its first queue or map is built, set by the
 * project itself so that every process loading its code gets them, not only one started by the
 * launcher with {@code -D} flags. Chronicle Queue and Map report usage to Google Analytics (a DNS
 * lookup of www.google-analytics.com, a client-id file {@code ~/.chronicle.analytics.client.id})
 * unless {@code chronicle.analytics.disable} is true when {@code AnalyticsFacade.isEnabled()} is
 * first asked, which happens when the first {@code SingleChronicleQueue} or Chronicle Map is
 * built; {@code chronicle.announcer.disable} keeps Chronicle's start-up banner out of our output
 * and is read once when its announcer class initialises. A value the user set explicitly
 * ({@code -Dchronicle.analytics.disable=false}) is left alone.
 *
 * <p>Entry points that may be the first to touch Chronicle call {@link #apply()} from a static
 * initialiser: the journal layout, the instrument registry and directory, the engine, the signal
 * subscriber and the CLI.
 */
public final class ChronicleDefaults {
    static final String ANALYTICS_DISABLE = "chronicle.analytics.disable";
    static final String ANNOUNCER_DISABLE = "chronicle.announcer.disable";

    private ChronicleDefaults() {
    }

    /** Sets the properties that are not set yet; idempotent and cheap, safe to call from any thread. */
    public static void apply() {
        setIfAbsent(ANALYTICS_DISABLE, "true");
        setIfAbsent(ANNOUNCER_DISABLE, "true");
    }

    private static void setIfAbsent(final String key, final String value) {
        // Properties is a synchronized map: putIfAbsent never overwrites a value set concurrently.
        System.getProperties().putIfAbsent(key, value);
    }
}
