package io.strikeiq.journal;

import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.sbe.BarEncoder;
import io.strikeiq.sbe.IngestFileEncoder;
import io.strikeiq.sbe.InstrumentDefinitionEncoder;
import io.strikeiq.sbe.InstrumentKind;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.OptionRight;
import io.strikeiq.sbe.OptionTickEncoder;
import io.strikeiq.sbe.SessionEventEncoder;
import io.strikeiq.sbe.SessionKind;
import io.strikeiq.sbe.TickKind;
import io.strikeiq.sbe.UnderlyingTickEncoder;
import net.openhft.chronicle.queue.ChronicleQueue;

import java.nio.file.Path;

/**
 * Appends input events to the input queue, one SBE message per Chronicle record. The message
 * is encoded in place: the record's bytes are reserved inside {@code writingDocument()} and the
 * generated encoder writes straight into the queue's mapped memory through an
 * Agrona {@code UnsafeBuffer} (no Wire marshalling, no copy, no allocation after warm-up). Single
 * writer thread.
 */
public final class InputJournalWriter extends SbeRecordWriter<MarketEvent> {
    private final OptionTickEncoder optionTick = new OptionTickEncoder();
    private final UnderlyingTickEncoder underlyingTick = new UnderlyingTickEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final InstrumentDefinitionEncoder definition = new InstrumentDefinitionEncoder();
    private final SessionEventEncoder session = new SessionEventEncoder();
    private final IngestFileEncoder ingestFile = new IngestFileEncoder();

    /** Appends to {@code queue}; the caller keeps ownership of the queue. */
    public InputJournalWriter(final ChronicleQueue queue) {
        this(queue, false);
    }

    private InputJournalWriter(final ChronicleQueue queue, final boolean ownsQueue) {
        super(queue, ownsQueue);
    }

    /** Opens (creating if needed) {@code journalDir}'s input queue; {@link #close()} closes it. */
    public static InputJournalWriter open(final Path journalDir) {
        return new InputJournalWriter(JournalLayout.openInputForWriting(journalDir), true);
    }

    /** @throws IllegalArgumentException when the type has no SBE encoding (nothing is appended) */
    @Override
    protected int recordLength(final MarketEvent event) {
        return MessageHeaderEncoder.ENCODED_LENGTH + blockLength(event.type);
    }

    private static int blockLength(final byte type) {
        switch (type) {
            case EventType.OPTION_TICK: return OptionTickEncoder.BLOCK_LENGTH;
            case EventType.UNDERLYING_TICK: return UnderlyingTickEncoder.BLOCK_LENGTH;
            case EventType.BAR: return BarEncoder.BLOCK_LENGTH;
            case EventType.INSTRUMENT_DEFINITION: return InstrumentDefinitionEncoder.BLOCK_LENGTH;
            case EventType.SESSION: return SessionEventEncoder.BLOCK_LENGTH;
            case EventType.INGEST_FILE: return IngestFileEncoder.BLOCK_LENGTH;
            default: throw new IllegalArgumentException("Cannot journal event type " + EventType.name(type));
        }
    }

    /** @throws IllegalArgumentException when an enum-valued field has no SBE encoding (the record is rolled back) */
    @Override
    protected void encode(final MarketEvent e) {
        switch (e.type) {
            case EventType.OPTION_TICK:
                optionTick.wrapAndApplyHeader(buffer, 0, header)
                    .sequence(e.sequence)
                    .eventTime(e.eventTimeNanos)
                    .instrumentId(e.instrumentId)
                    .ltp(e.ltp)
                    .bid(e.bid)
                    .ask(e.ask)
                    .bidQty(e.bidQty)
                    .askQty(e.askQty)
                    .volume(e.volume)
                    .openInterest(e.openInterest)
                    .vendorIv(e.vendorIv);
                break;
            case EventType.UNDERLYING_TICK:
                underlyingTick.wrapAndApplyHeader(buffer, 0, header)
                    .sequence(e.sequence)
                    .eventTime(e.eventTimeNanos)
                    .instrumentId(e.instrumentId)
                    .tickKind(TickKind.get((short) (e.tickKind & 0xFF)))
                    .price(e.ltp)
                    .size(e.size)
                    .bid(e.bid)
                    .ask(e.ask)
                    .bidQty(e.bidQty)
                    .askQty(e.askQty)
                    .volume(e.volume);
                break;
            case EventType.BAR:
                bar.wrapAndApplyHeader(buffer, 0, header)
                    .sequence(e.sequence)
                    .eventTime(e.eventTimeNanos)
                    .instrumentId(e.instrumentId)
                    .timeframeSeconds(e.timeframeSeconds)
                    .openTime(e.barOpenTimeNanos)
                    .openPrice(e.open)
                    .highPrice(e.high)
                    .lowPrice(e.low)
                    .closePrice(e.close)
                    .volume(e.volume);
                break;
            case EventType.INSTRUMENT_DEFINITION:
                final InstrumentSpec spec = e.instrument;
                definition.wrapAndApplyHeader(buffer, 0, header)
                    .sequence(e.sequence)
                    .eventTime(e.eventTimeNanos)
                    .instrumentId(spec.instrumentId)
                    .kind(InstrumentKind.get((short) (spec.kind & 0xFF)))
                    .right(OptionRight.get((short) (spec.right & 0xFF)))
                    .underlyingId(spec.underlyingId)
                    .expiry(spec.expiryNanos)
                    .strike(spec.strike)
                    .lotSize(spec.lotSize)
                    .tickSize(spec.tickSize)
                    .strikeStep(spec.strikeStep)
                    .putVenue(spec.venue, 0)
                    .putSymbol(spec.symbol, 0);
                break;
            case EventType.SESSION:
                session.wrapAndApplyHeader(buffer, 0, header)
                    .sequence(e.sequence)
                    .eventTime(e.eventTimeNanos)
                    .kind(SessionKind.get((short) (e.sessionKind & 0xFF)))
                    .instrumentId(e.instrumentId);
                break;
            case EventType.INGEST_FILE:
                final IngestFileInfo f = e.ingestFile;
                ingestFile.wrapAndApplyHeader(buffer, 0, header)
                    .sequence(e.sequence)
                    .eventTime(e.eventTimeNanos)
                    .ingestRunId(f.ingestRunId)
                    .fileIndex(f.fileIndex)
                    .status((short) (f.status & 0xFF))
                    .errorCode((short) (f.errorCode & 0xFF))
                    .fileNameTruncated((short) (f.fileNameTruncated ? 1 : 0))
                    .recordsRead(f.recordsRead)
                    .barsRead(f.barsRead)
                    .minEventTime(f.minEventTime)
                    .maxEventTime(f.maxEventTime)
                    .putSha256(f.sha256, 0, IngestFileInfo.SHA256_LENGTH)
                    .putDataset(f.dataset, 0)
                    .putSchema(f.schema, 0)
                    .putFileName(f.fileName, 0)
                    .putErrorMessage(f.errorMessage, 0);
                break;
            default:
                throw new IllegalArgumentException("Cannot journal event type " + EventType.name(e.type));
        }
    }
}
