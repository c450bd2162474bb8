package io.strikeiq.app;

import io.strikeiq.event.EventSource;
import io.strikeiq.journal.JournalLock;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.FeedDriver;
import io.strikeiq.wiring.JournaledEngine;
import io.strikeiq.pipeline.Pipeline;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.UnderlyingState;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs one event source through the full pipeline into a journal folder: input journal, market
 * state, engines, output journal. Owns the shutdown path: on SIGTERM / Ctrl-C the feed stops
 * after its current event, the pipeline drains every event already in the ring through all
 * stages, and the journals are closed, so nothing that reached the ring is lost. A journal that
 * cannot be written (disk full) halts the pipeline: the feed stops, the summary says what failed
 * and how many events were journaled, and the run fails with that one line.
 */
final class JournaledRun {
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)
        .withZone(ZoneId.of("Asia/Kolkata"));

    private JournaledRun() {
    }

    /**
     * Runs {@code source} to completion and hands the report to {@code onFinished} before the run
     * counts as finished: a SIGTERM arriving mid-run lets the summary print before the JVM exits.
     *
     * @param lock the journal folder's lock, taken when it was prepared; released when the journals are closed
     * @param metrics the command's metrics endpoint, which serves this engine's metrics from its start on; null for none
     * @param serviceTime time the analytics stage's work per event (reported per phase and in the metrics)
     * @throws UserError after the summary, when a journal could not be written and the run stopped
     */
    static RunReport execute(final RunSpec spec, final JournalLock lock, final AppConfig config, final EventSource source,
                             final PrintStream progressOut, final MetricsServer metrics, final boolean serviceTime,
                             final Consumer<RunReport> onFinished) {
        final SignalCounter counter = new SignalCounter();
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicBoolean stopRequested = new AtomicBoolean();
        final RunReport report;
        try (lock; JournaledEngine engine = new JournaledEngine(lock, EngineSettingsFactory.from(config, spec.preset()),
            serviceTime || metrics != null, counter)) {
            if (metrics != null) {
                EngineMetrics.register(metrics.registry(), engine);
            }
            final FeedDriver driver = engine.start();
            if (metrics != null) {
                metrics.running(true);
            }
            final Thread hook = new Thread(() -> {
                stopRequested.set(true);
                driver.requestStop();
                try {
                    // Let the main thread drain the ring and close the journals before the JVM exits.
                    finished.await(30, TimeUnit.SECONDS);
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "strikeiq-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            final Thread progress = spec.showProgress() ? startProgress(driver, progressOut) : null;
            final Pipeline pipeline = engine.pipeline();
            final List<PhaseResult> results = new ArrayList<>();
            try {
                for (final RunPhase phase : spec.phases()) {
                    if (stopRequested.get() || pipeline.halt().halted()) {
                        break;
                    }
                    final long start = System.nanoTime();
                    final long events = driver.run(source, phase.events(), phase.ratePerSecond());
                    pipeline.awaitDrained();
                    results.add(new PhaseResult(phase, events, System.nanoTime() - start, pipeline.latency().snapshotAndReset(),
                        pipeline.serviceTime() == null ? null : pipeline.serviceTime().timings().snapshotAndReset()));
                    if (phase.events() > 0 && events < phase.events()) {
                        break; // the source ended or a stop was requested
                    }
                }
                // A file feed stopped mid-file journals an INTERRUPTED record of it (counted as published);
                // after a halt nothing more can be journaled, and the failure is what the summary reports.
                final long onStop = pipeline.halt().halted() ? 0 : driver.publishOnStop(source);
                if (onStop > 0) {
                    pipeline.awaitDrained();
                }
                if (onStop > 0 && !results.isEmpty()) {
                    final PhaseResult last = results.remove(results.size() - 1);
                    results.add(new PhaseResult(last.phase(), last.events() + onStop, last.elapsedNanos(), last.latency(),
                        last.serviceTime()));
                }
            } finally {
                pipeline.close();
                if (metrics != null) {
                    metrics.running(false);
                }
            }
            if (progress != null) {
                progress.interrupt();
            }
            report = new RunReport(spec.preset(), results, pipeline.eventsJournaled(),
                pipeline.signalsPublished(), counter.summary(), pipeline.recordsPublished(), pipeline.errors().report(), metrics(engine),
                stopRequested.get(), pipeline.halt().reason());
            onFinished.accept(report);
            removeHook(hook);
        } finally {
            finished.countDown();
            source.close();
        }
        if (report.failure() != null) {
            throw new UserError(String.format(Locale.ROOT, "stopped: %s; %,d events journaled in %s, readable up to the last of them",
                report.failure(), report.journaled(), spec.journalDir()));
        }
        return report;
    }

    private static void removeHook(final Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (final IllegalStateException alreadyShuttingDown) {
            // The hook is running: it waits for 'finished', counted down by the caller's finally.
        }
    }

    private static Thread startProgress(final FeedDriver driver, final PrintStream out) {
        final Thread t = new Thread(() -> {
            final long start = System.nanoTime();
            try {
                while (true) {
                    Thread.sleep(5_000);
                    final double secs = (System.nanoTime() - start) / 1e9;
                    final long n = driver.published();
                    out.printf(Locale.ROOT, "  ... %,d events in %.0f s (%,.0f events/s)%n", n, secs, n / secs);
                }
            } catch (final InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        }, "strikeiq-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Readable lines of the engines' latest state; read after the pipeline has stopped. */
    private static List<String> metrics(final JournaledEngine e) {
        final List<String> lines = new ArrayList<>();
        for (int i = 0; i < e.state().underlyingCount(); i++) {
            final UnderlyingState u = e.state().underlying(i);
            if (!Double.isNaN(u.last())) {
                lines.add(String.format(Locale.ROOT, "%-14s last %,.2f  day O/H/L %,.2f / %,.2f / %,.2f  VWAP %,.2f  volume %,d",
                    e.registry().symbol(u.instrumentId()), u.last(), u.open(), u.high(), u.low(), u.vwap(), u.cumulativeVolume()));
            }
        }
        int lastUnderlying = 0;
        for (int i = 0; i < e.state().chainCount(); i++) {
            final ChainState c = e.state().chain(i);
            final String name = e.registry().symbol(c.underlyingId());
            if (c.underlyingId() != lastUnderlying) {
                lines.add(String.format(Locale.ROOT, "%-14s PCR(OI) all expiries %.4f  (put OI %,d / call OI %,d)",
                    name, e.pcr().totalPcr(c.underlyingId()), e.pcr().totalPutOi(c.underlyingId()), e.pcr().totalCallOi(c.underlyingId())));
                lastUnderlying = c.underlyingId();
            }
            lines.add(String.format(Locale.ROOT, "%-14s expiry %s: PCR(OI) %.4f  max pain %,.0f  call OI %,d  put OI %,d  legs %d",
                name, EXPIRY.format(Instant.ofEpochSecond(0, c.expiryNanos())), e.pcr().chainPcr(i), e.maxPain().chainMaxPain(i),
                c.callOi(), c.putOi(), c.listedLegs()));
            final io.strikeiq.analytics.ChainMetricsEngine m = e.chainMetrics();
            final io.strikeiq.analytics.GammaExposureEngine g = e.gammaExposure();
            lines.add(String.format(Locale.ROOT, "%-14s   spot %,.2f  forward %,.2f  ATM %,.0f  straddle %,.2f (%+.2f%%)  ATM IV %.2f%%  IV regime %s",
                "", m.spot(i), e.derivation().forward(i), m.atmStrike(i), m.atmStraddle(i), 100 * m.straddleChange(i),
                100 * m.atmIv(i), io.strikeiq.analytics.IvRegime.name(m.ivRegime(i))));
            lines.add(String.format(Locale.ROOT, "%-14s   OI walls support %,.0f / resistance %,.0f  GEX %,.0f per 1%%  call wall %,.0f  put wall %,.0f",
                "", m.supportWall(i), m.resistanceWall(i), g.chainGex(i), g.callWall(i), g.putWall(i)));
        }
        for (int i = 0; i < e.state().underlyingCount(); i++) {
            final int id = e.state().underlying(i).instrumentId();
            if (!Double.isNaN(e.gammaExposure().totalGex(id))) {
                final int regime = e.gammaExposure().regime(id);
                lines.add(String.format(Locale.ROOT, "%-14s total GEX %,.0f per 1%% (%s, %s)  gamma flip %,.2f  RSI %.1f  snapshots %,d",
                    e.registry().symbol(id), e.gammaExposure().totalGex(id),
                    regime > 0 ? "long gamma" : regime < 0 ? "short gamma" : "regime unknown",
                    e.gammaExposure().convention(), e.gammaExposure().gammaFlip(id), e.underlyingMetrics().rsi(id),
                    e.snapshots().snapshots()));
            }
        }
        return lines;
    }
}
