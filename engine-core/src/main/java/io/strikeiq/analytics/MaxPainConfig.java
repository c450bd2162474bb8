package io.strikeiq.analytics;

import java.util.concurrent.TimeUnit;

/**
 * Settings of the {@link MaxPainEngine}.
 *
 * @param debounceNanos event-time window after a {@code MAX_PAIN_SHIFT} of a chain in which
 *     further shifts of that chain are held back (default 5 min): max pain flickers between
 *     neighbouring strikes when the pain curve is flat
 * @param minTotalOi Σ call + put OI (contracts) of the chain below which max pain is undefined
 *     and nothing is signalled (default 10 000)
 * @param fullStrengthSteps a shift of this many strike steps or more has strength 1 (default 4)
 */
public record MaxPainConfig(long debounceNanos, long minTotalOi, int fullStrengthSteps) {
    public MaxPainConfig {
        if (debounceNanos < 0 || minTotalOi < 0 || fullStrengthSteps <= 0) {
            throw new IllegalArgumentException("need debounce >= 0, minTotalOi >= 0, fullStrengthSteps > 0");
        }
    }

    public static MaxPainConfig defaults() {
        return new MaxPainConfig(TimeUnit.MINUTES.toNanos(5), 10_000, 4);
    }
}
