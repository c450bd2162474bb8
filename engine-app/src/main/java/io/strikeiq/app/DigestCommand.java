package io.strikeiq.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code strikeiq digest DIR}: prints the SHA-256 of the folder's signals and records queues
 * ({@link JournalDigest}), the cross-machine form of {@code verify}: two machines that replay the
 * same input with the same configuration and engine version print the same two lines.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Print the SHA-256 of a journal folder's output queues (signals/, records/), record by record.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "1:a journal is missing or damaged (checksum, truncation, garbage)", "2:usage error"})
final class DigestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Journal folder.")
    Path journal;

    @Override
    public Integer call() {
        final JournalDigest d = JournalDigest.of(journal);
        for (final String warning : d.warnings()) {
            System.err.println("strikeiq digest: warning: " + warning);
        }
        System.out.println("signals sha256 " + d.signalsSha256() + "  " + d.signals() + " records");
        System.out.println("records sha256 " + d.recordsSha256() + "  " + d.records() + " records");
        return 0;
    }
}
