package io.strikeiq.feeds.synthetic;

/**
 * Small deterministic pseudo-random generator (SplitMix64 stepping) for the synthetic market:
 * the same seed gives the same sequence on every JVM, it allocates nothing, and its Gaussian
 * draws use only {@link StrictMath#log} and {@link Math#sqrt}, so they are bit-identical
 * everywhere (unlike {@link java.util.Random#nextGaussian}, whose {@code StrictMath} use is an
 * implementation detail, and which is synchronised).
 */
final class SeededRandom {
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    SeededRandom(final long seed) {
        state = seed;
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform integer in [0, bound), bound > 0 (the tiny modulo bias is irrelevant here). */
    int nextInt(final int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Exponential with mean 1. */
    double nextExponential() {
        return -StrictMath.log(1.0 - nextDouble());
    }

    /** Standard normal by Marsaglia's polar method; the second value of each pair is kept. */
    double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * nextDouble() - 1.0;
            v = 2.0 * nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        final double scale = Math.sqrt(-2.0 * StrictMath.log(s) / s);
        spareGaussian = v * scale;
        hasSpare = true;
        return u * scale;
    }
}
