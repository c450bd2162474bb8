package io.strikeiq.feeds.dbn;

import io.strikeiq.bars.TradeBarBuilder;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agrona.collections.IntArrayList;
import org.agrona.collections.IntHashSet;

/**
 * Feeds DBN files, one after another, into the pipeline as input events: OHLCV-1m records (also
 * the deprecated rtype 0x11 of DBZ / v1 files whose schema is ohlcv-1m) become 1-minute
 * {@link EventType#BAR} events (open time = ts_event, event time = close = open + 60 s, undefined
 * prices NaN), in file order; trades (rtype 0x00) are built into 1-minute bars by a
 * {@link TradeBarBuilder} (a minute closes when a later trade arrives or the file ends). Before an
 * instrument's first bar it emits FUTURE definitions ({@link InstrumentDefinitions}: its continuous
 * series and the contract, so the engine can see rolls). After each file (also one that could not be
 * opened or broke half-way; the next file still runs) it emits an {@link EventType#INGEST_FILE}
 * event ({@link IngestFileReport}: run id, name, SHA-256, dataset, schema, records read, bars
 * emitted, open-time range, OK or FAILED with the error; bars emitted before the damage stay). A run
 * stopped mid-file gets an INTERRUPTED record of that file from {@link #pollOnStop}. It is journaled
 * like any input; the ingest-run echo engine turns it into the IngestRun output record with the
 * futures chain's validation counts, so a replay rebuilds it. Run ids are
 * {@code ingestRunIdBase + file index}, the base taken from the wall clock unless given (it is input
 * data, recorded in the journal, never engine logic). Pacing on event time ({@link EventTimePacer}):
 * 0 = as fast as possible, 1 = real time, 10 = ten times faster.
 *
 * <p>Which file is current and how it ends is the explicit state machine {@link DbnReadCycle};
 * within a state, what is already decoded goes out before anything new is read, in this order: the
 * file's IngestFile record, queued definitions, the held bar, closed trade minutes.
 */
public final class DbnEventSource implements EventSource {
    /** {@link #read} result: something is now pending or the state changed; look again. */
    private static final int AGAIN = 2;

    private final List<Path> files;
    private final DbnReadCycle cycle;
    private final EventTimePacer pacer;
    private final IngestFileReport report;
    private final InstrumentDefinitions definitions = new InstrumentDefinitions();
    private final HeldBar heldBar = new HeldBar();
    private final OhlcvRecord bar = new OhlcvRecord();
    private final TradeRecord trade = new TradeRecord();
    private final InstrumentDefRecord definition = new InstrumentDefRecord();
    /** Vendor ids of the current file's bars and trades, in order of first appearance (for the ingest report). */
    private final IntArrayList fileInstruments = new IntArrayList();
    private final IntHashSet fileInstrumentSet = new IntHashSet();
    /** Per file given, the instruments it held ({@code ESH1 (5482)}), filled when the file is left. */
    private final List<List<String>> instrumentsByFile = new ArrayList<>();
    private TradeBarBuilder trades = new TradeBarBuilder();

    private DbnDecoder decoder;
    private SymbolResolver resolver;
    /** The current file's schema: gives the interval of deprecated (rtype 0x11) OHLCV records. */
    private Schema schema;
    /** Event time of the latest bar or definition emitted: the IngestFile event's time. */
    private long lastEventTime;

    private volatile long progressTime;
    private volatile long fileStart;
    private volatile long fileEnd;
    private volatile long barsEmitted;

    /**
     * Run ids based on the wall clock (milliseconds × 1000), so two ingests of the same file differ.
     *
     * @param pace event-time speed-up: 0 as fast as possible, 1 real time, 10 ten times faster
     */
    public DbnEventSource(final List<Path> files, final double pace) {
        this(files, pace, System.currentTimeMillis() * 1000L);
    }

    /**
     * @param pace event-time speed-up: 0 as fast as possible, 1 real time, 10 ten times faster
     * @param ingestRunIdBase run id of the first file; file i gets base + i
     */
    public DbnEventSource(final List<Path> files, final double pace, final long ingestRunIdBase) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no DBN file given");
        }
        this.pacer = new EventTimePacer(pace);
        this.files = List.copyOf(files);
        this.cycle = new DbnReadCycle(this.files.size());
        this.report = new IngestFileReport(ingestRunIdBase);
    }

    @Override
    public int poll(final MarketEvent slot) {
        while (true) {
            if (report.pending()) {
                report.emit(slot, lastEventTime);
                return FILLED;
            }
            if (definitions.pending()) {
                lastEventTime = Math.max(lastEventTime, definitions.definitionTime());
                definitions.emitNext(slot);
                return FILLED;
            }
            if (heldBar.held()) {
                if (!pacer.due(heldBar.closeTime())) {
                    return IDLE;
                }
                emitBar(slot);
                return FILLED;
            }
            if (trades.ready() > 0) {
                heldBar.holdNextOf(trades);
                continue;
            }
            switch (cycle.state()) {
                case BETWEEN_FILES:
                    if (!cycle.beginNextFile()) {
                        return END;
                    }
                    open();
                    break;
                case READING:
                    final int r = read(slot);
                    if (r != AGAIN) {
                        return r;
                    }
                    break;
                case AT_END_OF_FILE:
                    leaveFile(cycle.finished(), null, IngestFileInfo.ERROR_NONE);
                    break;
                default: // DONE, STOPPED (OPENING never outlives open())
                    return END;
            }
        }
    }

    /**
     * After a stop: an INTERRUPTED record of the file being read, if any (a finished file's record is
     * always emitted by the same {@link #poll} that finished it). Its counts cover the bars emitted so
     * far; a bar held back for pacing or definitions is neither journaled nor counted. Files not yet
     * opened get no record, and none is opened after this.
     */
    @Override
    public int pollOnStop(final MarketEvent slot) {
        final byte status = cycle.stop();
        if (status == DbnReadCycle.NO_RECORD) {
            return END;
        }
        noteInstruments();
        report.prepare(cycle.fileIndex(), currentFile(), decoder, "interrupted: the run stopped after "
            + decoder.recordsRead() + " records of this file", IngestFileInfo.ERROR_NONE, status);
        closeDecoder();
        heldBar.drop();
        definitions.dropPending();
        report.emit(slot, lastEventTime);
        return FILLED;
    }

    /** OPENING → READING, or FAILED (its record pending) when the file cannot be digested or opened. */
    private void open() {
        final Path file = currentFile();
        trades = new TradeBarBuilder();
        try {
            report.begin(file);
            decoder = DbnDecoder.open(file);
            resolver = new SymbolResolver(decoder.metadata());
            schema = decoder.metadata().schema();
            fileStart = decoder.metadata().start();
            fileEnd = decoder.metadata().end();
            cycle.opened();
        } catch (final IOException | RuntimeException e) {
            discardDecoder();
            noteInstruments();
            report.prepare(cycle.fileIndex(), file, null, IngestFileReport.message(file, e), IngestFileReport.errorCode(e),
                cycle.failed());
        }
    }

    /**
     * Reads records until one gives something to emit: a vendor 1-minute bar (emitted here, or held),
     * a trade that closed a minute or introduced an instrument, the end of the file or damage
     * ({@link #AGAIN}). Other records are counted by the decoder and skipped.
     */
    private int read(final MarketEvent slot) {
        try {
            while (true) {
                if (!decoder.next()) {
                    trades.closeMinute();
                    cycle.endOfFile();
                    return AGAIN;
                }
                final int rtype = decoder.rtype();
                if (rtype == RType.MBP_0) {
                    decoder.wrap(trade);
                    if (onTrade()) {
                        return AGAIN;
                    }
                    continue;
                }
                if (rtype == RType.INSTRUMENT_DEF) {
                    definitions.learn(decoder.wrap(definition));
                    continue;
                }
                if (RType.isOhlcv(rtype) && RType.ohlcvIntervalSeconds(rtype, schema) == 60) {
                    decoder.wrap(bar);
                    break;
                }
            }
        } catch (final RuntimeException e) {
            // Bars emitted before the damage stay journaled (they are valid data); the FAILED
            // record says how far the file got. A trade minute still forming is dropped: incomplete.
            final Path file = currentFile();
            leaveFile(cycle.failed(), IngestFileReport.message(file, e), IngestFileReport.errorCode(e));
            return AGAIN;
        }
        return takeBar(slot);
    }

    /**
     * Feeds one trade to the 1-minute bar builder (closing the forming minute first when the trade
     * is past it). Returns true when events are pending: closed bars or a new instrument's definitions.
     */
    private boolean onTrade() {
        final double price = trade.price();
        final long size = trade.size();
        if (trade.priceUndefined() || !(price > 0) || size <= 0) {
            return false;
        }
        final long time = trade.tsEvent();
        progressTime = time;
        if (trades.crosses(time)) {
            trades.closeMinute();
        }
        final int venueId = trade.instrumentId();
        if (fileInstrumentSet.add(venueId)) {
            fileInstruments.addInt(venueId);
        }
        int id = definitions.idOf(venueId);
        if (id < 0) {
            id = definitions.define(venueId, time, Math.floorDiv(time, HeldBar.MINUTE_NANOS) * HeldBar.MINUTE_NANOS,
                resolver);
        }
        trades.onTrade(id, time, price, size);
        return trades.ready() > 0 || definitions.pending();
    }

    /** The vendor bar just decoded: emitted now if nothing must precede it and the pace allows, else held. */
    private int takeBar(final MarketEvent slot) {
        final long open = bar.tsEvent();
        progressTime = open;
        final int venueId = bar.instrumentId();
        if (fileInstrumentSet.add(venueId)) {
            fileInstruments.addInt(venueId);
        }
        int id = definitions.idOf(venueId);
        if (id < 0) {
            id = definitions.define(venueId, open, open, resolver);
        }
        heldBar.hold(id, open, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        if (definitions.pending()) {
            return AGAIN;
        }
        if (!pacer.due(heldBar.closeTime())) {
            return IDLE;
        }
        emitBar(slot);
        return FILLED;
    }

    private void emitBar(final MarketEvent slot) {
        report.onBar(heldBar.openTime());
        heldBar.emit(slot);
        lastEventTime = slot.eventTimeNanos;
        barsEmitted++;
    }

    /** Leaves the current file with {@code status}: its record pending, its decoder closed. */
    private void leaveFile(final byte status, final String error, final byte errorCode) {
        noteInstruments();
        report.prepare(cycle.fileIndex(), currentFile(), decoder, error, errorCode, status);
        closeDecoder();
    }

    /** Records the instruments the file being left held, and starts the next file's list. Allocates; once per file. */
    private void noteInstruments() {
        final List<String> names = new ArrayList<>(fileInstruments.size());
        for (int i = 0; i < fileInstruments.size(); i++) {
            names.add(definitions.label(fileInstruments.getInt(i)));
        }
        while (instrumentsByFile.size() <= cycle.fileIndex()) {
            instrumentsByFile.add(List.of());
        }
        instrumentsByFile.set(cycle.fileIndex(), List.copyOf(names));
        fileInstruments.clear();
        fileInstrumentSet.clear();
    }

    /**
     * The instruments file {@code index} held, in order of first appearance, each as its raw symbol
     * (from a definition record or the file's raw symbology; else its continuous symbol) and vendor
     * id: {@code ESH1 (5482)}. Empty for a file not left yet (or never read).
     */
    public List<String> instruments(final int index) {
        return index < instrumentsByFile.size() ? instrumentsByFile.get(index) : List.of();
    }

    private Path currentFile() {
        return files.get(cycle.fileIndex());
    }

    private void closeDecoder() {
        if (decoder == null) {
            return;
        }
        try {
            decoder.close();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            decoder = null;
        }
    }

    /** Closes a decoder that opened but whose file failed right after (its symbology); the failure is what counts. */
    private void discardDecoder() {
        if (decoder == null) {
            return;
        }
        try {
            decoder.close();
        } catch (final IOException | RuntimeException ignored) {
            // the file's FAILED record already names what went wrong
        } finally {
            decoder = null;
        }
    }

    /** SHA-256 of a file as lower-case hex. */
    static String sha256(final Path file) throws IOException {
        return FileDigest.sha256Hex(file);
    }

    public int fileCount() {
        return files.size();
    }

    /** 0-based index of the file being read (for progress display; any thread). */
    public int fileIndex() {
        return cycle.fileIndex();
    }

    public Path file(final int index) {
        return files.get(index);
    }

    /** Fraction 0..1 of the current file's query time range reached (NaN when the range is unknown). */
    public double fileProgress() {
        final long s = fileStart;
        final long e = fileEnd;
        if (e == -1L || e <= s) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(1, (double) (progressTime - s) / (e - s)));
    }

    public long barsEmitted() {
        return barsEmitted;
    }

    /** Closes the file being read; the source then ends (a stop after it records nothing). */
    @Override
    public void close() {
        cycle.stop();
        closeDecoder();
    }
}
