package io.strikeiq.bench;

import io.strikeiq.pipeline.RecordArena;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.signal.SignalSink;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;

/**
 * What the benchmarks that call engines directly hand them as a {@link SignalSink}: signals into
 * the event's {@link SignalBuffer} (set per event), records into a {@link RecordArena}, counting
 * commits so each event's records can be drained exactly, as the publish stage does.
 */
public final class ArenaSink implements SignalSink, OutputRecords {
    private final RecordArena arena = new RecordArena(RecordArena.DEFAULT_CAPACITY);
    private int committed;
    /** The buffer this event's signals go to. */
    public SignalBuffer signals;

    @Override
    public Signal next(final int engine, final int signalType) {
        return signals.next(engine, signalType);
    }

    @Override
    public OutputRecords records() {
        return this;
    }

    @Override
    public int tryClaim(final int templateId, final int length) {
        return arena.tryClaim(templateId, length);
    }

    @Override
    public MutableDirectBuffer buffer() {
        return arena.buffer();
    }

    @Override
    public void commit(final int index) {
        arena.commit(index);
        committed++;
    }

    @Override
    public void abort(final int index) {
        arena.abort(index);
    }

    /** Hands this event's committed records to {@code handler} and frees them. */
    public void drain(final MessageHandler handler) {
        if (committed > 0) {
            arena.drain(handler, committed);
            committed = 0;
        }
    }
}
