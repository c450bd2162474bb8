package io.strikeiq.analytics;

import java.util.concurrent.TimeUnit;

/**
 * Settings of the {@link PcrEngine}.
 *
 * @param upperThreshold PCR above this is {@code PCR_HIGH} (default 1.3)
 * @param lowerThreshold PCR below this is {@code PCR_LOW} (default 0.7)
 * @param hysteresis how far back inside the band PCR must come before {@code PCR_NORMAL}: below
 *     {@code upper − hysteresis} or above {@code lower + hysteresis} (default 0.05)
 * @param debounceNanos event-time window in which a second signal of the same type for the same
 *     series is suppressed (default 60 s)
 * @param minTotalOi Σ put OI + Σ call OI (contracts) below which the series is not evaluated
 *     (default 10 000): thin early-session data says nothing
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

    public static PcrConfig defaults() {
        return new PcrConfig(1.3, 0.7, 0.05, TimeUnit.SECONDS.toNanos(60), 10_000, Scope.TOTAL, true);
    }

    public PcrConfig withScope(final Scope newScope) {
        return new PcrConfig(upperThreshold, lowerThreshold, hysteresis, debounceNanos, minTotalOi, newScope, contrarian);
    }
}
