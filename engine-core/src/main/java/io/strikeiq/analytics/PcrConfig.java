package io.strikeiq.analytics;

import io.strikeiq.settings.SettingValues;

/**
 * Settings of the {@link PcrEngine}.
 *
 * Defaults and ranges: {@link PcrSettings}.
 *
 * @param upperThreshold PCR above this is {@code PCR_HIGH}
 * @param lowerThreshold PCR below this is {@code PCR_LOW}
 * @param hysteresis how far back inside the band PCR must come before {@code PCR_NORMAL}: below
 *     {@code upper − hysteresis} or above {@code lower + hysteresis}
 * @param debounceNanos event-time window in which a second signal of the same type for the same
 *     series is suppressed
 * @param minTotalOi Σ put OI + Σ call OI (contracts) below which the series is not evaluated
 *: thin early-session data says nothing
 * @param scope evaluate PCR across all expiries of an underlying ({@link Scope#TOTAL}, default)
 *     or per (underlying, expiry) ({@link Scope#PER_EXPIRY})
 * @param contrarian true (default, the common NSE reading): high PCR is bullish, low PCR bearish;
 *     false flips the directions
 */
public record PcrConfig(double upperThreshold, double lowerThreshold, double hysteresis, long debounceNanos,
                        long minTotalOi, Scope scope, boolean contrarian) {

    /** Which PCR series drive signals. */
    public enum Scope {
        /** Σ put OI / Σ call OI over every expiry of the underlying; signals carry expiry 0. */
        TOTAL,
        /** One series per (underlying, expiry); signals carry the expiry. */
        PER_EXPIRY
    }

    public PcrConfig {
        if (!(lowerThreshold > 0) || !(upperThreshold > lowerThreshold) || !Double.isFinite(upperThreshold)) {
            throw new IllegalArgumentException("need 0 < lower < upper, got lower " + lowerThreshold
                + " upper " + upperThreshold);
        }
        if (!(hysteresis >= 0) || !(2 * hysteresis < upperThreshold - lowerThreshold)) {
            throw new IllegalArgumentException("hysteresis " + hysteresis + " must be >= 0 and leave a normal band");
        }
        if (debounceNanos < 0 || minTotalOi < 0) {
            throw new IllegalArgumentException("debounce and minimum OI must not be negative");
        }
        if (scope == null) {
            throw new IllegalArgumentException("scope is required");
        }
    }

    /** The settings table's defaults ({@link PcrSettings}). */
    public static PcrConfig defaults() {
        return builder().build();
    }

    /** A builder holding the table's defaults. */
    public static Builder builder() {
        return PcrSettings.read(SettingValues.defaults());
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder().upperThreshold(upperThreshold).lowerThreshold(lowerThreshold).hysteresis(hysteresis)
            .debounceNanos(debounceNanos).minTotalOi(minTotalOi).scope(scope).contrarian(contrarian);
    }

    public PcrConfig withScope(final Scope newScope) {
        return toBuilder().scope(newScope).build();
    }

    /** Named setters for a {@link PcrConfig}; {@link #build()} checks the values. */
    public static final class Builder {
        private double upperThreshold;
        private double lowerThreshold;
        private double hysteresis;
        private long debounceNanos;
        private long minTotalOi;
        private Scope scope;
        private boolean contrarian;

        Builder() {
        }

        public Builder upperThreshold(final double value) {
            upperThreshold = value;
            return this;
        }

        public Builder lowerThreshold(final double value) {
            lowerThreshold = value;
            return this;
        }

        public Builder hysteresis(final double value) {
            hysteresis = value;
            return this;
        }

        public Builder debounceNanos(final long value) {
            debounceNanos = value;
            return this;
        }

        public Builder minTotalOi(final long value) {
            minTotalOi = value;
            return this;
        }

        public Builder scope(final Scope value) {
            scope = value;
            return this;
        }

        public Builder contrarian(final boolean value) {
            contrarian = value;
            return this;
        }

        public PcrConfig build() {
            return new PcrConfig(upperThreshold, lowerThreshold, hysteresis, debounceNanos, minTotalOi, scope, contrarian);
        }
    }
}
