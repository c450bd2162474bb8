package io.strikeiq.analytics.futures;

import io.strikeiq.bars.BarValidationConfig;
import io.strikeiq.bars.SessionAlignment;
import io.strikeiq.bars.Timeframe;
import io.strikeiq.settings.SettingValues;
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

    /** The settings table's defaults ({@link FuturesSettings}): CME alignment, hygiene off, all HTFs on, no filters. */
    public static FuturesConfig defaults() {
        return builder().build();
    }

    /** A builder holding the table's defaults. */
    public static Builder builder() {
        return FuturesSettings.read(SettingValues.defaults());
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder()
            .enabled(enabled)
            .alignment(alignment)
            .validation(validation)
            .htfSwitches(htfSwitches)
            .htfAlignedOnly(htfAlignedOnly)
            .requireEngulfing(requireEngulfing)
            .requireSweepEngulfing(requireSweepEngulfing)
            .maxZones(maxZones)
            .maxZoneAgeBars(maxZoneAgeBars)
            .warmupBars(warmupBars)
            .windowStartNanos(windowStartNanos)
            .publishCompletedBars(publishCompletedBars);
    }

    /** Whether higher timeframe {@code tf} ({@link Timeframe} index 1..5; 30m never does) takes part in HTF alignment. */
    public boolean switchedOn(final int tf) {
        return (htfSwitches & (1 << (tf - Timeframe.FIRST_HTF))) != 0;
    }

    /** Named setters for a {@link FuturesConfig}; {@link #build()} checks the values. */
    public static final class Builder {
        private boolean enabled;
        private SessionAlignment alignment;
        private BarValidationConfig validation;
        private int htfSwitches;
        private boolean htfAlignedOnly;
        private boolean requireEngulfing;
        private boolean requireSweepEngulfing;
        private int maxZones;
        private long maxZoneAgeBars;
        private int warmupBars;
        private long windowStartNanos;
        private boolean publishCompletedBars;

        Builder() {
        }

        public Builder enabled(final boolean value) {
            enabled = value;
            return this;
        }

        public Builder alignment(final SessionAlignment value) {
            alignment = value;
            return this;
        }

        public Builder validation(final BarValidationConfig value) {
            validation = value;
            return this;
        }

        public Builder htfSwitches(final int value) {
            htfSwitches = value;
            return this;
        }

        public Builder htfAlignedOnly(final boolean value) {
            htfAlignedOnly = value;
            return this;
        }

        public Builder requireEngulfing(final boolean value) {
            requireEngulfing = value;
            return this;
        }

        public Builder requireSweepEngulfing(final boolean value) {
            requireSweepEngulfing = value;
            return this;
        }

        public Builder maxZones(final int value) {
            maxZones = value;
            return this;
        }

        public Builder maxZoneAgeBars(final long value) {
            maxZoneAgeBars = value;
            return this;
        }

        public Builder warmupBars(final int value) {
            warmupBars = value;
            return this;
        }

        public Builder windowStartNanos(final long value) {
            windowStartNanos = value;
            return this;
        }

        public Builder publishCompletedBars(final boolean value) {
            publishCompletedBars = value;
            return this;
        }

        public FuturesConfig build() {
            return new FuturesConfig(enabled, alignment, validation, htfSwitches, htfAlignedOnly, requireEngulfing,
                requireSweepEngulfing, maxZones, maxZoneAgeBars, warmupBars, windowStartNanos,
                publishCompletedBars);
        }
    }
}
