package io.strikeiq.bars;

/**
 * A completed (or, from {@link MultiTimeframeBars#reportForming}, a still forming) higher-timeframe
 * bar as handed to a {@link BarCompletionListener}: one preallocated
 * instance per aggregator, overwritten for every completion, so a listener copies what it keeps.
 */
public final class AggregatedBar {
    /** The aggregator's series slot the bar belongs to. */
    public int slot;
    /** {@link Timeframe} index. */
    public int timeframe;
    /** Inclusive start, ns since epoch UTC. */
    public long openTime;
    /** Exclusive end: the bar is available at this instant. */
    public long closeTime;
    public double open;
    public double high;
    public double low;
    public double close;
    public long volume;
    /** Accepted 1-minute bars aggregated; fewer than the timeframe's minutes when some had no trades. */
    public int minuteBars;
    /** True for a bucket reported while still forming (end of an input file): it has not closed. */
    public boolean incomplete;
}
