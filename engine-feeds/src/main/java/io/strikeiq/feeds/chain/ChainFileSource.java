package io.strikeiq.feeds.chain;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays option-chain files (NSE API JSON, NSE 2019 CSV, Groww polls, Upstox REST responses, in any
 * mix, format detected per file from its content) as input events. On the first poll it loads every
 * file whole ({@link ChainFileLoader}; a file that fails is recorded FAILED and the others still
 * run), then merges all snapshots of all files by their own timestamps (ties: the order the files
 * were given, then the file's own order) and replays each through {@link ChainReplayBook}: new
 * instruments' definitions, a session open on an underlying's first snapshot of an IST day, the
 * underlying's value when it changed, then a tick for every leg whose values changed since its
 * previous tick. After a file's last snapshot comes its {@link EventType#INGEST_FILE} event
 * ({@link ChainIngestRecord}); records of files that failed to load come first, stamped with the
 * earliest snapshot's time. Event construction is {@link ChainSnapshotEvents}'s; each event is built
 * in a scratch event and copied into the slot with {@link MarketEvent#copyInputFrom}. Run ids are
 * {@code ingestRunIdBase + file index}. No pacing: the replay runs as fast as the pipeline takes it.
 */
public final class ChainFileSource implements EventSource {
    private final List<Path> files;
    private final ChainFileLoader loader;
    private final ContractTerms terms;
    private final long runIdBase;
    private final ChainIngestRecord[] records;
    private final MarketEvent scratch = new MarketEvent();
    private volatile List<PreparedSnapshot> snapshots;
    private ChainReplayBook book;
    private int failedEmitted;
    private int next;
    private boolean stopped;

    private volatile int filesLoaded;
    private volatile int snapshotsDone;
    private volatile long ticksEmitted;

    /** Run ids from the wall clock (milliseconds × 1000), so two ingests of the same file differ. */
    public ChainFileSource(final List<Path> files, final ContractTerms terms) {
        this(files, terms, System.currentTimeMillis() * 1000L);
    }

    /** @param ingestRunIdBase run id of the first file; file i gets base + i */
    public ChainFileSource(final List<Path> files, final ContractTerms terms, final long ingestRunIdBase) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no chain file given");
        }
        this.files = List.copyOf(files);
        this.terms = terms;
        this.loader = new ChainFileLoader(terms);
        this.runIdBase = ingestRunIdBase;
        this.records = new ChainIngestRecord[this.files.size()];
        for (int i = 0; i < records.length; i++) {
            records[i] = new ChainIngestRecord(i, ChainFiles.name(this.files.get(i)));
        }
    }

    @Override
    public int poll(final MarketEvent slot) {
        if (stopped) {
            return END;
        }
        if (snapshots == null) {
            loadAll();
        }
        while (failedEmitted < records.length) {
            final ChainIngestRecord r = records[failedEmitted++];
            if (!r.ok()) {
                r.emit(slot, snapshots.isEmpty() ? 0 : snapshots.get(0).timeNanos(), runIdBase);
                return FILLED;
            }
        }
        while (true) {
            if (book.busy()) {
                if (book.next(scratch)) {
                    slot.copyInputFrom(scratch);
                    ticksEmitted = book.ticks();
                    return FILLED;
                }
                final PreparedSnapshot done = book.finish();
                snapshotsDone = next;
                final ChainIngestRecord r = records[done.fileIndex()];
                if (--r.remaining == 0) {
                    r.emit(slot, done.timeNanos(), runIdBase);
                    return FILLED;
                }
                continue;
            }
            if (next >= snapshots.size()) {
                return END;
            }
            book.begin(snapshots.get(next++), records[snapshots.get(next - 1).fileIndex()]);
        }
    }

    /** After a stop: an INTERRUPTED record for each loaded file whose last snapshot was not replayed. */
    @Override
    public int pollOnStop(final MarketEvent slot) {
        stopped = true;
        if (snapshots == null) {
            return END;
        }
        for (final ChainIngestRecord r : records) {
            if (!r.emitted && r.ok()) {
                r.status = IngestFileInfo.STATUS_INTERRUPTED;
                r.error = "interrupted: the run stopped after " + (r.snapshots - r.remaining) + " of " + r.snapshots
                    + " snapshots of this file";
                r.emit(slot, book.lastTime(), runIdBase);
                return FILLED;
            }
        }
        return END;
    }

    private void loadAll() {
        final List<PreparedSnapshot> all = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            all.addAll(loader.load(files.get(i), records[i]));
            filesLoaded = i + 1;
        }
        all.sort(Comparator.comparingLong(PreparedSnapshot::timeNanos).thenComparingInt(PreparedSnapshot::fileIndex)
            .thenComparingInt(PreparedSnapshot::positionInFile));
        book = new ChainReplayBook(all, terms);
        snapshots = all;
    }

    public int fileCount() {
        return files.size();
    }

    public Path file(final int index) {
        return files.get(index);
    }

    /** Files loaded so far (progress; any thread). */
    public int filesLoaded() {
        return filesLoaded;
    }

    /** Snapshots replayed so far, and in all (0 until loaded; any thread). */
    public int snapshotsDone() {
        return snapshotsDone;
    }

    public int snapshotCount() {
        final List<PreparedSnapshot> s = snapshots;
        return s == null ? 0 : s.size();
    }

    public long ticksEmitted() {
        return ticksEmitted;
    }

    /** Each file's record (complete once the source ended or was stopped). */
    public List<ChainIngestRecord> records() {
        return List.of(records);
    }

    @Override
    public void close() {
        stopped = true;
    }
}
