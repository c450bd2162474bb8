package io.strikeiq.journal;

import org.agrona.DirectBuffer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the output queues of two journal directories record by record, byte for byte, the
 * signals queues first, then the records queues: the determinism check behind
 * {@code ./strikeiq verify DIR_A DIR_B}. All four queues are opened
 * read-only; a damaged record, a record either build cannot decode, or damage after the last good
 * record is a {@link JournalFormatException}; an unfinished last record ends that journal and is
 * reported in {@link JournalComparison#warnings()}.
 */
public final class JournalComparator {
    private JournalComparator() {
    }

    /**
     * @throws JournalNotFoundException when either directory lacks a signals or records queue
     * @throws JournalFormatException when either directory has the old single output queue
     */
    public static JournalComparison compareOutputs(final Path leftJournalDir, final Path rightJournalDir) {
        try (OutputJournalReader leftSignals = OutputJournalReader.openSignals(leftJournalDir);
             OutputJournalReader rightSignals = OutputJournalReader.openSignals(rightJournalDir);
             OutputJournalReader leftRecords = OutputJournalReader.openRecords(leftJournalDir);
             OutputJournalReader rightRecords = OutputJournalReader.openRecords(rightJournalDir)) {
            final JournalComparison signals = compare(JournalLayout.SIGNALS_QUEUE, leftSignals, rightSignals);
            if (!signals.identical()) {
                return signals;
            }
            final JournalComparison records = compare(JournalLayout.RECORDS_QUEUE, leftRecords, rightRecords);
            if (!records.identical()) {
                return records;
            }
            final List<String> warnings = new ArrayList<>(signals.warnings());
            warnings.addAll(records.warnings());
            return JournalComparison.identical(signals.recordCount(), records.recordCount()).withWarnings(warnings);
        }
    }

    /**
     * Compares the records remaining in two readers of the same queue; {@code queue} names it in the
     * result, whose {@link JournalComparison#recordCount()} is that queue's.
     */
    public static JournalComparison compare(final String queue, final OutputJournalReader left, final OutputJournalReader right) {
        final JournalComparison result = walk(queue, left, right);
        final List<String> warnings = new ArrayList<>(2);
        for (final OutputJournalReader r : new OutputJournalReader[] {left, right}) {
            if (r.endWarning() != null) {
                warnings.add(r.endWarning());
            }
        }
        return result.withWarnings(warnings);
    }

    private static JournalComparison walk(final String queue, final OutputJournalReader left, final OutputJournalReader right) {
        long record = 0;
        while (true) {
            final boolean hasLeft = left.next();
            final boolean hasRight = right.next();
            if (!hasLeft && !hasRight) {
                return JournalLayout.SIGNALS_QUEUE.equals(queue)
                    ? JournalComparison.identical(record, 0) : JournalComparison.identical(0, record);
            }
            if (!hasLeft) {
                return JournalComparison.differ(JournalComparison.Outcome.LEFT_ENDED_EARLY, queue, record, null,
                    RecordValidator.templateName(right.templateId()));
            }
            if (!hasRight) {
                return JournalComparison.differ(JournalComparison.Outcome.RIGHT_ENDED_EARLY, queue, record,
                    RecordValidator.templateName(left.templateId()), null);
            }
            if (!sameBytes(left.buffer(), left.length(), right.buffer(), right.length())) {
                return JournalComparison.differ(JournalComparison.Outcome.RECORDS_DIFFER, queue, record,
                    RecordValidator.templateName(left.templateId()), RecordValidator.templateName(right.templateId()));
            }
            record++;
        }
    }

    private static boolean sameBytes(final DirectBuffer a, final int aLength, final DirectBuffer b, final int bLength) {
        if (aLength != bLength) {
            return false;
        }
        int i = 0;
        for (; i + Long.BYTES <= aLength; i += Long.BYTES) {
            if (a.getLong(i) != b.getLong(i)) {
                return false;
            }
        }
        for (; i < aLength; i++) {
            if (a.getByte(i) != b.getByte(i)) {
                return false;
            }
        }
        return true;
    }
}
