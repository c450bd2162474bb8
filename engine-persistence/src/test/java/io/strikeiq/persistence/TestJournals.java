package io.strikeiq.persistence;

import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.journal.InputJournalWriter;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.journal.RecordValidator;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.wiring.JournaledEngine;
import io.strikeiq.sbe.BarBiasesDecoder;
import io.strikeiq.sbe.BarBiasesEncoder;
import io.strikeiq.sbe.BarDecoder;
import io.strikeiq.sbe.BarEncoder;
import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.IngestFileEncoder;
import io.strikeiq.sbe.ContractSnapshotEncoder;
import io.strikeiq.sbe.InstrumentDefinitionDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.UnderlyingSnapshotEncoder;
import io.strikeiq.sbe.BuildUp;
import io.strikeiq.sbe.OptionRight;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Journals for the drain tests: the real pipeline fed by the synthetic market, plus the storage
 * snapshots and bars the pipeline does not emit yet (encoded with the schema's own encoders), and
 * a census of what a drain must store from them.
 */
final class TestJournals {
    static final long SECOND = 1_000_000_000L;
    static final long RUN_ID = 4242;

    private TestJournals() {
    }

    static SyntheticMarket market(final long events) {
        return new SyntheticMarket(SyntheticConfig.defaults().withStrikesEachSide(10).withMaxEvents(events));
    }

    /** Runs {@code events} synthetic events through a JournaledEngine into {@code dir}; returns events journaled. */
    static long runPipeline(final Path dir, final long events, final double rate) {
        final SyntheticMarket market = market(events);
        try (JournaledEngine engine = new JournaledEngine(dir, EngineSettings.defaults())) {
            engine.start().run(market, events, rate);
            engine.pipeline().awaitDrained();
            return engine.pipeline().eventsJournaled();
        }
    }

    /**
     * Appends {@code timers} rounds of storage records: per round one UnderlyingSnapshot (all
     * expiries) and one ContractSnapshot per option of the synthetic chain on the output queue,
     * one 1-minute Bar of the future on the input queue and the engine's "accepted" verdict on it
     * (a BarBiases record naming its sequence). Rounds are 60 s apart from the open. Then one
     * IngestFile input record, run {@link #RUN_ID}: the bars are that file's.
     */
    static void appendSnapshots(final Path dir, final int timers) {
        final SyntheticMarket m = market(1);
        final UnsafeBuffer buf = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final UnderlyingSnapshotEncoder u = new UnderlyingSnapshotEncoder();
        final ContractSnapshotEncoder c = new ContractSnapshotEncoder();
        final BarEncoder bar = new BarEncoder();
        final BarBiasesEncoder biases = new BarBiasesEncoder();
        long seq = 10_000_000L;
        try (OutputJournalWriter out = OutputJournalWriter.openRecords(dir); InputJournalWriter in = InputJournalWriter.open(dir)) {
            for (int t = 0; t < timers; t++) {
                final long time = m.sessionOpenNanos() + (t + 1) * 60 * SECOND;
                u.wrapAndApplyHeader(buf, 0, header).inputSequence(seq++).eventTime(time).underlyingId(m.underlyingId())
                    .expiry(0).spot(24_000 + t).forward(24_010 + t).vwap(Double.NaN).change(t).changePct(t / 240.0)
                    .volume(1000L * t).rsi(50).momentum(0).gammaRegime((byte) 1).pcrOi(0.9).pcrVolume(1.1).pcrZ(0.2)
                    .maxPain(24_000).atmStrike(24_000).atmStraddle(300).straddleChange(0.01).expectedMoveStraddle(255)
                    .expectedMoveIv(250).supportWall(23_800).resistanceWall(24_200).oiAcceleration(1.0)
                    .ivRegime((byte) 2).atmIv(0.13).totalGex(1e9).gammaFlip(Double.NaN).callWall(24_300)
                    .putWall(23_700).gexConvention((short) 0);
                out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + u.encodedLength());
                for (int i = 0; i < m.optionCount(); i++) {
                    c.wrapAndApplyHeader(buf, 0, header).inputSequence(seq++).eventTime(time)
                        .instrumentId(m.firstOptionId() + i).underlyingId(m.underlyingId()).expiry(m.expiryNanos(0))
                        .strike(23_500 + 50 * (i / 2)).right(i % 2 == 0 ? OptionRight.CALL : OptionRight.PUT)
                        .ltp(100 + i).bid(99 + i).ask(101 + i).volume(10L * t).openInterest(5000 + i).dayOpenOi(5000)
                        .deltaOi(i).iv(i % 7 == 0 ? Double.NaN : 0.13).ivFlags(i % 7 == 0 ? 4 : 0).delta(0.5)
                        .gamma(0.001).theta(-5).vega(12).buildUp(BuildUp.LONG_BUILDUP);
                    out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + c.encodedLength());
                }
                bar.wrapAndApplyHeader(buf, 0, header).sequence(seq++).eventTime(time + 60 * SECOND)
                    .instrumentId(m.futureId()).timeframeSeconds(60).openTime(time).openPrice(24_000).highPrice(24_010)
                    .lowPrice(23_990).closePrice(24_005).volume(100 + t);
                in.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength());
                biases.wrapAndApplyHeader(buf, 0, header).inputSequence(seq - 1).eventTime(time + 60 * SECOND)
                    .instrumentId(m.futureId()).seriesId(0).openTime(time).bias1m(Direction.BULLISH)
                    .bias5m(Direction.NEUTRAL).bias15m(Direction.NEUTRAL).bias1h(Direction.NEUTRAL)
                    .bias4h(Direction.NEUTRAL).bias1d(Direction.NEUTRAL).closePrice(24_005);
                out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + biases.encodedLength());
            }
            final IngestFileEncoder file = new IngestFileEncoder();
            file.wrapAndApplyHeader(buf, 0, header).sequence(seq).eventTime(m.sessionOpenNanos() + (timers + 1) * 60 * SECOND)
                .ingestRunId(RUN_ID).fileIndex(0).status((short) 0).errorCode((short) 0).fileNameTruncated((short) 0)
                .recordsRead(timers).barsRead(timers).minEventTime(Long.MIN_VALUE).maxEventTime(Long.MIN_VALUE);
            in.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + file.encodedLength());
        }
    }

    /**
     * Rows a drain must store from {@code dir}, per table (tables with none are absent): a vendor bar
     * counts in {@code bars} when a BarBiases record names its sequence (the engine accepted it).
     */
    static Map<String, Long> expectedRows(final Path dir) {
        final Map<String, Long> rows = new TreeMap<>();
        final Set<Integer> instruments = new HashSet<>();
        final Set<Long> barSequences = new HashSet<>();
        final Set<Long> accepted = new HashSet<>();
        census(JournalLayout.openInputForReading(dir), (template, buffer) -> {
            if (template == InstrumentDefinitionDecoder.TEMPLATE_ID) {
                instruments.add(new InstrumentDefinitionDecoder().wrap(buffer, RecordValidator.HEADER_LENGTH,
                    InstrumentDefinitionDecoder.BLOCK_LENGTH, InstrumentDefinitionDecoder.SCHEMA_VERSION).instrumentId());
            } else if (template == 3) {
                barSequences.add(new BarDecoder().wrap(buffer, RecordValidator.HEADER_LENGTH, BarDecoder.BLOCK_LENGTH,
                    BarDecoder.SCHEMA_VERSION).sequence());
            } else if (template == 5) {
                rows.merge("event_log", 1L, Long::sum);
            }
        });
        if (!instruments.isEmpty()) {
            rows.put("instruments", (long) instruments.size());
        }
        census(JournalLayout.openSignalsForReading(dir), (template, buffer) -> {
            if (RecordValidator.isSignal(template)) {
                rows.merge("signals", 1L, Long::sum);
            }
        });
        census(JournalLayout.openRecordsForReading(dir), (template, buffer) -> {
            final String table = template == 21 ? "market_snapshots" : template == 22 ? "option_chain_snapshots" : null;
            if (table != null) {
                rows.merge(table, 1L, Long::sum);
            }
            if (template == BarBiasesDecoder.TEMPLATE_ID) {
                rows.merge("bar_biases", 1L, Long::sum);
                accepted.add(new BarBiasesDecoder().wrap(buffer, RecordValidator.HEADER_LENGTH,
                    BarBiasesDecoder.BLOCK_LENGTH, BarBiasesDecoder.SCHEMA_VERSION).inputSequence());
            }
        });
        accepted.retainAll(barSequences);
        if (!accepted.isEmpty()) {
            rows.put("bars", (long) accepted.size());
        }
        return rows;
    }

    /** Non-empty tables of the database and their row counts. */
    static Map<String, Long> storedRows(final DatabaseTarget target) {
        final Map<String, Long> rows = new TreeMap<>();
        TableSizes.rowCounts(target).forEach((table, n) -> {
            if (n > 0 && !table.equals("drain_checkpoints")) {
                rows.put(table, n);
            }
        });
        return rows;
    }

    /** One record of a queue: its template and the buffer over it (header included). */
    interface RecordVisitor {
        void visit(int templateId, UnsafeBuffer buffer);
    }

    /** Visits every record of {@code queue} in order, then closes it. */
    static void census(final ChronicleQueue queue, final RecordVisitor visitor) {
        final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        try (queue; ExcerptTailer tailer = queue.createTailer().toStart()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return;
                    }
                    final Bytes<?> bytes = dc.wire().bytes();
                    buffer.wrap(bytes.addressForRead(bytes.readPosition()), (int) bytes.readRemaining());
                    visitor.visit(header.wrap(buffer, 0).templateId(), buffer);
                }
            }
        }
    }
}
