package io.strikeiq.bench;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.journal.InputJournalWriter;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The journal append paths alone: {@link InputJournalWriter#append} of an option tick (SBE
 * encoded in place in the mapped queue), {@link OutputJournalWriter#append} of a signal to the signals queue (the
 * publish path), and as baselines a raw Chronicle {@code writingDocument()} append that copies
 * the very same record bytes (read back from a journal the writers produced) into a queue opened
 * the same way. The difference is the cost of encoding in place versus copying finished bytes.
 * Fresh queues every iteration keep the files bounded; they are deleted on tear-down.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JournalAppendBenchmark {
    private final MarketEvent tick = new MarketEvent();
    private final Signal signal = new Signal();
    private byte[] tickRecord;
    private byte[] signalRecord;

    private Path dir;
    private InputJournalWriter input;
    private OutputJournalWriter output;
    private ChronicleQueue rawInputQueue;
    private ChronicleQueue rawOutputQueue;
    private ExcerptAppender rawInput;
    private ExcerptAppender rawOutput;
    private long sequence;

    @Setup(Level.Trial)
    public void prepareRecords() {
        final SyntheticMarket market = new SyntheticMarket(SyntheticConfig.defaults());
        do {
            tick.clear();
            market.poll(tick);
        } while (tick.type != EventType.OPTION_TICK);
        signal.inputSequence = 1_000_000;
        signal.eventTimeNanos = tick.eventTimeNanos;
        signal.engine = EngineId.PCR;
        signal.signalType = SignalType.PCR_HIGH;
        signal.underlyingId = 1;
        signal.expiryNanos = tick.eventTimeNanos + 86_400_000_000_000L;
        signal.direction = 1;
        signal.strength = 0.7;
        signal.confidence = 0.9;
        signal.value1 = 1.31;
        signal.value2 = 1.30;
        final Path scratch = BenchDirs.create("strikeiq-records-");
        try {
            try (InputJournalWriter in = InputJournalWriter.open(scratch);
                 OutputJournalWriter out = OutputJournalWriter.openSignals(scratch)) {
                in.append(tick);
                out.append(signal);
                tickRecord = firstRecord(in.queue());
                signalRecord = firstRecord(out.queue());
            }
        } finally {
            BenchDirs.delete(scratch);
        }
    }

    private static byte[] firstRecord(final ChronicleQueue queue) {
        final ExcerptTailer tailer = queue.createTailer();
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent()) {
                throw new IllegalStateException("no record in " + queue.fileAbsolutePath());
            }
            final Bytes<?> bytes = dc.wire().bytes();
            final byte[] record = new byte[(int) bytes.readRemaining()];
            bytes.read(record);
            return record;
        } finally {
            tailer.close();
        }
    }

    @Setup(Level.Iteration)
    public void openQueues() {
        dir = BenchDirs.create("strikeiq-append-");
        input = InputJournalWriter.open(dir);
        output = OutputJournalWriter.openSignals(dir);
        rawInputQueue = JournalLayout.openForWriting(dir.resolve("raw-input"), JournalLayout.INPUT_BLOCK_SIZE);
        rawOutputQueue = JournalLayout.openForWriting(dir.resolve("raw-output"), JournalLayout.SIGNALS_BLOCK_SIZE);
        rawInput = rawInputQueue.createAppender();
        rawOutput = rawOutputQueue.createAppender();
    }

    @TearDown(Level.Iteration)
    public void closeQueues() {
        input.close();
        output.close();
        rawInput.close();
        rawOutput.close();
        rawInputQueue.close();
        rawOutputQueue.close();
        BenchDirs.delete(dir);
    }

    /** Input journal: one option tick, SBE-encoded in place. */
    @Benchmark
    public long inputAppend() {
        tick.sequence = sequence++;
        return input.append(tick);
    }

    /** Baseline: the same option-tick record bytes copied into a raw {@code writingDocument()}. */
    @Benchmark
    public long rawInputSizedAppend() {
        try (DocumentContext dc = rawInput.writingDocument()) {
            dc.wire().bytes().write(tickRecord);
        }
        return rawInput.lastIndexAppended();
    }

    /** Publish path: one signal to the output journal, SBE-encoded in place. */
    @Benchmark
    public long outputAppend() {
        signal.inputSequence = sequence++;
        return output.append(signal);
    }

    /** Baseline: the same signal record bytes copied into a raw {@code writingDocument()}. */
    @Benchmark
    public long rawOutputSizedAppend() {
        try (DocumentContext dc = rawOutput.writingDocument()) {
            dc.wire().bytes().write(signalRecord);
        }
        return rawOutput.lastIndexAppended();
    }
}
