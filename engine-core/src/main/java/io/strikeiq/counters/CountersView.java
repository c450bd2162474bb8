package io.strikeiq.counters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.errors.ErrorLogReader;
import org.agrona.concurrent.status.CountersReader;

/**
 * One reading of a journal folder's {@link CountersFile}, from any process: every allocated
 * counter (label and value, in registration order) and every distinct error. What
 * {@code strikeiq stat} prints and the metrics endpoint serves.
 */
public final class CountersView {
    /** One counter. */
    public record Counter(int id, int typeId, String label, long value) {
    }

    /**
     * One distinct error: how often it was observed, first and last time (epoch ms) and the
     * stack trace text as recorded.
     */
    public record ErrorEntry(int observations, long firstMillis, long lastMillis, String text) {
        /** The exception's first line (class and message). */
        public String firstLine() {
            final int nl = text.indexOf('\n');
            return (nl < 0 ? text : text.substring(0, nl)).trim();
        }
    }

    private final long writerPid;
    private final long startMillis;
    private final List<Counter> counters;
    private final List<ErrorEntry> errors;

    private CountersView(final long writerPid, final long startMillis, final List<Counter> counters,
                         final List<ErrorEntry> errors) {
        this.writerPid = writerPid;
        this.startMillis = startMillis;
        this.counters = List.copyOf(counters);
        this.errors = List.copyOf(errors);
    }

    /**
     * Reads the counters file of {@code journalDir} now.
     *
     * @throws CountersFileException when the folder has no (readable) counters file
     */
    public static CountersView read(final Path journalDir) {
        try (CountersFile file = CountersFile.openReadOnly(journalDir)) {
            final CountersReader reader = file.reader();
            final List<Counter> counters = new ArrayList<>();
            reader.forEach((counterId, typeId, key, label) ->
                counters.add(new Counter(counterId, typeId, label, reader.getCounterValue(counterId))));
            final List<ErrorEntry> errors = new ArrayList<>();
            if (ErrorLogReader.hasErrors(file.errorLog())) {
                ErrorLogReader.read(file.errorLog(), (count, first, last, text) ->
                    errors.add(new ErrorEntry(count, first, last, text)));
            }
            return new CountersView(file.writerPid(), file.startMillis(), counters, errors);
        }
    }

    public List<Counter> counters() {
        return counters;
    }

    public List<ErrorEntry> errors() {
        return errors;
    }

    /** The value of the counter labelled {@code label}, or -1 when there is none. */
    public long value(final String label) {
        for (final Counter c : counters) {
            if (c.label().equals(label)) {
                return c.value();
            }
        }
        return -1;
    }

    public long writerPid() {
        return writerPid;
    }

    public long startMillis() {
        return startMillis;
    }
}
