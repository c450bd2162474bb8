package io.strikeiq.analytics.futures;

import io.strikeiq.bars.BarValidationConfig;
import io.strikeiq.bars.SessionAlignment;
import io.strikeiq.bars.Timeframe;
import java.util.Objects;

/**
 * Settings of the futures signal chain (futures_signals.md §2–§6). Every triangle record carries
 * the filter settings it was produced under.
 *
 * @param enabled run the chain at all (bars of other engines' feeds are then ignored)
 * @param alignment session origin of the higher-timeframe buckets
 * @param validation optional hygiene rules
 * @param htfSwitches bit per timeframe taking part in HTF alignment: {@link #SWITCH_5M} ... {@link #SWITCH_1D}
 * @param htfAlignedOnly a candidate needs every switched-on HTF bias to agree
 * @param requireEngulfing a candidate needs the matching engulfing bar
 * @param requireSweepEngulfing a candidate needs the matching sweep-engulfing bar (takes priority)
 * @param maxZones capacity of each FVG / IFVG list per (instrument, timeframe)
 * @param maxZoneAgeBars zones older than this many bars of their timeframe are dropped
 * @param warmupBars accepted 1-minute bars per instrument before any triangle is emitted
 * @param windowStartNanos no triangle for a bar opening before this instant (the preload window)
 * @param publishCompletedBars write a CompletedBar record for every higher-timeframe bar, and a
 *     FormingBar record for every bucket still forming when an input file ends
 */
public record FuturesConfig(boolean enabled, SessionAlignment alignment, BarValidationConfig validation, int htfSwitches,
                            boolean htfAlignedOnly, boolean requireEngulfing, boolean requireSweepEngulfing,
                            int maxZones, long maxZoneAgeBars, int warmupBars, long windowStartNanos,
                            boolean publishCompletedBars) {
    public static final int SWITCH_5M = 1;
    public static final int SWITCH_15M = 2;
    public static final int SWITCH_1H = 4;
    public static final int SWITCH_4H = 8;
    public static final int SWITCH_1D = 16;
    public static final int ALL_HTF = 31;

    public FuturesConfig {
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(validation, "validation");
        if (htfSwitches < 0 || htfSwitches > ALL_HTF) {
            throw new IllegalArgumentException("htf switches must be a bit set of 0..31");
        }
        if (maxZones < 1 || maxZoneAgeBars < 1 || warmupBars < 0) {
            throw new IllegalArgumentException("max zones and zone age must be >= 1, warm-up >= 0");
        }
    }

    /** CME alignment, hygiene off, all HTFs switched on, no filters, 64 zones of up to 10,000 bars. */
    public static FuturesConfig defaults() {
        return new FuturesConfig(true, SessionAlignment.CME, BarValidationConfig.defaults(), ALL_HTF, false, false, false,
            64, 10_000, 0, Long.MIN_VALUE, true);
    }

    /** Whether higher timeframe {@code tf} ({@link Timeframe} index 1..5; 30m never does) takes part in HTF alignment. */
    public boolean switchedOn(final int tf) {
        return (htfSwitches & (1 << (tf - Timeframe.FIRST_HTF))) != 0;
    }

    public FuturesConfig withFilters(final int switches, final boolean alignedOnly, final boolean engulfing,
                                     final boolean sweep) {
        return new FuturesConfig(enabled, alignment, validation, switches, alignedOnly, engulfing, sweep, maxZones,
            maxZoneAgeBars, warmupBars, windowStartNanos, publishCompletedBars);
    }

    public FuturesConfig withAlignment(final SessionAlignment value) {
        return new FuturesConfig(enabled, value, validation, htfSwitches, htfAlignedOnly, requireEngulfing,
            requireSweepEngulfing, maxZones, maxZoneAgeBars, warmupBars, windowStartNanos, publishCompletedBars);
    }

    public FuturesConfig withValidation(final BarValidationConfig value) {
        return new FuturesConfig(enabled, alignment, value, htfSwitches, htfAlignedOnly, requireEngulfing,
            requireSweepEngulfing, maxZones, maxZoneAgeBars, warmupBars, windowStartNanos, publishCompletedBars);
    }

    public FuturesConfig withWarmUp(final int bars, final long windowStart) {
        return new FuturesConfig(enabled, alignment, validation, htfSwitches, htfAlignedOnly, requireEngulfing,
            requireSweepEngulfing, maxZones, maxZoneAgeBars, bars, windowStart, publishCompletedBars);
    }

    public FuturesConfig withZones(final int max, final long maxAgeBars) {
        return new FuturesConfig(enabled, alignment, validation, htfSwitches, htfAlignedOnly, requireEngulfing,
            requireSweepEngulfing, max, maxAgeBars, warmupBars, windowStartNanos, publishCompletedBars);
    }
}
