package io.strikeiq.app;

import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalListener;
import io.strikeiq.signal.SignalType;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts published signals per (engine, type) on the publish thread without allocating, for
 * the end-of-run summary. Ids beyond the table are counted together as "other".
 */
final class SignalCounter implements SignalListener {
    private static final int ENGINES = 64;
    private static final int TYPES = 256;
    private final long[] counts = new long[ENGINES * TYPES];
    private long other;

    @Override
    public void onSignal(final Signal signal) {
        if (signal.engine >= 0 && signal.engine < ENGINES && signal.signalType >= 0 && signal.signalType < TYPES) {
            counts[signal.engine * TYPES + signal.signalType]++;
        } else {
            other++;
        }
    }

    /** "pcr PCR_HIGH 3" style labels; read after the pipeline has stopped. */
    List<String> summary() {
        final List<String> lines = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                lines.add(EngineId.name(i / TYPES) + " " + SignalType.name(i % TYPES) + " " + counts[i]);
            }
        }
        if (other > 0) {
            lines.add("other " + other);
        }
        return lines;
    }
}
