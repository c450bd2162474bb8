package io.strikeiq.analytics.futures;

/**
 * Engulfing and sweep-engulfing of one bar against the previous bar (futures_signals.md §5).
 * Pure functions of eight prices; +1 bullish, -1 bearish, 0 none.
 */
public final class CandlePatterns {
    private CandlePatterns() {
    }

    /** Bullish: this green, previous red, open ≤ previous close, close &gt; previous open; bearish mirrored. */
    public static int engulfing(final double prevOpen, final double prevClose, final double open, final double close) {
        if (close > open && prevClose < prevOpen && open <= prevClose && close > prevOpen) {
            return 1;
        }
        if (close < open && prevClose > prevOpen && open >= prevClose && close < prevOpen) {
            return -1;
        }
        return 0;
    }

    /** Engulfing that also swept the previous bar's low (bullish) or high (bearish) and closed beyond its close. */
    public static int sweepEngulfing(final double prevOpen, final double prevHigh, final double prevLow,
                                     final double prevClose, final double open, final double high, final double low,
                                     final double close) {
        final int e = engulfing(prevOpen, prevClose, open, close);
        if (e > 0 && low < prevLow && close > prevClose) {
            return 1;
        }
        if (e < 0 && high > prevHigh && close < prevClose) {
            return -1;
        }
        return 0;
    }
}
