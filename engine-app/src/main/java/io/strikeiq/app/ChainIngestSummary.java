package io.strikeiq.app;

import io.strikeiq.feeds.chain.ChainFileSource;
import io.strikeiq.feeds.chain.ChainIngestRecord;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The chain feed's side of a run: a progress bar on stderr while it loads and replays, then one
 * ingest line per file ({@link ChainIngestRecord#summary}: OK / FAILED with its one-line error /
 * INTERRUPTED, SHA-256, format, snapshots, legs, rejects by reason) and, when a file did not end OK,
 * one line naming them so the run exits 1.
 */
final class ChainIngestSummary {
    private ChainIngestSummary() {
    }

    static void print(final ChainFileSource source, final PrintStream out, final PrintStream err) {
        out.println("Ingest runs:");
        for (final ChainIngestRecord r : source.records()) {
            out.println("  " + r.summary());
        }
        final String incomplete = incomplete(source);
        if (incomplete != null) {
            for (final ChainIngestRecord r : source.records()) {
                if (!r.ok()) {
                    err.println("strikeiq run: " + r.error());
                }
            }
            err.println("strikeiq run: " + incomplete);
        }
    }

    static boolean allOk(final ChainFileSource source) {
        return incomplete(source) == null;
    }

    private static String incomplete(final ChainFileSource source) {
        final List<ChainIngestRecord> records = source.records();
        final StringBuilder s = new StringBuilder();
        int n = 0;
        for (final ChainIngestRecord r : records) {
            if (!r.ok()) {
                s.append(n++ == 0 ? "" : "; ").append(r.fileName()).append(' ').append(r.statusName());
            }
        }
        return n == 0 ? null : n + " of " + records.size() + " chain file" + (records.size() == 1 ? "" : "s")
            + " not ingested completely: " + s + " (see Ingest runs)";
    }

    static Thread startProgressBar(final ChainFileSource source, final PrintStream err) {
        final Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(1_000);
                    final int total = source.snapshotCount();
                    final boolean loading = total == 0 && source.filesLoaded() < source.fileCount();
                    final double p = loading ? (double) source.filesLoaded() / source.fileCount()
                        : total == 0 ? 1 : (double) source.snapshotsDone() / total;
                    final int filled = (int) Math.round(p * 30);
                    err.printf(Locale.ROOT, "\r  [%s%s] %3.0f%% %s  %,d ticks   ", "#".repeat(filled), ".".repeat(30 - filled),
                        p * 100, loading ? String.format(Locale.ROOT, "loading file %d/%d", source.filesLoaded() + 1,
                            source.fileCount()) : String.format(Locale.ROOT, "snapshot %,d/%,d", source.snapshotsDone(), total),
                        source.ticksEmitted());
                }
            } catch (final InterruptedException done) {
                err.println();
                Thread.currentThread().interrupt();
            }
        }, "strikeiq-chain-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
