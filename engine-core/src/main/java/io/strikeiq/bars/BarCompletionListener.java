package io.strikeiq.bars;

/** Receives each higher-timeframe bar of a {@link MultiTimeframeBars} when its bucket closes. */
@FunctionalInterface
public interface BarCompletionListener {
    /** {@code bar} is reused after the call returns. */
    void onCompleted(AggregatedBar bar);
}
