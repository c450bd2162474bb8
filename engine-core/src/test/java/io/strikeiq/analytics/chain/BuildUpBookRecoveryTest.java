package io.strikeiq.analytics.chain;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.BuildUp;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.ChainMetricsEngine;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.pipeline.AnalyticsStage;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.pipeline.RecordArena;
import io.strikeiq.pipeline.Stage;
import io.strikeiq.pipeline.StageErrors;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;
import io.strikeiq.wiring.EngineSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 3 for the chain metrics engine: a throw injected in the middle of a build-up book
 * update (after the ticked leg's old OI left its classes, before its new OI is added) through the
 * real {@link AnalyticsStage} over the real {@link EngineSet}. The stage counts the error and calls
 * the engine's recovery, after which every day and window aggregate, per side and class, equals a
 * recompute from the legs written here, bit for bit — right after the fault, on every later event
 * and across window boundaries and a session open. The same run with the recovery switched off
 * shows that the fault really corrupts the book: its side totals are short by the new OI, and stay
 * wrong on the ticks that follow until the chain is next recounted wholesale.
 */
class BuildUpBookRecoveryTest {
    private static final int STRIKES = 9;
    private static final int WARM_UP = 1_500;
    private static final int AFTER = 1_500;

    @Test
    void aThrowBetweenRemovalAndAdditionIsRepairedByTheStagesRecovery() {
        final Run healed = new Run(true);
        final Run broken = new Run(false);
        for (int i = 0; i < WARM_UP; i++) {
            healed.next();
            broken.next();
        }
        assertMatchesRecompute(healed, "before the fault");
        assertMatchesRecompute(broken, "before the fault");
        assertTrue(nonNeutralOi(healed) > 0, "warm-up put OI into non-neutral day and window classes");

        // A leg with OI in a non-neutral day class: the fault drops exactly its old OI from its classes.
        final int leg = legWithClassifiedOi(healed);
        final long oldOi = healed.leg(leg).oi();
        final long newOi = oldOi + 3 * 65;
        final RuntimeException injected = new IllegalStateException("injected between removal and addition");
        for (final Run run : List.of(healed, broken)) {
            assertTrue(run.book().isCurrent(run.engines.derivation().buildUpVersion(0)), "the tick takes the incremental path");
            run.book().failNextUpdate(injected);
            run.tick(leg, newOi, 0.25);
            assertEquals(1, run.stage.engineErrors(run.chainIndex), "the throw is counted for the chain engine");
            for (int i = 0; i < run.stage.engineCount(); i++) {
                if (i != run.chainIndex) {
                    assertEquals(0, run.stage.engineErrors(i), "no other engine failed");
                }
            }
            assertEquals(1, run.errors.count(Stage.ANALYTICS));
            assertSame(injected, run.errors.latest(Stage.ANALYTICS));
            assertEquals(newOi, run.leg(leg).oi(), "state took the tick");
        }
        assertMatchesRecompute(healed, "right after the recovery");
        final long[][][] expected = recompute(broken.state.chain(0));
        for (int kind = 0; kind < 2; kind++) {
            final int side = leg % 2;
            assertEquals(sum(expected[kind][side]) - newOi, sum(aggregates(broken)[kind][side]),
                "without recovery the " + (kind == 0 ? "day" : "window") + " side total lacks the new OI");
        }

        // Ticks of the faulted leg before the next wholesale recount: the unrecovered book drifts further.
        final long version = broken.engines.derivation().buildUpVersion(0);
        for (int k = 1; k <= 3; k++) {
            for (final Run run : List.of(healed, broken)) {
                run.tick(leg, newOi + k * 65, 0.05 * k);
            }
            assertEquals(version, broken.engines.derivation().buildUpVersion(0), "still within the window");
            assertMatchesRecompute(healed, "tick " + k + " of the faulted leg");
            assertNotEquals(sum(recompute(broken.state.chain(0))[0][leg % 2]), sum(aggregates(broken)[0][leg % 2]),
                "the unrecovered day aggregate stays wrong");
        }

        // The rest of the run: window boundaries, a session open, every leg ticking.
        final long versionBefore = healed.engines.derivation().buildUpVersion(0);
        for (int i = 0; i < AFTER; i++) {
            if (i == AFTER / 2) {
                healed.sessionOpen();
            } else {
                healed.next();
            }
            assertMatchesRecompute(healed, "event " + i + " after the fault");
        }
        assertTrue(healed.engines.derivation().buildUpVersion(0) >= versionBefore + 3,
            "the run crossed window boundaries and the session open");
        assertEquals(1, healed.stage.engineErrors(healed.chainIndex), "one error in all");
    }

    /** The engine's aggregates [day, window][side][class]. */
    private static long[][][] aggregates(final Run run) {
        final long[][][] a = new long[2][2][BuildUp.COUNT];
        for (int side = 0; side < 2; side++) {
            for (int b = 0; b < BuildUp.COUNT; b++) {
                a[0][side][b] = run.chainMetrics.buildUpOi(0, side, b);
                a[1][side][b] = run.chainMetrics.windowBuildUpOi(0, side, b);
                assertEquals(a[0][side][b], run.book().dayOi(side, b), "getter reads the book");
                assertEquals(a[1][side][b], run.book().windowOi(side, b), "getter reads the book");
            }
        }
        return a;
    }

    /** Σ OI of the listed legs per [day, window][side][the class the leg carries]. */
    private static long[][][] recompute(final ChainState chain) {
        final long[][][] r = new long[2][2][BuildUp.COUNT];
        final OptionLegFlyweight l = new OptionLegFlyweight();
        for (int s = 0; s < chain.slotCount(); s++) {
            for (int side = 0; side < 2; side++) {
                chain.leg(s, side, l);
                if (l.isListed()) {
                    r[0][side][l.buildUp()] += l.oi();
                    r[1][side][l.windowBuildUp()] += l.oi();
                }
            }
        }
        return r;
    }

    private static void assertMatchesRecompute(final Run run, final String when) {
        final long[][][] expected = recompute(run.state.chain(0));
        final long[][][] actual = aggregates(run);
        for (int kind = 0; kind < 2; kind++) {
            for (int side = 0; side < 2; side++) {
                for (int b = 0; b < BuildUp.COUNT; b++) {
                    assertEquals(expected[kind][side][b], actual[kind][side][b], (kind == 0 ? "day" : "window")
                        + " aggregate side " + side + " class " + BuildUp.name(b) + ", " + when);
                }
            }
        }
    }

    private static long nonNeutralOi(final Run run) {
        final long[][][] r = recompute(run.state.chain(0));
        long day = 0;
        long window = 0;
        for (int side = 0; side < 2; side++) {
            for (int b = 0; b < BuildUp.COUNT; b++) {
                if (b != BuildUp.NEUTRAL) {
                    day += r[0][side][b];
                    window += r[1][side][b];
                }
            }
        }
        return Math.min(day, window);
    }

    private static int legWithClassifiedOi(final Run run) {
        for (int leg = 0; leg < STRIKES * 2; leg++) {
            final OptionLegFlyweight l = run.leg(leg);
            if (l.oi() > 0 && l.buildUp() != BuildUp.NEUTRAL) {
                return leg;
            }
        }
        throw new AssertionError("no leg with OI in a non-neutral class");
    }

    private static long sum(final long[] v) {
        long s = 0;
        for (final long x : v) {
            s += x;
        }
        return s;
    }

    /** The chain engine without its recovery: everything else delegated. */
    private static final class WithoutRecovery implements AnalyticsEngine {
        private final AnalyticsEngine delegate;

        WithoutRecovery(final AnalyticsEngine delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onEvent(final MarketEvent event, final SignalSink sink) {
            delegate.onEvent(event, sink);
        }

        @Override
        public void onTimer(final long eventTimeNanos, final SignalSink sink) {
            delegate.onTimer(eventTimeNanos, sink);
        }

        @Override
        public void recover(final MarketEvent event) {
        }

        @Override
        public List<Class<? extends AnalyticsEngine>> reads() {
            return delegate.reads();
        }
    }

    /**
     * One market state, the real engine set and analytics stage (storage snapshots off, so nothing
     * needs draining), and a seeded market of one NIFTY expiry of {@link #STRIKES} strikes: prices
     * move in ticks and OI in lots, so legs fall into every build-up class.
     */
    private static final class Run {
        final MarketState state = new MarketState(new InstrumentRegistry());
        final EngineSet engines;
        final ChainMetricsEngine chainMetrics;
        final StageErrors errors = new StageErrors();
        final AnalyticsStage stage;
        /** Drained after every event as the publish stage does (signals travel in it too). */
        private final RecordArena arena = new RecordArena(1 << 16);
        private final org.agrona.concurrent.MessageHandler discard = (templateId, buffer, index, length) -> { };
        final int chainIndex;
        private final MarketEvent event = new MarketEvent();
        private final OptionLegFlyweight flyweight = new OptionLegFlyweight();
        private final long[] oi = new long[STRIKES * 2];
        private final double[] price = new double[STRIKES * 2];
        private long seed = 11;
        private long time = T0;
        private long sequence;
        private long volume;

        Run(final boolean recovery) {
            final ChainAnalyticsConfig config = ChainAnalyticsConfig.builder()
                .sampleNanos(30 * SECOND).windowNanos(20 * SECOND).flipNanos(5 * SECOND).snapshotNanos(0).build();
            engines = new EngineSet(state, EngineSettings.defaults().withChain(config));
            chainMetrics = engines.chainMetrics();
            final AnalyticsEngine[] order = engines.engines();
            int index = -1;
            for (int i = 0; i < order.length; i++) {
                if (order[i] == chainMetrics) {
                    index = i;
                    if (!recovery) {
                        order[i] = new WithoutRecovery(chainMetrics);
                    }
                }
            }
            chainIndex = index;
            stage = new AnalyticsStage(engines.derivation(), order, SECOND, arena, errors);
            apply(indexDefinition(NIFTY, "NIFTY"));
            for (int k = 0; k < STRIKES; k++) {
                for (int side = 0; side < 2; side++) {
                    apply(optionDefinition(id(k * 2 + side), NIFTY, EXPIRY_1, strike(k), side == 0));
                    oi[k * 2 + side] = 65L * (40 + nextInt(200));
                    price[k * 2 + side] = 0.05 * (200 + nextInt(2_000));
                }
            }
        }

        private static int id(final int leg) {
            return 100 + leg;
        }

        private static double strike(final int k) {
            return 24_000 + 50 * (k - STRIKES / 2);
        }

        BuildUpBook book() {
            return chainMetrics.buildUpBook(0);
        }

        OptionLegFlyweight leg(final int leg) {
            return state.chain(0).leg(leg / 2, leg % 2, flyweight);
        }

        private void apply(final MarketEvent e) {
            e.sequence = sequence++;
            e.flags = 0;
            state.apply(e);
            stage.onEvent(e, e.sequence, true);
            if (e.outputRecords > 0) {
                arena.drain(discard, e.outputRecords);
            }
        }

        private int nextInt(final int bound) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            return (int) ((seed >>> 33) % bound);
        }

        /** A random index trade (one in ten) or option tick, 1 ns to 250 ms after the previous event. */
        void next() {
            time += 1 + nextInt(250_000_000);
            if (nextInt(10) == 0) {
                event.clear();
                event.type = EventType.UNDERLYING_TICK;
                event.instrumentId = NIFTY;
                event.eventTimeNanos = time;
                event.tickKind = MarketEvent.TICK_TRADE;
                event.ltp = 24_000 + 0.05 * (nextInt(2_001) - 1_000);
                apply(event);
                return;
            }
            final int leg = nextInt(STRIKES * 2);
            final long newOi = Math.max(0, oi[leg] + 65L * (nextInt(9) - 4));
            tick(leg, newOi, 0.05 * (nextInt(13) - 6));
        }

        /** A tick of {@code leg} at the current event time (no timer boundary is crossed) with this OI and price move. */
        void tick(final int leg, final long newOi, final double priceMove) {
            oi[leg] = newOi;
            price[leg] = Math.max(0.05, price[leg] + priceMove);
            volume += 65;
            event.clear();
            event.type = EventType.OPTION_TICK;
            event.instrumentId = id(leg);
            event.eventTimeNanos = time;
            event.tickKind = MarketEvent.TICK_TRADE;
            event.ltp = Math.round(price[leg] * 20) / 20.0;
            event.bid = event.ltp - 0.5;
            event.ask = event.ltp + 0.5;
            event.bidQty = 650;
            event.askQty = 650;
            event.volume = volume;
            event.openInterest = newOi;
            apply(event);
        }

        void sessionOpen() {
            time += SECOND;
            event.clear();
            event.type = EventType.SESSION;
            event.instrumentId = NIFTY;
            event.eventTimeNanos = time;
            event.sessionKind = MarketEvent.SESSION_OPEN;
            apply(event);
        }
    }
}
