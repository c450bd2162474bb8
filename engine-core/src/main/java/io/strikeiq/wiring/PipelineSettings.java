package io.strikeiq.wiring;

import io.strikeiq.analytics.ChainSettings;
import io.strikeiq.analytics.MaxPainSettings;
import io.strikeiq.analytics.PcrSettings;
import io.strikeiq.analytics.futures.FuturesSettings;
import io.strikeiq.pipeline.Preset;
import io.strikeiq.settings.CrossCheck;
import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingGroup;
import io.strikeiq.settings.SettingValues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's settings and the engine settings as a whole: {@link #engineSettings} builds an
 * {@link EngineSettings} from any {@link SettingValues}. The event-time schedules of the chain
 * engines are only looked at on timer ticks, so a schedule shorter than the timer interval would
 * silently fire at the timer's pace instead: that is an error naming both keys.
 */
public final class PipelineSettings {
    public static final Setting PRESET = Setting.choice("pipeline.preset", "auto",
        List.of("latency", "balanced", "throughput", "compact", "auto"),
        "Performance preset (thread layout, ring, wait strategy; never changes the output).");
    public static final Setting TIMER_INTERVAL = Setting.duration("pipeline.timer-interval-ms", "1000",
        TimeUnit.MILLISECONDS, 1, 86_400_000, "Event-time period of the analytics timers (ms of event time).");

    public static final SettingGroup GROUP = new SettingGroup("pipeline", List.of(PRESET, TIMER_INTERVAL),
        scheduleChecks());

    private PipelineSettings() {
    }

    private static List<CrossCheck> scheduleChecks() {
        final List<CrossCheck> checks = new ArrayList<>();
        for (final Setting schedule : ChainSettings.SCHEDULES) {
            checks.add(CrossCheck.of(List.of(schedule, TIMER_INTERVAL), v -> {
                final long period = v.nanos(schedule);
                final long timer = v.nanos(TIMER_INTERVAL);
                // 0 disables a schedule that allows it (chain.snapshot-seconds).
                return period == 0 || period >= timer ? null : schedule.key() + " (" + v.text(schedule)
                    + ") is shorter than pipeline.timer-interval-ms (" + v.text(TIMER_INTERVAL)
                    + "): the schedule is checked on timer ticks only, so it could not fire more often than the timer";
            }));
        }
        return checks;
    }

    /** Every engine's settings from {@code v}, with the pipeline preset already resolved. */
    public static EngineSettings engineSettings(final SettingValues v, final Preset preset) {
        return new EngineSettings(preset, v.nanos(TIMER_INTERVAL), PcrSettings.read(v).build(),
            MaxPainSettings.read(v).build(), ChainSettings.read(v).build(), FuturesSettings.read(v).build());
    }

    /** The engine's groups of settings, in file order. */
    public static List<SettingGroup> engineGroups() {
        return List.of(PcrSettings.GROUP, MaxPainSettings.GROUP, ChainSettings.GROUP, FuturesSettings.GROUP);
    }
}
