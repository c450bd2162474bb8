package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.feeds.dbn.Compression;
import io.strikeiq.feeds.dbn.OhlcvFileGenerator;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.RecordValidator;
import io.strikeiq.sbe.BarBiasesDecoder;
import io.strikeiq.sbe.ContractSnapshotDecoder;
import io.strikeiq.sbe.IngestRunDecoder;
import io.strikeiq.sbe.UnderlyingSnapshotDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish stage's routing by template, after whole runs: {@code DIR/signals} holds Signal
 * records only and {@code DIR/records} every other output record and no Signal. The queues are
 * read with bare Chronicle tailers (no StrikeIQ reader, whose validator would refuse a misrouted
 * record rather than count it), and the totals are checked against the publish stage's own
 * counters as the run summary prints them: every signal and arena record the engines produced
 * is in exactly one queue, none lost, none twice.
 */
class OutputRoutingTest {
    private static final Pattern SIGNALS = Pattern.compile("\n  signals +([0-9,]+)");
    private static final Pattern RECORDS = Pattern.compile("\n  records +([0-9,]+)");

    @TempDir
    Path tmp;

    /** Records per SBE template id in {@code queueDir}, from each record's header (templateId: bytes 2-3, little-endian). */
    private static Map<Integer, Long> templates(final Path queueDir) {
        final Map<Integer, Long> counts = new TreeMap<>();
        try (ChronicleQueue q = JournalLayout.openForReading(queueDir); ExcerptTailer t = q.createTailer()) {
            while (true) {
                try (DocumentContext dc = t.readingDocument()) {
                    if (!dc.isPresent()) {
                        return counts;
                    }
                    final Bytes<?> b = dc.wire().bytes();
                    counts.merge(b.readUnsignedShort(b.readPosition() + 2), 1L, Long::sum);
                }
            }
        }
    }

    private static long summaryCount(final Pattern line, final String out) {
        final Matcher m = line.matcher(out);
        assertTrue(m.find(), "summary line " + line + " in:\n" + out);
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static long total(final Map<Integer, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Checks both queues of {@code journal} against the run summary {@code out}; returns the records queue's census. */
    private static Map<Integer, Long> assertRouted(final Path journal, final String out) {
        final Map<Integer, Long> signals = templates(JournalLayout.signalsQueue(journal));
        final Map<Integer, Long> records = templates(JournalLayout.recordsQueue(journal));
        final long published = summaryCount(SIGNALS, out);
        assertEquals(published, total(signals), "signals/ holds every published signal: " + signals);
        for (final int template : signals.keySet()) {
            assertTrue(RecordValidator.isSignal(template), "signals/ holds signal families only: " + signals);
            assertFalse(records.containsKey(template), "records/ holds no signal: " + records);
        }
        for (final int template : records.keySet()) {
            assertFalse(RecordValidator.isSignal(template), "records/ holds no signal: " + records);
        }
        assertEquals(summaryCount(RECORDS, out), total(records), "records/ holds every arena record: " + records);
        return records;
    }

    @Test
    void syntheticRunSplitsSignalsFromSnapshots() {
        final Path live = tmp.resolve("live");
        final CliRunner r = CliRunner.run("run", "--feed", "synthetic", "--journal", live.toString(), "--events", "200000");
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(summaryCount(SIGNALS, r.out) >= 3, "the run must produce signals for the split to mean anything:\n" + r.out);
        final Map<Integer, Long> records = assertRouted(live, r.out);
        assertTrue(records.getOrDefault(UnderlyingSnapshotDecoder.TEMPLATE_ID, 0L) > 0, records::toString);
        assertTrue(records.getOrDefault(ContractSnapshotDecoder.TEMPLATE_ID, 0L) > 0, records::toString);
    }

    @Test
    void dbnRunPutsBiasesAndIngestRunsInRecords() throws IOException {
        final Path file = tmp.resolve("nq.dbn.zst");
        new OhlcvFileGenerator(11, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8), "NQ").write(file, Compression.ZSTD);
        final Path live = tmp.resolve("live");
        final CliRunner r = CliRunner.run("run", "--feed", "dbn:" + file, "--journal", live.toString());
        assertEquals(0, r.exitCode, r.toString());
        final Map<Integer, Long> records = assertRouted(live, r.out);
        assertEquals(1L, records.get(IngestRunDecoder.TEMPLATE_ID), "one IngestRun per file given: " + records);
        assertTrue(records.getOrDefault(BarBiasesDecoder.TEMPLATE_ID, 0L) > 0, records::toString);
    }
}
