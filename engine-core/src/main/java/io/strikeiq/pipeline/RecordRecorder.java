package io.strikeiq.pipeline;

import org.agrona.DirectBuffer;

/** Where the publish stage writes each encoded output record (the output journal, or nothing). */
@FunctionalInterface
public interface RecordRecorder {
    void record(DirectBuffer buffer, int offset, int length);
}
