package io.strikeiq.analytics.futures;

/**
 * The bias of one timeframe of one instrument (futures_signals.md §4), updated once per completed
 * bar. Steps, in order, the last match winning: ATH/ATL breaks against the previous extremes;
 * fair-value gaps from the bar two back; bullish FVGs closed below become bearish IFVGs (BEARISH);
 * bearish FVGs closed above become bullish IFVGs (BULLISH); bearish IFVGs closed above are deleted
 * (BULLISH); bullish IFVGs closed below are deleted (BEARISH). All comparisons are strict. The four
 * zone lists are bounded by count and age (in bars of this timeframe), oldest dropped first; age
 * pruning happens before the bar's new gap is added.
 */
public final class BiasEngine {
    private final ZoneList bullFvg;
    private final ZoneList bearFvg;
    private final ZoneList bullIfvg;
    private final ZoneList bearIfvg;
    private final long maxAgeBars;

    private byte bias = Bias.NEUTRAL;
    private boolean changed;
    private double ath = Double.NaN;
    private double atl = Double.NaN;
    private long bars;
    // History: c1 = previous bar, c2 = two bars back.
    private double high1;
    private double low1;
    private double high2;
    private double low2;

    /**
     * @param maxZones capacity of each of the four zone lists
     * @param maxAgeBars a zone older than this many bars of this timeframe is dropped
     */
    public BiasEngine(final int maxZones, final long maxAgeBars) {
        if (maxAgeBars < 1) {
            throw new IllegalArgumentException("zone max age must be >= 1 bar");
        }
        bullFvg = new ZoneList(maxZones);
        bearFvg = new ZoneList(maxZones);
        bullIfvg = new ZoneList(maxZones);
        bearIfvg = new ZoneList(maxZones);
        this.maxAgeBars = maxAgeBars;
    }

    /** Applies one completed bar; returns the bias after it. */
    public byte onBar(final double high, final double low, final double close) {
        final byte before = bias;
        byte b = before;
        // 1-2. All-time high / low breaks against the extremes before this bar.
        final double prevAth = ath;
        final double prevAtl = atl;
        if (bars == 0) {
            ath = high;
            atl = low;
        } else {
            if (high > ath) {
                ath = high;
            }
            if (low < atl) {
                atl = low;
            }
            if (close > prevAth && b != Bias.BULLISH) {
                b = Bias.BULLISH;
            } else if (close < prevAtl && b != Bias.BEARISH) {
                b = Bias.BEARISH;
            }
        }
        // 3. Fair-value gaps (c2 = two bars back, c0 = this bar).
        bullFvg.dropOlderThan(bars, maxAgeBars);
        bearFvg.dropOlderThan(bars, maxAgeBars);
        bullIfvg.dropOlderThan(bars, maxAgeBars);
        bearIfvg.dropOlderThan(bars, maxAgeBars);
        if (bars >= 2) {
            if (high2 < low) {
                bullFvg.add(low, high2, bars);
            } else if (low2 > high) {
                bearFvg.add(low2, high, bars);
            }
        }
        // 4. Bullish FVG closed below its bottom → bearish IFVG.
        for (int i = 0; i < bullFvg.size(); ) {
            if (bullFvg.bottom(i) > close) {
                bearIfvg.add(bullFvg.top(i), bullFvg.bottom(i), bullFvg.born(i));
                bullFvg.removeAt(i);
                b = Bias.BEARISH;
            } else {
                i++;
            }
        }
        // 5. Bearish FVG closed above its top → bullish IFVG.
        for (int i = 0; i < bearFvg.size(); ) {
            if (bearFvg.top(i) < close) {
                bullIfvg.add(bearFvg.top(i), bearFvg.bottom(i), bearFvg.born(i));
                bearFvg.removeAt(i);
                b = Bias.BULLISH;
            } else {
                i++;
            }
        }
        // 6. Bearish IFVG closed above its top → deleted.
        for (int i = 0; i < bearIfvg.size(); ) {
            if (bearIfvg.top(i) < close) {
                bearIfvg.removeAt(i);
                b = Bias.BULLISH;
            } else {
                i++;
            }
        }
        // 7. Bullish IFVG closed below its bottom → deleted.
        for (int i = 0; i < bullIfvg.size(); ) {
            if (bullIfvg.bottom(i) > close) {
                bullIfvg.removeAt(i);
                b = Bias.BEARISH;
            } else {
                i++;
            }
        }
        // 8. Shift the history.
        high2 = high1;
        low2 = low1;
        high1 = high;
        low1 = low;
        bars++;
        bias = b;
        changed = b != before;
        return b;
    }

    public byte bias() {
        return bias;
    }

    /** Whether the last {@link #onBar} changed the bias. */
    public boolean changed() {
        return changed;
    }

    /** All-time high so far (NaN before the first bar). */
    public double ath() {
        return ath;
    }

    public double atl() {
        return atl;
    }

    public long bars() {
        return bars;
    }

    public ZoneList bullishFvgs() {
        return bullFvg;
    }

    public ZoneList bearishFvgs() {
        return bearFvg;
    }

    public ZoneList bullishIfvgs() {
        return bullIfvg;
    }

    public ZoneList bearishIfvgs() {
        return bearIfvg;
    }
}
