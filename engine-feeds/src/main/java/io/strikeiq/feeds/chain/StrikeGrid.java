package io.strikeiq.feeds.chain;

/**
 * The strike step of a set of listed strikes: the greatest common divisor of their differences,
 * computed exactly in hundredths (strikes are whole paise), so that every strike lies on the grid
 * {@code lowest + n * step} the engine's chain state indexes by.
 */
final class StrikeGrid {
    private StrikeGrid() {
    }

    /** Strike in hundredths; throws when it is not a whole number of hundredths. */
    static long hundredths(final double strike) {
        final double scaled = strike * 100.0;
        final long rounded = Math.round(scaled);
        if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1.0, Math.abs(scaled))) {
            throw new IllegalArgumentException("strike " + strike + " is not a whole number of hundredths");
        }
        return rounded;
    }

    /** GCD of the gaps between {@code strikes} (any order, duplicates allowed); NaN with fewer than two distinct. */
    static double step(final double[] strikes, final int count) {
        if (count == 0) {
            return Double.NaN;
        }
        final long first = hundredths(strikes[0]);
        long g = 0;
        for (int i = 1; i < count; i++) {
            g = gcd(g, Math.abs(hundredths(strikes[i]) - first));
        }
        return g == 0 ? Double.NaN : g / 100.0;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            final long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
