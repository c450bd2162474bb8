package io.strikeiq.bench;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.wiring.EngineSet;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.analytics.gex.FlipSolver;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.feeds.synthetic.SyntheticConfig;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The options chain's per-tick path and its timer-driven flip grid, without journals or the ring:
 * {@link MarketState#apply} followed by the options engines in the order and with the settings
 * {@code JournaledEngine} wires them (PCR, max pain, greeks, underlying metrics, chain metrics,
 * gamma exposure, snapshots). The chain is the synthetic NIFTY market with 100 strikes each side
 * of the money (201 strikes) and 2 expiries, pre-generated into an {@link EventTape}; the set-up
 * replays the first {@value #WARM_EVENTS} events through state, engines and their 1 s timers so
 * every leg has a quote, OI, IV and greeks before anything is measured.
 *
 * <p>{@link #optionTick} measures one option tick end to end (tape copy into the event, state
 * update, that contract's IV and greeks, every incremental aggregate); the ticks cycle through the
 * tape's option ticks after the warm-up, shifted forward in event time on each lap. Timers do not
 * fire inside the measured loop: they are the timer path, measured by {@link #flipRecompute}, the
 * full dealer-gamma flip grid ({@code 2 * 100 + 1} grid points, every leg of both expiries), and
 * by its amortised parts: {@link #flipStart} (the job's coefficient snapshot, paid on the firing
 * event) and {@link #flipStep} (one input event's share at the default budget).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChainBenchmark {
    private static final int STRIKES_EACH_SIDE = 100;
    private static final int EXPIRIES = 2;
    private static final int TAPE_EVENTS = 600_000;
    private static final int WARM_EVENTS = 200_000;
    private static final int FLIP_TERMS_PER_EVENT = ChainAnalyticsConfig.defaults().flipTermsPerEvent();
    private static final long TIMER_NANOS = 1_000_000_000L;

    private EventTape tape;
    private MarketState state;
    private GammaExposureEngine gammaExposure;
    private AnalyticsEngine[] engines;
    private final MarketEvent slot = new MarketEvent();
    private final SignalBuffer signals = new SignalBuffer(SignalBuffer.DEFAULT_CAPACITY);
    private int[] optionTicks;
    private int next;
    private long lapShift;
    private int underlyingId;
    private long flipTime;
    private LegDerivation derivation;
    private int legsWithGamma;

    @Setup
    public void setUp() {
        final SyntheticMarket market = new SyntheticMarket(
            SyntheticConfig.defaults().withStrikesEachSide(STRIKES_EACH_SIDE).withExpiries(EXPIRIES));
        underlyingId = market.underlyingId();
        tape = EventTape.record(market, TAPE_EVENTS);
        final EngineSettings settings = EngineSettings.defaults();
        final ChainAnalyticsConfig chain = settings.chain().toBuilder().flipRange(0.10).flipStep(0.001).build();
        state = new MarketState(new InstrumentRegistry());
        final EngineSet set = new EngineSet(state, settings.withChain(chain));
        derivation = set.derivation();
        gammaExposure = set.gammaExposure();
        engines = set.engines();

        long nextTimer = Long.MIN_VALUE;
        for (int i = 0; i < WARM_EVENTS; i++) {
            tape.copyTo(i, 0L, slot);
            final long now = slot.eventTimeNanos;
            if (nextTimer == Long.MIN_VALUE) {
                nextTimer = (now / TIMER_NANOS + 1) * TIMER_NANOS;
            } else if (now >= nextTimer) {
                signals.begin(slot.sequence, now);
                derivation.onTimer(now);
                for (final AnalyticsEngine engine : engines) {
                    engine.onTimer(now, signals);
                }
                nextTimer = (now / TIMER_NANOS + 1) * TIMER_NANOS;
            }
            apply();
        }
        flipTime = slot.eventTimeNanos;
        int count = 0;
        for (int i = WARM_EVENTS; i < tape.size(); i++) {
            tape.copyTo(i, 0L, slot);
            if (slot.type == EventType.OPTION_TICK) {
                count++;
            }
        }
        optionTicks = new int[count];
        count = 0;
        for (int i = WARM_EVENTS; i < tape.size(); i++) {
            tape.copyTo(i, 0L, slot);
            if (slot.type == EventType.OPTION_TICK) {
                optionTicks[count++] = i;
            }
        }
        lapShift = 0L;
        legsWithGamma = countLegsWithGamma();
        final int legs = 2 * (2 * STRIKES_EACH_SIDE + 1) * EXPIRIES;
        // Deep-wing legs quoted at the tick floor have no solvable IV, so not every leg counts.
        if (legsWithGamma < legs / 2 || optionTicks.length == 0) {
            throw new IllegalStateException("chain not warm: " + legsWithGamma + " of " + legs + " legs with IV and OI, "
                + optionTicks.length + " option ticks to replay");
        }
        System.out.println("# chain: " + state.chainCount() + " chains, " + legsWithGamma + " of " + legs
            + " legs with IV and OI, flip grid " + gammaExposure.gridPoints() + " points, "
            + optionTicks.length + " option ticks per lap");
    }

    private int countLegsWithGamma() {
        final OptionLegFlyweight leg = new OptionLegFlyweight();
        int n = 0;
        for (int c = 0; c < state.chainCount(); c++) {
            final ChainState chain = state.chain(c);
            for (int s = 0; s < chain.slotCount(); s++) {
                for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                    final OptionLegFlyweight l = chain.leg(s, side, leg);
                    if (l.isListed() && l.iv() > 0 && l.oi() > 0) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private void apply() {
        state.apply(slot);
        signals.begin(slot.sequence, slot.eventTimeNanos);
        derivation.onEvent(slot);
        for (final AnalyticsEngine engine : engines) {
            engine.onEvent(slot, signals);
        }
    }

    /** One option tick: state update, the contract's IV and greeks, every incremental chain aggregate. */
    @Benchmark
    public int optionTick() {
        if (next == optionTicks.length) {
            next = 0;
            lapShift += tape.spanNanos();
        }
        tape.copyTo(optionTicks[next++], lapShift, slot);
        apply();
        return signals.size();
    }

    /** The timer's full flip-grid recompute over both expiries. */
    @Benchmark
    public double flipRecompute() {
        return gammaExposure.recomputeFlip(underlyingId, flipTime);
    }

    /** Snapshot of every leg's flip coefficients: what the event the flip schedule fires on pays. */
    @Benchmark
    public long flipStart() {
        final FlipSolver solver = gammaExposure.flipSolver();
        solver.start(0, state.underlyingCount(), state.chainCount(), flipTime);
        return solver.jobTerms();
    }

    /**
     * One input event's share of a running flip job at the default budget of
     * default {@code chain.flip-terms-per-event} terms; when the job lands the next
     * call starts another, so one start in every ceil(terms / budget) calls is included.
     */
    @Benchmark
    public boolean flipStep() {
        final FlipSolver solver = gammaExposure.flipSolver();
        if (!solver.active()) {
            solver.start(0, state.underlyingCount(), state.chainCount(), flipTime);
        }
        return solver.step(FLIP_TERMS_PER_EVENT);
    }
}
