package io.strikeiq.math;

/**
 * Delbourgo-Gregory rational cubic interpolation between two points with given values and
 * slopes, used for the implied-volatility initial guess. On {@code [xl, xr]}, with
 * {@code s = (x - xl) / h}, {@code t = 1 - s}, {@code h = xr - xl}:
 * {@code R = (yr s^3 + (r yr - h dr) s^2 t + (r yl + h dl) s t^2 + yl t^3) / (1 + (r - 3) s t)}.
 * The control parameter {@code r = 3} gives the cubic Hermite spline and {@code r -> inf} the
 * straight line; we pick {@code r} so that the curve also matches a second derivative at one end
 * (derived from {@code R''}: left {@code r = (h c / 2 + dr - dl) / (delta - dl)}, right
 * {@code r = (h c / 2 + dr - dl) / (dr - delta)}, {@code delta = (yr - yl) / h}) and clamp it to
 * {@code r >= (dl + dr) / delta}, the condition under which monotone data stay monotone.
 */
final class RationalCubic {
    /** Beyond this the curve is a straight line to double precision. */
    private static final double MAX_CONTROL = 1.0 / 0x1.0p-52;

    private RationalCubic() {
    }

    static double interpolate(
        final double x, final double xl, final double xr, final double yl, final double yr,
        final double dl, final double dr, final double r) {
        final double h = xr - xl;
        if (!(Math.abs(h) > 0.0)) {
            return 0.5 * (yl + yr);
        }
        final double s = (x - xl) / h;
        final double t = 1.0 - s;
        if (r >= MAX_CONTROL) {
            return yr * s + yl * t;
        }
        final double numerator = yr * s * s * s + (r * yr - h * dr) * s * s * t + (r * yl + h * dl) * s * t * t
            + yl * t * t * t;
        return numerator / (1.0 + (r - 3.0) * s * t);
    }

    /** Control parameter matching second derivative {@code c} at the left end. */
    static double controlFromLeft(
        final double xl, final double xr, final double yl, final double yr, final double dl, final double dr,
        final double c) {
        final double h = xr - xl;
        final double delta = (yr - yl) / h;
        return clamp((0.5 * h * c + dr - dl) / (delta - dl), dl, dr, delta);
    }

    /** Control parameter matching second derivative {@code c} at the right end. */
    static double controlFromRight(
        final double xl, final double xr, final double yl, final double yr, final double dl, final double dr,
        final double c) {
        final double h = xr - xl;
        final double delta = (yr - yl) / h;
        return clamp((0.5 * h * c + dr - dl) / (dr - delta), dl, dr, delta);
    }

    private static double clamp(final double r, final double dl, final double dr, final double delta) {
        final double monotone = delta != 0.0 ? (dl + dr) / delta : 0.0;
        final double floor = Math.max(monotone, 0.0);
        if (!(r == r) || r >= MAX_CONTROL) {
            return MAX_CONTROL;
        }
        return Math.max(r, floor);
    }
}
