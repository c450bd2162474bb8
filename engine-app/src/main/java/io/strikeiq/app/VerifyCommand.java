package io.strikeiq.app;

import io.strikeiq.journal.JournalComparator;
import io.strikeiq.journal.JournalComparison;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code strikeiq verify DIR_A DIR_B}: exit 0 when the two output journals are identical record
 * by record, else exit 1 naming the first differing record and its type on each side. Every
 * record's checksum is verified on both sides: a damaged journal is exit 1 with one line naming
 * the journal, record and Chronicle index. A journal whose last record was left unfinished by a
 * killed writer is compared up to its last complete record, with a warning line on stderr.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Compare the output queues (signals/, then records/) of two journal folders record by record.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:identical", "1:they differ (the first differing record and its queue are named) or a journal is missing/damaged (checksum, truncation, garbage)", "2:usage error"})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR_A", description = "First journal folder.")
    Path left;

    @Parameters(index = "1", paramLabel = "DIR_B", description = "Second journal folder.")
    Path right;

    @Override
    public Integer call() {
        final JournalComparison result = JournalComparator.compareOutputs(left, right);
        for (final String warning : result.warnings()) {
            System.err.println("strikeiq verify: warning: " + warning);
        }
        if (result.identical()) {
            System.out.println("verify: identical: " + result.recordCount() + " output records (" + result.signalCount()
                + " signals, " + (result.recordCount() - result.signalCount()) + " records) in " + left + " and " + right);
            return 0;
        }
        System.out.println("verify: " + result.describe() + " (" + left + " vs " + right + ")");
        return 1;
    }
}
