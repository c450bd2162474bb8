package io.strikeiq.app;

import io.strikeiq.feeds.dbn.DbnEventSource;
import io.strikeiq.feeds.dbn.IngestRun;
import io.strikeiq.journal.OutputJournalReader;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a DBN run: one line per file given, from the IngestRun records the futures engine wrote
 * into the (closed) output journal (OK, FAILED with the error, INTERRUPTED), or NOT READ for a file
 * the run stopped before. {@link #incomplete} names every file that did not end OK, so the run can
 * exit 1 and say which.
 */
final class IngestSummary {
    private final List<String> fileNames;
    private final IngestRun[] runs;

    private IngestSummary(final List<String> fileNames, final IngestRun[] runs) {
        this.fileNames = fileNames;
        this.runs = runs;
    }

    /** Reads the IngestRun records of {@code journal}, matched to the source's files by position. */
    static IngestSummary read(final Path journal, final DbnEventSource source) {
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < source.fileCount(); i++) {
            names.add(source.file(i).getFileName().toString());
        }
        final IngestRun[] runs = new IngestRun[names.size()];
        final IngestRunDecoder decoder = new IngestRunDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        try (OutputJournalReader reader = OutputJournalReader.open(journal)) {
            while (reader.next()) {
                if (reader.templateId() == IngestRunDecoder.TEMPLATE_ID) {
                    final IngestRun r = IngestRun.from(decoder.wrapAndApplyHeader(reader.buffer(), 0, header));
                    if (r.runSequence() >= 0 && r.runSequence() < runs.length) {
                        runs[r.runSequence()] = r;
                    }
                }
            }
        }
        return new IngestSummary(names, runs);
    }

    void print(final PrintStream out) {
        out.println("Ingest runs:");
        for (int i = 0; i < runs.length; i++) {
            out.println("  " + (runs[i] != null ? runs[i].summary()
                : String.format("%-6s %s  (the run stopped before this file)", "NOT READ", fileNames.get(i))));
        }
    }

    /** True when every file was read to its end without error. */
    boolean allOk() {
        for (final IngestRun r : runs) {
            if (r == null || !r.ok()) {
                return false;
            }
        }
        return true;
    }

    /** One line naming the files that did not end OK, e.g. {@code 2 of 3 DBN files not ingested completely: ...}. */
    String incomplete() {
        final StringBuilder s = new StringBuilder();
        int n = 0;
        for (int i = 0; i < runs.length; i++) {
            if (runs[i] == null || !runs[i].ok()) {
                s.append(n++ == 0 ? "" : "; ").append(fileNames.get(i)).append(' ')
                    .append(runs[i] == null ? "NOT READ" : runs[i].statusName());
            }
        }
        return n + " of " + runs.length + " DBN file" + (runs.length == 1 ? "" : "s") + " not ingested completely: " + s
            + " (see Ingest runs)";
    }
}
