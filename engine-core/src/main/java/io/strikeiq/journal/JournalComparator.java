package io.strikeiq.journal;

import org.agrona.DirectBuffer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the output journals of two journal directories record by record, byte for byte:
 * the determinism check behind {@code ./strikeiq verify DIR_A DIR_B}. Both queues are opened
 * read-only; a damaged record, a record either build cannot decode, or damage after the last good
 * record is a {@link JournalFormatException}; an unfinished last record ends that journal and is
 * reported in {@link JournalComparison#warnings()}.
 */
public final class JournalComparator {
    private JournalComparator() {
    }

    /**
     * @throws JournalNotFoundException when either directory has no output queue
     */
    public static JournalComparison compareOutputs(final Path leftJournalDir, final Path rightJournalDir) {
        try (OutputJournalReader left = OutputJournalReader.open(leftJournalDir);
             OutputJournalReader right = OutputJournalReader.open(rightJournalDir)) {
            return compare(left, right);
        }
    }

    /** Compares the records remaining in two readers. */
    public static JournalComparison compare(final OutputJournalReader left, final OutputJournalReader right) {
        final JournalComparison result = walk(left, right);
        final List<String> warnings = new ArrayList<>(2);
        for (final OutputJournalReader r : new OutputJournalReader[] {left, right}) {
            if (r.endWarning() != null) {
                warnings.add(r.endWarning());
            }
        }
        return result.withWarnings(warnings);
    }

    private static JournalComparison walk(final OutputJournalReader left, final OutputJournalReader right) {
        long record = 0;
        while (true) {
            final boolean hasLeft = left.next();
            final boolean hasRight = right.next();
            if (!hasLeft && !hasRight) {
                return JournalComparison.identical(record);
            }
            if (!hasLeft) {
                return JournalComparison.differ(JournalComparison.Outcome.LEFT_ENDED_EARLY, record, null,
                    RecordValidator.templateName(right.templateId()));
            }
            if (!hasRight) {
                return JournalComparison.differ(JournalComparison.Outcome.RIGHT_ENDED_EARLY, record,
                    RecordValidator.templateName(left.templateId()), null);
            }
            if (!sameBytes(left.buffer(), left.length(), right.buffer(), right.length())) {
                return JournalComparison.differ(JournalComparison.Outcome.RECORDS_DIFFER, record,
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
