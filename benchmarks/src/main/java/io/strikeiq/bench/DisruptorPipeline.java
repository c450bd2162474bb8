package io.strikeiq.bench;

import io.strikeiq.event.EventSource;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.FeedDriver;
import io.strikeiq.wiring.JournaledEngine;
import io.strikeiq.pipeline.StageErrors;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;

/** The engine under test: a started {@link JournaledEngine}, exactly as the CLI builds it. */
final class DisruptorPipeline implements MeasuredPipeline {
    private final JournaledEngine engine;
    private final FeedDriver driver;

    DisruptorPipeline(final Path journalDir, final EngineSettings settings) {
        engine = new JournaledEngine(journalDir, settings, true);
        driver = engine.start();
    }

    @Override
    public long run(final EventSource source, final long maxEvents, final double ratePerSecond) {
        return driver.run(source, maxEvents, ratePerSecond);
    }

    @Override
    public void awaitDrained() {
        engine.pipeline().awaitDrained();
    }

    @Override
    public Histogram latency() {
        return engine.pipeline().latency().histogram();
    }

    @Override
    public Histogram serviceTime() {
        return engine.pipeline().serviceTime().timings().sinceStart();
    }

    @Override
    public long signalsPublished() {
        return engine.pipeline().signalsPublished();
    }

    @Override
    public StageErrors errors() {
        return engine.pipeline().errors();
    }

    @Override
    public void close() {
        engine.close();
    }
}
