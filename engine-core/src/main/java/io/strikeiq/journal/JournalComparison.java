package io.strikeiq.journal;

import java.util.List;

/**
 * Outcome of comparing the output queues of two journals record by record ({@link JournalComparator}):
 * identical (with the record count per queue), or the queue and first record (0-based) where they
 * part, with the record type on each side, or {@code null} for the side that had already ended. It also carries
 * the warnings of the readers (a journal whose last record was left unfinished by a killed
 * writer), which the comparison treats as the end of that journal.
 */
public final class JournalComparison {
    /** How the two journals relate. */
    public enum Outcome {
        IDENTICAL,
        /** Both have record {@link #firstDifference()} but its bytes differ. */
        RECORDS_DIFFER,
        /** The left journal ended at {@link #firstDifference()} while the right one goes on. */
        LEFT_ENDED_EARLY,
        /** The right journal ended at {@link #firstDifference()} while the left one goes on. */
        RIGHT_ENDED_EARLY
    }

    private final Outcome outcome;
    private final String queue;
    private final long signalCount;
    private final long recordCount;
    private final long firstDifference;
    private final String leftType;
    private final String rightType;
    private List<String> warnings = List.of();

    private JournalComparison(final Outcome outcome, final String queue, final long signalCount, final long recordCount,
                              final long firstDifference, final String leftType, final String rightType) {
        this.outcome = outcome;
        this.queue = queue;
        this.signalCount = signalCount;
        this.recordCount = recordCount;
        this.firstDifference = firstDifference;
        this.leftType = leftType;
        this.rightType = rightType;
    }

    /** Both queues identical: {@code signals} records in the signals queues, {@code records} in the records queues. */
    static JournalComparison identical(final long signals, final long records) {
        return new JournalComparison(Outcome.IDENTICAL, null, signals, signals + records, -1, null, null);
    }

    /** The two {@code queue} queues part at {@code recordNumber} (0-based, within that queue). */
    static JournalComparison differ(final Outcome outcome, final String queue, final long recordNumber,
                                    final String leftType, final String rightType) {
        return new JournalComparison(outcome, queue, 0, recordNumber, recordNumber, leftType, rightType);
    }

    JournalComparison withWarnings(final List<String> readerWarnings) {
        this.warnings = List.copyOf(readerWarnings);
        return this;
    }

    /** Warning lines of the readers, e.g. an unfinished last record; empty when both journals ended cleanly. */
    public List<String> warnings() {
        return warnings;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean identical() {
        return outcome == Outcome.IDENTICAL;
    }

    /**
     * Records in each journal's two output queues together when identical; otherwise the number of
     * leading records of {@link #queue()} that matched.
     */
    public long recordCount() {
        return recordCount;
    }

    /** Records in each signals queue when identical, else 0. */
    public long signalCount() {
        return signalCount;
    }

    /** Queue of the first difference ({@link JournalLayout#SIGNALS_QUEUE} or {@link JournalLayout#RECORDS_QUEUE}), null when identical. */
    public String queue() {
        return queue;
    }

    /** 0-based number of the first record that differs, or -1 when identical. */
    public long firstDifference() {
        return firstDifference;
    }

    /** Type of the left journal's record at {@link #firstDifference()}, null if it had ended or identical. */
    public String leftType() {
        return leftType;
    }

    /** Type of the right journal's record at {@link #firstDifference()}, null if it had ended or identical. */
    public String rightType() {
        return rightType;
    }

    /** One line for a person, e.g. the verify command's output. */
    public String describe() {
        switch (outcome) {
            case IDENTICAL:
                return "identical: " + recordCount + " records (" + signalCount + " in " + JournalLayout.SIGNALS_QUEUE
                    + "/, " + (recordCount - signalCount) + " in " + JournalLayout.RECORDS_QUEUE + "/)";
            case RECORDS_DIFFER:
                return "differ at " + queue + "/ record #" + firstDifference + ": left " + leftType + ", right " + rightType;
            case LEFT_ENDED_EARLY:
                return "differ at " + queue + "/ record #" + firstDifference + ": left ended after " + firstDifference
                    + " records, right has " + rightType;
            default:
                return "differ at " + queue + "/ record #" + firstDifference + ": right ended after " + firstDifference
                    + " records, left has " + leftType;
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
