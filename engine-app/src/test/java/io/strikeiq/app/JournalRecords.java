package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.journal.InputJournalReader;
import java.nio.file.Path;

/** Reads a journal folder's input queue back, for tests that check what a run left behind. */
final class JournalRecords {
    private JournalRecords() {
    }

    /** Number of input records, asserting they are numbered 0, 1, 2 ... without a gap or a repeat. */
    static long inputInSequence(final Path journalDir) {
        final MarketEvent slot = new MarketEvent();
        long n = 0;
        try (InputJournalReader reader = InputJournalReader.open(journalDir)) {
            while (true) {
                slot.clear();
                if (reader.poll(slot) != EventSource.FILLED) {
                    return n;
                }
                assertEquals(n, slot.sequence, "input record #" + n);
                n++;
            }
        }
    }
}
