package io.strikeiq.analytics;

import io.strikeiq.analytics.futures.FuturesConfig;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.pipeline.AnalyticsStage;
import io.strikeiq.pipeline.ArenaSignal;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.Preset;
import io.strikeiq.pipeline.RecordArena;
import io.strikeiq.pipeline.Stage;
import io.strikeiq.pipeline.StageErrors;
import io.strikeiq.pipeline.StateStage;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.state.MarketState;
import io.strikeiq.wiring.EngineSet;
import org.agrona.concurrent.MessageHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's own pieces on the test thread: the real composition root ({@link EngineSet}:
 * derivation, every engine, the computed order) behind the real {@link StateStage} and
 * {@link AnalyticsStage} (event-time timers, error counting, recovery), with the record arena
 * drained after each event as the publish stage does. Nothing about order or timers is decided
 * here. An engine error fails the test at the event that caused it, since the stage itself only
 * counts it. {@link #only} narrows which engines' signals a test sees; every engine still runs.
 */
final class ChainHarness {
    static final PcrConfig PCR = PcrConfig.builder().upperThreshold(1.3).lowerThreshold(0.7).hysteresis(0.05)
        .debounceNanos(0).minTotalOi(0).scope(PcrConfig.Scope.TOTAL).contrarian(true).build();
    static final MaxPainConfig MAX_PAIN = MaxPainConfig.builder().debounceNanos(0).minTotalOi(0).fullStrengthSteps(4)
        .build();

    final MarketState state = new MarketState(new InstrumentRegistry());
    final ChainAnalyticsConfig config;
    final EngineSet set;
    final PcrEngine pcr;
    final MaxPainEngine maxPain;
    final LegDerivation greeks;
    final UnderlyingMetricsEngine underlying;
    final ChainMetricsEngine chain;
    final GammaExposureEngine gex;
    final SnapshotEngine snapshots;
    final CapturingRecords records = new CapturingRecords();
    final List<Signal> signals = new ArrayList<>();
    private final StageErrors errors = new StageErrors();
    private final RecordArena arena = new RecordArena(RecordArena.DEFAULT_CAPACITY);
    private final StateStage stateStage;
    private final AnalyticsStage analytics;
    /** The current event's signals, decoded from the arena as the publish stage does. */
    private final SignalBuffer eventSignals = new SignalBuffer(AnalyticsStage.SIGNALS_PER_EVENT);
    private final MessageHandler capture = (templateId, buffer, index, length) -> {
        if (templateId == ArenaSignal.TEMPLATE_ID) {
            ArenaSignal.decode(buffer, index, eventSignals.next(0, 0));
            return;
        }
        final int at = records.tryClaim(templateId, length);
        if (at < 0) {
            throw new AssertionError("harness record buffer full");
        }
        buffer.getBytes(index, records.buffer(), at, length);
        records.commit(at);
    };
    private int[] visibleEngines;
    private long sequence;
    private long errorsSeen;

    ChainHarness(final ChainAnalyticsConfig config, final long timerNanos) {
        this(config, timerNanos, PCR, MAX_PAIN);
    }

    ChainHarness(final ChainAnalyticsConfig config, final long timerNanos, final PcrConfig pcrConfig,
                 final MaxPainConfig maxPainConfig) {
        this.config = config;
        set = new EngineSet(state, new EngineSettings(Preset.COMPACT, timerNanos, pcrConfig, maxPainConfig, config,
            FuturesConfig.defaults()));
        pcr = set.pcr();
        maxPain = set.maxPain();
        greeks = set.derivation();
        underlying = set.underlyingMetrics();
        chain = set.chainMetrics();
        gex = set.gammaExposure();
        snapshots = set.snapshots();
        stateStage = new StateStage(state::apply, errors);
        analytics = new AnalyticsStage(set.derivation(), set.engines(), timerNanos, arena, errors);
    }

    /**
     * Every engine over default chain settings and 1 s timers, showing only the PCR and max-pain
     * signals: the view the PCR and max-pain tests assert on.
     */
    static ChainHarness pcrAndMaxPain(final PcrConfig pcrConfig, final MaxPainConfig maxPainConfig) {
        return new ChainHarness(ChainAnalyticsConfig.defaults(), 1_000_000_000L, pcrConfig, maxPainConfig)
            .only(io.strikeiq.signal.EngineId.PCR, io.strikeiq.signal.EngineId.MAX_PAIN);
    }

    /** Shows a test only these engines' signals ({@code EngineId} values); every engine still runs. */
    ChainHarness only(final int... engineIds) {
        visibleEngines = engineIds.clone();
        return this;
    }

    /** Runs one event without collecting anything (allocation-free); returns the visible signals it emitted. */
    int run(final MarketEvent e) {
        e.sequence = sequence++;
        records.clear();
        eventSignals.clear();
        stateStage.onEvent(e, e.sequence, true);
        analytics.onEvent(e, e.sequence, true);
        if (e.outputRecords > 0) {
            arena.drain(capture, e.outputRecords);
        }
        if (errors.total() != errorsSeen) {
            errorsSeen = errors.total();
            final Throwable t = errors.latest(Stage.ANALYTICS) != null ? errors.latest(Stage.ANALYTICS)
                : errors.latest(Stage.STATE);
            throw new AssertionError("an engine failed at input sequence " + e.sequence, t);
        }
        final SignalBuffer buffer = eventSignals;
        int visible = 0;
        for (int i = 0; i < buffer.size(); i++) {
            if (visible(buffer.get(i).engine)) {
                visible++;
            }
        }
        return visible;
    }

    /** Runs one event and keeps copies of its visible signals. */
    List<Signal> apply(final MarketEvent e) {
        run(e);
        final List<Signal> out = new ArrayList<>();
        final SignalBuffer buffer = eventSignals;
        for (int i = 0; i < buffer.size(); i++) {
            if (visible(buffer.get(i).engine)) {
                final Signal copy = new Signal();
                copy.copyFrom(buffer.get(i));
                out.add(copy);
            }
        }
        signals.addAll(out);
        return out;
    }

    private boolean visible(final int engine) {
        if (visibleEngines == null) {
            return true;
        }
        for (final int id : visibleEngines) {
            if (id == engine) {
                return true;
            }
        }
        return false;
    }
}
