package io.strikeiq.bench;

import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.FeedDriver;
import io.strikeiq.wiring.JournaledEngine;
import io.strikeiq.pipeline.Preset;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole engine per event, journaling on: the benchmark thread is the feed thread, publishing
 * pre-generated synthetic NIFTY events ({@link EventTape}) into a started
 * {@link JournaledEngine} (input journal, off-heap state, PCR and max-pain engines, output
 * journal) in batches, and each invocation waits until its batch has been published, so the
 * score is wall time per event end to end, i.e. the inverse of sustained throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
    /** Events per invocation: large next to the pipeline's fill/drain time, a quarter of the compact ring. */
    static final int BATCH = 16_384;
    private static final int TAPE_EVENTS = 2_000_000;

    @Param({"COMPACT", "THROUGHPUT"})
    public String preset;

    private Path dir;
    private JournaledEngine engine;
    private FeedDriver driver;
    private TapeSource source;

    @Setup(Level.Trial)
    public void start() {
        source = new TapeSource(EventTape.record(new SyntheticMarket(SyntheticConfig.defaults()), TAPE_EVENTS));
        dir = BenchDirs.create("strikeiq-pipeline-");
        engine = new JournaledEngine(dir, EngineSettings.defaults().withPreset(Preset.valueOf(preset)));
        driver = engine.start();
    }

    @TearDown(Level.Trial)
    public void stop() {
        final long errors = engine.pipeline().errors().total();
        engine.close();
        BenchDirs.delete(dir);
        if (errors != 0) {
            throw new IllegalStateException(errors + " handler errors during the benchmark");
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long event() {
        final long n = driver.run(source, BATCH, 0);
        engine.pipeline().awaitDrained();
        return n;
    }
}
