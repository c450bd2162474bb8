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
 * into the (closed) records queue ({@code DIR/records}) (OK, FAILED with the error, INTERRUPTED), or NOT READ for a file
 * the run stopped before (NO RECORD if the file was opened but its record is missing), each
 * followed by the instruments the file held as raw symbol and vendor id ({@code ESH1 (5482)}). {@link #incomplete} names every file that did not end OK, so the run can
 * exit 1 and say which.
 */
final class IngestSummary {
    private final List<String> fileNames;
    private final IngestRun[] runs;
    /** Per file, the instruments the source saw in it ({@code ESH1 (5482)}). */
    private final List<List<String>> instruments;
    /** Index of the last file the source opened: a file up to it without a record lost its record. */
    private final int lastOpened;

    private IngestSummary(final List<String> fileNames, final IngestRun[] runs, final List<List<String>> instruments,
                          final int lastOpened) {
        this.fileNames = fileNames;
        this.instruments = instruments;
        this.runs = runs;
        this.lastOpened = lastOpened;
    }

    /** Reads the IngestRun records of {@code journal}, matched to the source's files by position. */
    static IngestSummary read(final Path journal, final DbnEventSource source) {
        final List<String> names = new ArrayList<>();
        final List<List<String>> instruments = new ArrayList<>();
        for (int i = 0; i < source.fileCount(); i++) {
            names.add(source.file(i).getFileName().toString());
            instruments.add(source.instruments(i));
        }
        final IngestRun[] runs = new IngestRun[names.size()];
        final IngestRunDecoder decoder = new IngestRunDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        try (OutputJournalReader reader = OutputJournalReader.openRecords(journal)) {
            while (reader.next()) {
                if (reader.templateId() == IngestRunDecoder.TEMPLATE_ID) {
                    final IngestRun r = IngestRun.from(decoder.wrapAndApplyHeader(reader.buffer(), 0, header));
                    if (r.runSequence() >= 0 && r.runSequence() < runs.length) {
                        runs[r.runSequence()] = r;
                    }
                }
            }
        }
        return new IngestSummary(names, runs, instruments, source.fileIndex());
    }

    void print(final PrintStream out) {
        out.println("Ingest runs:");
        for (int i = 0; i < runs.length; i++) {
            out.println("  " + (runs[i] != null ? runs[i].summary() : String.format("%-6s %s  (%s)", missing(i),
                fileNames.get(i), i > lastOpened ? "the run stopped before this file" : "the engine wrote no IngestRun record")));
            if (!instruments.get(i).isEmpty()) {
                out.println("         instruments: " + String.join(", ", instruments.get(i)));
            }
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

    private String missing(final int file) {
        return file > lastOpened ? "NOT READ" : "NO RECORD";
    }

    /** One line naming the files that did not end OK, e.g. {@code 2 of 3 DBN files not ingested completely: ...}. */
    String incomplete() {
        final StringBuilder s = new StringBuilder();
        int n = 0;
        for (int i = 0; i < runs.length; i++) {
            if (runs[i] == null || !runs[i].ok()) {
                s.append(n++ == 0 ? "" : "; ").append(fileNames.get(i)).append(' ')
                    .append(runs[i] == null ? missing(i) : runs[i].statusName());
            }
        }
        return n + " of " + runs.length + " DBN file" + (runs.length == 1 ? "" : "s") + " not ingested completely: " + s
            + " (see Ingest runs)";
    }
}
