package io.strikeiq.journal;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.BarDecoder;
import io.strikeiq.sbe.IngestFileDecoder;
import io.strikeiq.sbe.InstrumentDefinitionDecoder;
import io.strikeiq.sbe.OptionTickDecoder;
import io.strikeiq.sbe.SessionEventDecoder;
import io.strikeiq.sbe.UnderlyingTickDecoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Replays an input queue from its first record as an {@link EventSource}: each
 * {@link #poll(MarketEvent)} decodes the next SBE record, straight from the queue's mapped
 * memory, into the given (already cleared) slot, including the journaled
 * {@link MarketEvent#sequence}. Returns {@link #END} when no record follows: the reader does not
 * follow a live writer, so it then classifies the end ({@link QueueEnd}) and END is final. A
 * record that fails its checksum or cannot be decoded, and damage after the last good record,
 * are a {@link JournalFormatException}, never skipped or taken for the end; a last record left
 * unfinished by a killed writer ends the journal with {@link #endWarning()} set. No allocation
 * per record.
 * For an {@link EventType#INSTRUMENT_DEFINITION} the id is set on both the slot and its
 * {@link MarketEvent#instrument}.
 */
public final class InputJournalReader implements EventSource {
    private final ChronicleQueue queue;
    private final boolean ownsQueue;
    private final ExcerptTailer tailer;
    private final RecordValidator validator;
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private final OptionTickDecoder optionTick = new OptionTickDecoder();
    private final UnderlyingTickDecoder underlyingTick = new UnderlyingTickDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
    private final SessionEventDecoder session = new SessionEventDecoder();
    private final IngestFileDecoder ingestFile = new IngestFileDecoder();
    private final Path queueDir;
    private final QueueEnd queueEnd;
    private final QueueExtent extent;
    private long recordNumber;
    private long lastIndex = -1;
    private QueueEnd.State end;

    /** Reads {@code queue} from its start; the caller keeps ownership of the queue. */
    public InputJournalReader(final ChronicleQueue queue) {
        this(queue, false);
    }

    private InputJournalReader(final ChronicleQueue queue, final boolean ownsQueue) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.queueDir = queue.file().toPath();
        this.validator = RecordValidator.forInput(queueDir);
        this.queueEnd = new QueueEnd(queueDir);
        this.extent = new QueueExtent(queueDir);
        QueueFiles.check(queueDir);
        try {
            this.tailer = queue.createTailer().toStart();
        } catch (final InternalError e) {
            throw JournalFailures.unreadable(queueDir, 0, -1, e);
        }
    }

    /**
     * Opens {@code journalDir}'s input queue read-only; {@link #close()} closes it.
     *
     * @throws JournalNotFoundException when there is no input queue there
     */
    public static InputJournalReader open(final Path journalDir) {
        return new InputJournalReader(JournalLayout.openInputForReading(journalDir), true);
    }

    /**
     * @throws JournalFormatException when the next record is damaged or undecodable, or the journal is damaged after
     *     the last good record
     */
    @Override
    public int poll(final MarketEvent slot) {
        if (end != null) {
            return END;
        }
        boolean retried = false;
        while (true) {
            final QueueEnd.State state;
            try {
                if (read(slot)) {
                    return FILLED;
                }
                // Inside the try: a fault of the read above may surface only at a safepoint in here.
                state = queueEnd.classify(recordNumber, lastIndex, -1, retried);
            } catch (final InternalError e) {
                throw queueEnd.unreadable(recordNumber, lastIndex, e);
            }
            if (state != QueueEnd.State.MORE) {
                end = state;
                return END;
            }
            retried = true;
        }
    }

    private boolean read(final MarketEvent slot) {
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent()) {
                return false;
            }
            final long index = dc.index();
            final Bytes<?> bytes = dc.wire().bytes();
            if (!extent.covers(bytes.readLimit())) {
                throw queueEnd.pastTheEnd(recordNumber, lastIndex, bytes.readLimit());
            }
            final int length = (int) bytes.readRemaining();
            if (length > 0) {
                buffer.wrap(bytes.addressForRead(bytes.readPosition()), length);
            } else {
                buffer.wrap(0, 0);
            }
            validator.validate(buffer, length, recordNumber, index);
            decode(slot);
            // Both together, with no call between: a mapped-memory fault surfaces at a safepoint, never between them.
            lastIndex = index;
            recordNumber++;
            return true;
        }
    }

    /** How the journal ended: null before {@link #END}, then CLEAN or UNFINISHED (a killed writer's last record). */
    public QueueEnd.State endState() {
        return end;
    }

    /** One warning line when the journal ended with an unfinished record, else null. */
    public String endWarning() {
        return end == QueueEnd.State.UNFINISHED ? JournalFailures.unfinished(queueDir, recordNumber, lastIndex) : null;
    }

    private void decode(final MarketEvent slot) {
        final int offset = RecordValidator.HEADER_LENGTH;
        final int blockLength = validator.blockLength();
        final int version = validator.version();
        switch (validator.templateId()) {
            case OptionTickDecoder.TEMPLATE_ID:
                optionTick.wrap(buffer, offset, blockLength, version);
                slot.type = EventType.OPTION_TICK;
                slot.sequence = optionTick.sequence();
                slot.eventTimeNanos = optionTick.eventTime();
                slot.instrumentId = optionTick.instrumentId();
                slot.ltp = optionTick.ltp();
                slot.bid = optionTick.bid();
                slot.ask = optionTick.ask();
                slot.bidQty = optionTick.bidQty();
                slot.askQty = optionTick.askQty();
                slot.volume = optionTick.volume();
                slot.openInterest = optionTick.openInterest();
                slot.vendorIv = optionTick.vendorIv();
                break;
            case UnderlyingTickDecoder.TEMPLATE_ID:
                underlyingTick.wrap(buffer, offset, blockLength, version);
                slot.type = EventType.UNDERLYING_TICK;
                slot.sequence = underlyingTick.sequence();
                slot.eventTimeNanos = underlyingTick.eventTime();
                slot.instrumentId = underlyingTick.instrumentId();
                slot.tickKind = (byte) underlyingTick.tickKindRaw();
                slot.ltp = underlyingTick.price();
                slot.size = underlyingTick.size();
                slot.bid = underlyingTick.bid();
                slot.ask = underlyingTick.ask();
                slot.bidQty = underlyingTick.bidQty();
                slot.askQty = underlyingTick.askQty();
                slot.volume = underlyingTick.volume();
                break;
            case BarDecoder.TEMPLATE_ID:
                bar.wrap(buffer, offset, blockLength, version);
                slot.type = EventType.BAR;
                slot.sequence = bar.sequence();
                slot.eventTimeNanos = bar.eventTime();
                slot.instrumentId = bar.instrumentId();
                slot.timeframeSeconds = bar.timeframeSeconds();
                slot.barOpenTimeNanos = bar.openTime();
                slot.open = bar.openPrice();
                slot.high = bar.highPrice();
                slot.low = bar.lowPrice();
                slot.close = bar.closePrice();
                slot.volume = bar.volume();
                break;
            case InstrumentDefinitionDecoder.TEMPLATE_ID:
                definition.wrap(buffer, offset, blockLength, version);
                final InstrumentSpec spec = slot.instrument;
                slot.type = EventType.INSTRUMENT_DEFINITION;
                slot.sequence = definition.sequence();
                slot.eventTimeNanos = definition.eventTime();
                slot.instrumentId = definition.instrumentId();
                spec.instrumentId = definition.instrumentId();
                spec.kind = (byte) definition.kindRaw();
                spec.right = (byte) definition.rightRaw();
                spec.underlyingId = definition.underlyingId();
                spec.expiryNanos = definition.expiry();
                spec.strike = definition.strike();
                spec.lotSize = definition.lotSize();
                spec.tickSize = definition.tickSize();
                spec.strikeStep = definition.strikeStep();
                definition.getVenue(spec.venue, 0);
                definition.getSymbol(spec.symbol, 0);
                break;
            case SessionEventDecoder.TEMPLATE_ID:
                session.wrap(buffer, offset, blockLength, version);
                slot.type = EventType.SESSION;
                slot.sequence = session.sequence();
                slot.eventTimeNanos = session.eventTime();
                slot.sessionKind = (byte) session.kindRaw();
                slot.instrumentId = session.instrumentId();
                break;
            case IngestFileDecoder.TEMPLATE_ID:
                ingestFile.wrap(buffer, offset, blockLength, version);
                final IngestFileInfo f = slot.ingestFile;
                slot.type = EventType.INGEST_FILE;
                slot.sequence = ingestFile.sequence();
                slot.eventTimeNanos = ingestFile.eventTime();
                f.ingestRunId = ingestFile.ingestRunId();
                f.fileIndex = ingestFile.fileIndex();
                f.status = (byte) ingestFile.status();
                f.errorCode = (byte) ingestFile.errorCode();
                f.fileNameTruncated = ingestFile.fileNameTruncated() != 0;
                f.recordsRead = ingestFile.recordsRead();
                f.barsRead = ingestFile.barsRead();
                f.minEventTime = ingestFile.minEventTime();
                f.maxEventTime = ingestFile.maxEventTime();
                ingestFile.getSha256(f.sha256, 0, IngestFileInfo.SHA256_LENGTH);
                ingestFile.getDataset(f.dataset, 0);
                ingestFile.getSchema(f.schema, 0);
                ingestFile.getFileName(f.fileName, 0);
                ingestFile.getErrorMessage(f.errorMessage, 0);
                break;
            default:
                // RecordValidator.forInput admits only the templates above.
                throw new IllegalStateException("validator admitted template " + validator.templateId());
        }
    }

    /** Records returned so far; equals the 0-based number of the next record. */
    public long recordsRead() {
        return recordNumber;
    }

    /** Chronicle index of the last record returned, -1 before the first. */
    public long lastIndex() {
        return lastIndex;
    }

    @Override
    public void close() {
        tailer.singleThreadedCheckReset();
        tailer.close();
        if (ownsQueue) {
            queue.close();
        }
    }
}
