package io.strikeiq.feeds.dbn;

import com.github.luben.zstd.ZstdIOException;
import io.strikeiq.bars.TradeBarBuilder;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.agrona.collections.Int2IntHashMap;

/**
 * Feeds DBN files, one after another, into the pipeline as input events: OHLCV-1m records (also
 * the deprecated rtype 0x11 of DBZ / v1 files whose schema is ohlcv-1m) become 1-minute
 * {@link EventType#BAR} events (open time = ts_event, event time = close = open + 60 s, undefined
 * prices NaN), in file order; trades (rtype 0x00) are built into 1-minute bars by a
 * {@link TradeBarBuilder} (a minute closes when a later trade arrives or the file ends). Before an
 * instrument's first bar it emits FUTURE definitions: one for its continuous series (e.g.
 * {@code NQ.v.0}) and one for the contract, whose underlyingId is the series, so the engine can see
 * rolls. Venue instrument ids (u32) are mapped to dense internal ids in order of first appearance
 * (deterministic for the same files). After each file (also one that could not be opened or broke
 * half-way; the next file still runs) it emits an {@link EventType#INGEST_FILE} event: run id, name,
 * SHA-256, dataset, schema, records read, bars emitted, open-time range, OK or FAILED with the error
 * (bars emitted before the damage stay). A run stopped mid-file gets an INTERRUPTED record of that
 * file from {@link #pollOnStop}. It is journaled like any input; the futures engine echoes it as the
 * IngestRun output record with its own validation counts, so a replay rebuilds it. Run ids are
 * {@code ingestRunIdBase + file index}, the base taken from the wall clock unless given (it is input
 * data, recorded in the journal, never engine logic). Pacing on event time: 0 = as fast as possible,
 * 1 = real time, 10 = ten times faster.
 */
public final class DbnEventSource implements EventSource {
    private final List<Path> files;
    private final double pace;
    private final long ingestRunIdBase;
    private final Int2IntHashMap internalIds = new Int2IntHashMap(-1);
    private final Map<String, Integer> seriesIds = new HashMap<>();
    private final OhlcvRecord bar = new OhlcvRecord();
    private final TradeRecord trade = new TradeRecord();
    private TradeBarBuilder trades = new TradeBarBuilder();
    private boolean endOfFile;
    private long defTime;
    private int nextId = 1;

    private int fileIndex = -1;
    private DbnDecoder decoder;
    private SymbolResolver resolver;
    /** The current file's schema: gives the interval of deprecated (rtype 0x11) OHLCV records. */
    private Schema schema;
    private final byte[] sha256 = new byte[IngestFileInfo.SHA256_LENGTH];
    private long fileBars;
    private long lastEventTime;
    private final IngestFileInfo finished = new IngestFileInfo();
    private boolean pendingIngest;
    private long minOpen;
    private long maxOpen;
    private volatile long progressTime;
    private volatile long fileStart;
    private volatile long fileEnd;
    private volatile long barsEmitted;

    // A bar held back while its definitions go out first.
    private boolean pendingBar;
    private int pendingDefinitions;
    private final InstrumentSpec[] definitions = {new InstrumentSpec(), new InstrumentSpec()};
    private int pId;
    private long pOpenTime;
    private double pO;
    private double pH;
    private double pL;
    private double pC;
    private long pVolume;

    private long wallBase = Long.MIN_VALUE;
    private long eventBase;

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
        if (!(pace >= 0)) {
            throw new IllegalArgumentException("pace must be >= 0");
        }
        this.files = List.copyOf(files);
        this.pace = pace;
        this.ingestRunIdBase = ingestRunIdBase;
    }

    @Override
    public int poll(final MarketEvent slot) {
        if (pendingIngest) {
            return takeIngest(slot);
        }
        if (pendingDefinitions > 0) {
            final InstrumentSpec d = definitions[definitions.length - pendingDefinitions--];
            slot.type = EventType.INSTRUMENT_DEFINITION;
            slot.eventTimeNanos = defTime;
            lastEventTime = Math.max(lastEventTime, defTime);
            slot.instrumentId = d.instrumentId;
            slot.instrument.copyFrom(d);
            return FILLED;
        }
        if (pendingBar) {
            if (!paced(pOpenTime + 60_000_000_000L)) {
                return IDLE;
            }
            pendingBar = false;
            fillBar(slot);
            return FILLED;
        }
        if (trades.ready() > 0) {
            takeTradeBar();
            return poll(slot);
        }
        if (endOfFile) {
            endOfFile = false;
            finishFile(null, IngestFileInfo.ERROR_NONE);
            return poll(slot);
        }
        while (true) {
            if (decoder == null && !openNext()) {
                return pendingIngest ? poll(slot) : END;
            }
            try {
                if (!decoder.next()) {
                    trades.closeMinute();
                    endOfFile = true;
                    return poll(slot);
                }
                final int rtype = decoder.rtype();
                if (rtype == RType.MBP_0) {
                    decoder.wrap(trade);
                    if (onTrade()) {
                        return poll(slot);
                    }
                    continue;
                }
                if (!RType.isOhlcv(rtype) || RType.ohlcvIntervalSeconds(rtype, schema) != 60) {
                    continue;
                }
                decoder.wrap(bar);
            } catch (final RuntimeException e) {
                // Bars emitted before the damage stay journaled (they are valid data); the FAILED
                // record says how far the file got. A trade minute still forming is dropped: incomplete.
                finishFile(message(files.get(fileIndex), e), errorCode(e));
                return poll(slot);
            }
            return takeBar(slot);
        }
    }

    /**
     * After a stop: an INTERRUPTED record of the file being read, if any (a finished file's record is
     * always emitted by the same {@link #poll} that finished it). Its counts cover the bars emitted so
     * far; a bar held back for pacing or definitions is neither journaled nor counted. Files not yet
     * opened get no record.
     */
    @Override
    public int pollOnStop(final MarketEvent slot) {
        if (decoder == null) {
            return END;
        }
        prepareIngest(files.get(fileIndex), decoder, "interrupted: the run stopped after " + decoder.recordsRead()
            + " records of this file", IngestFileInfo.ERROR_NONE, IngestFileInfo.STATUS_INTERRUPTED);
        closeDecoder();
        pendingBar = false;
        pendingDefinitions = 0;
        endOfFile = false;
        return takeIngest(slot);
    }

    private int takeIngest(final MarketEvent slot) {
        pendingIngest = false;
        slot.type = EventType.INGEST_FILE;
        slot.eventTimeNanos = lastEventTime;
        slot.ingestFile.copyFrom(finished);
        return FILLED;
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
        int id = internalIds.get(venueId);
        if (id < 0) {
            defTime = Math.floorDiv(time, 60_000_000_000L) * 60_000_000_000L;
            id = define(venueId, time);
        }
        trades.onTrade(id, time, price, size);
        return trades.ready() > 0 || pendingDefinitions > 0;
    }

    /** Makes the next bar built from trades the pending bar (paced and emitted like a vendor bar). */
    private void takeTradeBar() {
        trades.take();
        pId = trades.id();
        pOpenTime = trades.openTime();
        pO = trades.open();
        pH = trades.high();
        pL = trades.low();
        pC = trades.close();
        pVolume = trades.volume();
        pendingBar = true;
    }

    private int takeBar(final MarketEvent slot) {
        final int venueId = bar.instrumentId();
        final long open = bar.tsEvent();
        pO = bar.open();
        pH = bar.high();
        pL = bar.low();
        pC = bar.close();
        pVolume = bar.volume();
        pOpenTime = open;
        progressTime = open;
        int id = internalIds.get(venueId);
        if (id < 0) {
            defTime = open;
            id = define(venueId, open);
        }
        pId = id;
        if (pendingDefinitions > 0) {
            pendingBar = true;
            return poll(slot);
        }
        if (!paced(open + 60_000_000_000L)) {
            pendingBar = true;
            return IDLE;
        }
        fillBar(slot);
        return FILLED;
    }

    private void fillBar(final MarketEvent slot) {
        slot.type = EventType.BAR;
        slot.instrumentId = pId;
        slot.timeframeSeconds = 60;
        slot.barOpenTimeNanos = pOpenTime;
        slot.eventTimeNanos = pOpenTime + 60_000_000_000L;
        slot.open = pO;
        slot.high = pH;
        slot.low = pL;
        slot.close = pC;
        slot.volume = pVolume;
        lastEventTime = slot.eventTimeNanos;
        minOpen = Math.min(minOpen, pOpenTime);
        maxOpen = Math.max(maxOpen, pOpenTime);
        fileBars++;
        barsEmitted++;
    }

    /** True when event time {@code t} may be released at the configured pace. */
    private boolean paced(final long t) {
        if (pace == 0) {
            return true;
        }
        final long now = System.nanoTime();
        if (wallBase == Long.MIN_VALUE) {
            wallBase = now;
            eventBase = t;
            return true;
        }
        final long due = wallBase + (long) ((t - eventBase) / pace);
        if (now >= due) {
            return true;
        }
        LockSupport.parkNanos(Math.min(due - now, 1_000_000L));
        return false;
    }

    /** Assigns internal ids and queues the definitions of a new venue instrument (and its series). */
    private int define(final int venueId, final long time) {
        final int symbolIndex = resolver.symbolIndexOf(venueId, time);
        final DbnSymbol sym = symbolIndex >= 0 ? resolver.parsed(symbolIndex) : null;
        final String dataset = resolver.dataset();
        int seriesId = 0;
        pendingDefinitions = 0;
        final int id = nextId++;
        internalIds.put(venueId, id);
        if (sym != null && sym.kind() == DbnSymbol.Kind.CONTINUOUS) {
            final Integer known = seriesIds.get(sym.text());
            if (known == null) {
                seriesId = nextId++;
                seriesIds.put(sym.text(), seriesId);
                spec(definitions[0], seriesId, 0, sym.text(), dataset);
                pendingDefinitions = 1;
            } else {
                seriesId = known;
            }
        }
        final String name;
        if (sym == null) {
            name = Integer.toString(venueId);
        } else if (sym.kind() == DbnSymbol.Kind.RAW) {
            name = sym.text();
        } else {
            name = sym.text() + "@" + venueId;
        }
        if (pendingDefinitions == 1) {
            spec(definitions[1], id, seriesId, name, dataset);
            pendingDefinitions = 2;
        } else {
            spec(definitions[1], id, seriesId, name, dataset);
            pendingDefinitions = 1;
        }
        return id;
    }

    private static void spec(final InstrumentSpec s, final int id, final int underlying, final String symbol,
                             final String venue) {
        s.clear();
        s.instrumentId = id;
        s.kind = InstrumentSpec.KIND_FUTURE;
        s.underlyingId = underlying;
        s.lotSize = 1;
        s.symbol(symbol.length() > InstrumentSpec.SYMBOL_LENGTH ? symbol.substring(0, InstrumentSpec.SYMBOL_LENGTH) : symbol);
        s.venue(venue.length() > InstrumentSpec.VENUE_LENGTH ? venue.substring(0, InstrumentSpec.VENUE_LENGTH) : venue);
    }

    /** Opens the next file; false when none is left or it failed (its IngestFile is then pending). */
    private boolean openNext() {
        if (pendingIngest || fileIndex + 1 >= files.size()) {
            return false;
        }
        fileIndex++;
        final Path file = files.get(fileIndex);
        minOpen = Long.MAX_VALUE;
        maxOpen = Long.MIN_VALUE;
        fileBars = 0;
        trades = new TradeBarBuilder();
        endOfFile = false;
        java.util.Arrays.fill(sha256, (byte) 0);
        try {
            digest(file, sha256);
            decoder = DbnDecoder.open(file);
            resolver = new SymbolResolver(decoder.metadata());
            schema = decoder.metadata().schema();
            fileStart = decoder.metadata().start();
            fileEnd = decoder.metadata().end();
            return true;
        } catch (final IOException | RuntimeException e) {
            decoder = null;
            prepareIngest(file, null, message(file, e), errorCode(e), IngestFileInfo.STATUS_FAILED);
        }
        return false;
    }

    /** The error text of the file's record: names the file, and the cause a read failure wraps. */
    private static String message(final Path file, final Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        final Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !m.contains(cause.getMessage())) {
            m = m + ": " + cause.getMessage();
        }
        return m.contains(file.toString()) ? m : file + ": " + m;
    }

    /** Damaged bytes (our format checks, or zstd refusing the stream) are format errors; other I/O is I/O. */
    private static byte errorCode(final Exception e) {
        final Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (e instanceof DbnFormatException || cause instanceof ZstdIOException) {
            return IngestFileInfo.ERROR_FORMAT;
        }
        return cause instanceof IOException ? IngestFileInfo.ERROR_IO : IngestFileInfo.ERROR_OTHER;
    }

    private void finishFile(final String error, final byte errorCode) {
        prepareIngest(files.get(fileIndex), decoder, error, errorCode,
            error == null ? IngestFileInfo.STATUS_OK : IngestFileInfo.STATUS_FAILED);
        closeDecoder();
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

    /** Fills the IngestFile event of the current file (once per file: may allocate). */
    private void prepareIngest(final Path file, final DbnDecoder d, final String error, final byte errorCode,
                               final byte status) {
        final IngestFileInfo f = finished;
        f.clear();
        f.ingestRunId = ingestRunIdBase + fileIndex;
        f.fileIndex = fileIndex;
        f.status = status;
        f.errorCode = errorCode;
        f.fileNameTruncated = IngestFileInfo.putText(file.getFileName().toString(), f.fileName);
        IngestFileInfo.putText(error == null ? "" : error, f.errorMessage);
        System.arraycopy(sha256, 0, f.sha256, 0, IngestFileInfo.SHA256_LENGTH);
        if (d != null) {
            IngestFileInfo.putText(d.metadata().dataset(), f.dataset);
            IngestFileInfo.putText(d.metadata().schema() == null ? "mixed" : d.metadata().schema().dbnName, f.schema);
            f.recordsRead = d.recordsRead();
        }
        f.barsRead = fileBars;
        f.minEventTime = minOpen == Long.MAX_VALUE ? Long.MIN_VALUE : minOpen;
        f.maxEventTime = maxOpen;
        pendingIngest = true;
    }

    /** SHA-256 of a file as lower-case hex. */
    static String sha256(final Path file) throws IOException {
        final byte[] d = new byte[IngestFileInfo.SHA256_LENGTH];
        digest(file, d);
        return HexFormat.of().formatHex(d);
    }

    private static void digest(final Path file, final byte[] into) throws IOException {
        final MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        final byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        System.arraycopy(md.digest(), 0, into, 0, IngestFileInfo.SHA256_LENGTH);
    }

    public int fileCount() {
        return files.size();
    }

    /** 0-based index of the file being read (for progress display; any thread). */
    public int fileIndex() {
        return fileIndex;
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

    @Override
    public void close() {
        closeDecoder();
    }
}
