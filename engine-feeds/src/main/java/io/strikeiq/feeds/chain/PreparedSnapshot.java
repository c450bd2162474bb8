package io.strikeiq.feeds.chain;

import java.util.List;

/**
 * A snapshot ready for replay: where it came from (file index, position in the file: the tie-breaks
 * of the time order), its underlying, instant and value (NaN when the file has none), and its legs.
 */
record PreparedSnapshot(int fileIndex, int positionInFile, String underlying, long timeNanos, double underlyingValue,
                        List<PreparedLeg> legs) {
    PreparedSnapshot {
        legs = List.copyOf(legs);
    }
}
