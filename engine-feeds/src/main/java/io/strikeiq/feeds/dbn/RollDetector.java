package io.strikeiq.feeds.dbn;

import java.util.Arrays;

/**
 * Watches the instrument ids that records carry for each series (an input-symbol index of a
 * {@link SymbolResolver}) and reports a roll when a continuous series' id changes, e.g. when
 * {@code NQ.v.0} moves from NQH4 to NQM4. Preallocated per series; no allocation per record.
 */
public final class RollDetector {
    private final int[] current;
    private final int[] previous;

    /** @param seriesCount number of series (usually {@link SymbolResolver#symbolCount()}) */
    public RollDetector(final int seriesCount) {
        current = new int[seriesCount];
        previous = new int[seriesCount];
        Arrays.fill(current, SymbolResolver.NO_INSTRUMENT);
        Arrays.fill(previous, SymbolResolver.NO_INSTRUMENT);
    }

    /**
     * Records that series {@code series} produced a record of {@code instrumentId}.
     *
     * @return true if the series had an instrument before and this is a different one (a roll)
     */
    public boolean onRecord(final int series, final int instrumentId) {
        final int was = current[series];
        if (was == instrumentId) {
            return false;
        }
        previous[series] = was;
        current[series] = instrumentId;
        return was != SymbolResolver.NO_INSTRUMENT;
    }

    /** @return the series' current instrument id, or {@link SymbolResolver#NO_INSTRUMENT} */
    public int currentInstrument(final int series) {
        return current[series];
    }

    /** @return the instrument the series rolled from at its last change, or {@link SymbolResolver#NO_INSTRUMENT} */
    public int previousInstrument(final int series) {
        return previous[series];
    }
}
