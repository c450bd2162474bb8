package io.strikeiq.analytics.gex;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.ChainRecovery;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.math.Black76;
import io.strikeiq.math.TimeToExpiry;
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
import static io.strikeiq.state.TestEvents.EXPIRY_2;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.indexTrade;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 3 for the gamma exposure engine, through the real {@link AnalyticsStage} over the
 * real {@link EngineSet}. Two NIFTY expiries (chains A and B) of 11 strikes, each with its own
 * future as forward. B's future moves, so the derivation re-solves B's 22 legs, 16 on that event
 * and the last 6 on the next one, which is an option tick of chain A; on that tick A's book throws
 * in the middle of its update (after the leg's value and the gross sum moved, before the side
 * sum), so the engine also never applies B's 6 re-solved legs. With the engine's recovery every
 * per-contract, per-chain, wall and cross-expiry aggregate of both chains equals a recompute from
 * the legs (written out here) bit for bit, then and on every later event. Without recovery both
 * books are wrong; with a recovery that rebuilds only the event's chain (the rule before this
 * fix), A is repaired but B stays wrong: the recovery must rebuild every chain.
 */
class GexRecoveryTest {
    private static final int STRIKES = 11;
    private static final double SIGMA = 0.13;
    private static final long TIME = T0 + SECOND;
    private static final int FUT_A = 90;
    private static final int FUT_B = 91;
    private static final int FAULT_SLOT = 5;

    private enum Mode { FULL, EVENT_CHAIN_ONLY, NONE }

    @Test
    void aThrowMidUpdateIsRepairedForEveryChainTheEventTouched() {
        final Run healed = new Run(Mode.FULL);
        final Run eventOnly = new Run(Mode.EVENT_CHAIN_ONLY);
        final Run broken = new Run(Mode.NONE);
        final List<Run> runs = List.of(healed, eventOnly, broken);
        for (final Run run : runs) {
            run.warmUp();
            assertMatchesRecompute(run, "after warm-up");
            assertTrue(run.chainMatches(run.a) && run.chainMatches(run.b));
        }

        final RuntimeException injected = new IllegalStateException("injected mid GEX update");
        for (final Run run : runs) {
            run.apply(indexTrade(FUT_B, TIME + 2 * SECOND, 24_260, 1));
            assertEquals(16, run.engines.derivation().resolvedCount(), "B's move re-solves 16 legs on its own event");
            run.gex.gexBook(run.a).failNextUpdate(injected);
            run.apply(run.tick(run.a, FAULT_SLOT, ChainState.CALL, 24_000, TIME + 2 * SECOND, 65L * 777));
            assertEquals(6, run.engines.derivation().resolvedCount(), "the faulting tick of A also re-solved B's last 6 legs");
            for (int i = 0; i < 6; i++) {
                assertEquals(run.b, run.engines.derivation().resolvedChain(i));
            }
            assertEquals(1, run.stage.engineErrors(run.gexIndex), "the throw is counted for the GEX engine");
            assertEquals(1, run.errors.count(Stage.ANALYTICS), "no other engine failed");
            assertSame(injected, run.errors.latest(Stage.ANALYTICS));
        }
        assertMatchesRecompute(healed, "right after the recovery");
        assertTrue(eventOnly.chainMatches(eventOnly.a), "the event's chain alone is repaired");
        assertTrue(!eventOnly.chainMatches(eventOnly.b), "but B's re-solved legs were never applied");
        assertTrue(!broken.chainMatches(broken.a) && !broken.chainMatches(broken.b), "without recovery both are wrong");
        assertNotEquals(recomputeTotal(broken), broken.gex.totalGex(NIFTY), "and so is the cross-expiry total");

        // Later events: A's legs tick (B's stale legs do not), index prints, another forward move of A.
        for (int k = 0; k < 40; k++) {
            final long time = TIME + 3 * SECOND;
            for (final Run run : runs) {
                if (k == 20) {
                    run.apply(indexTrade(FUT_A, time, 24_140, 1));
                } else if (k % 5 == 4) {
                    run.apply(indexTrade(NIFTY, time, 24_010 + k, 0));
                } else {
                    run.apply(run.tick(run.a, k % STRIKES, k % 2, 24_010, time, 65L * (300 + 7 * k)));
                }
            }
            assertMatchesRecompute(healed, "event " + k + " after the fault");
            assertTrue(!eventOnly.chainMatches(eventOnly.b), "B stays wrong without a full recovery, event " + k);
        }
        assertEquals(1, healed.stage.engineErrors(healed.gexIndex), "one error in all");
    }

    /** One contract's GEX in milli-currency, CLASSIC signs: sign · Γ · F² · OI · lot · 0.01, 0 without gamma or OI. */
    private static long contract(final OptionLegFlyweight l, final int side, final int lot) {
        final double f = l.greeksForward();
        if (Double.isNaN(l.gamma()) || l.oi() <= 0 || !(f > 0)) {
            return 0;
        }
        return Math.round((side == ChainState.CALL ? 1 : -1) * l.gamma() * f * f * l.oi() * lot * 0.01 * 1000.0);
    }

    private static double recomputeTotal(final Run run) {
        long total = 0;
        for (final int c : new int[] {run.a, run.b}) {
            final ChainState chain = run.state.chain(c);
            for (int s = 0; s < chain.slotCount(); s++) {
                for (int side = 0; side < 2; side++) {
                    total += contract(chain.leg(s, side, run.leg), side, chain.lotSize());
                }
            }
        }
        return total / 1000.0;
    }

    private static void assertMatchesRecompute(final Run run, final String when) {
        for (final int c : new int[] {run.a, run.b}) {
            final ChainState chain = run.state.chain(c);
            long call = 0;
            long put = 0;
            long gross = 0;
            int callWall = -1;
            int putWall = -1;
            long callBest = 0;
            long putBest = 0;
            for (int s = 0; s < chain.slotCount(); s++) {
                final long cv = contract(chain.leg(s, ChainState.CALL, run.leg), ChainState.CALL, chain.lotSize());
                final long pv = contract(chain.leg(s, ChainState.PUT, run.leg), ChainState.PUT, chain.lotSize());
                assertEquals(cv / 1000.0, run.gex.contractGex(c, s, ChainState.CALL), "call GEX slot " + s + ", " + when);
                assertEquals(pv / 1000.0, run.gex.contractGex(c, s, ChainState.PUT), "put GEX slot " + s + ", " + when);
                call += cv;
                put += pv;
                gross += Math.abs(cv) + Math.abs(pv);
                if (cv > callBest) {
                    callBest = cv;
                    callWall = s;
                }
                if (Math.abs(pv) > putBest) {
                    putBest = Math.abs(pv);
                    putWall = s;
                }
            }
            assertEquals(call / 1000.0, run.gex.chainCallGex(c), "chain " + c + " call GEX, " + when);
            assertEquals(put / 1000.0, run.gex.chainPutGex(c), "chain " + c + " put GEX, " + when);
            assertEquals(gross / 1000.0, run.gex.chainGrossGex(c), "chain " + c + " gross GEX, " + when);
            assertEquals(callWall < 0 ? Double.NaN : chain.strikeAt(callWall), run.gex.callWall(c), "call wall, " + when);
            assertEquals(putWall < 0 ? Double.NaN : chain.strikeAt(putWall), run.gex.putWall(c), "put wall, " + when);
        }
        assertEquals(recomputeTotal(run), run.gex.totalGex(NIFTY), "total GEX over both expiries, " + when);
    }

    /** The GEX engine with its recovery replaced: none, or the old rule (the event's chain only, from the book's own rebuild). */
    private static final class AlteredRecovery implements AnalyticsEngine {
        private final GammaExposureEngine delegate;
        private final Run run;
        private final boolean eventChain;

        AlteredRecovery(final GammaExposureEngine delegate, final Run run, final boolean eventChain) {
            this.delegate = delegate;
            this.run = run;
            this.eventChain = eventChain;
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
            if (eventChain) {
                ChainRecovery.rebuild(run.state, event, run.state.chainCount(), false,
                    c -> delegate.gexBook(c).rebuild(run.state.chain(c), new OptionLegFlyweight(), delegate.convention()));
            }
        }

        @Override
        public List<Class<? extends AnalyticsEngine>> reads() {
            return delegate.reads();
        }
    }

    /** One market state, the real engine set (snapshots off) and analytics stage, two expiries with a future each. */
    private static final class Run {
        final MarketState state = new MarketState(new InstrumentRegistry());
        final ChainAnalyticsConfig config = ChainAnalyticsConfig.builder().sampleNanos(60 * SECOND)
            .windowNanos(300 * SECOND).flipNanos(5 * SECOND).snapshotNanos(0).build();
        final EngineSet engines;
        final GammaExposureEngine gex;
        final StageErrors errors = new StageErrors();
        final AnalyticsStage stage;
        /** Drained after every event as the publish stage does (signals travel in it too). */
        private final RecordArena arena = new RecordArena(1 << 16);
        private final org.agrona.concurrent.MessageHandler discard = (templateId, buffer, index, length) -> { };
        final OptionLegFlyweight leg = new OptionLegFlyweight();
        final int gexIndex;
        int a = -1;
        int b = -1;
        private long sequence;

        Run(final Mode mode) {
            engines = new EngineSet(state, EngineSettings.defaults().withChain(config));
            gex = engines.gammaExposure();
            final AnalyticsEngine[] order = engines.engines();
            int index = -1;
            for (int i = 0; i < order.length; i++) {
                if (order[i] == gex) {
                    index = i;
                    if (mode != Mode.FULL) {
                        order[i] = new AlteredRecovery(gex, this, mode == Mode.EVENT_CHAIN_ONLY);
                    }
                }
            }
            gexIndex = index;
            stage = new AnalyticsStage(engines.derivation(), order, SECOND, arena, errors);
        }

        private static int id(final int chain, final int slot, final int side) {
            return 100 + 100 * chain + 2 * slot + side;
        }

        private static double strike(final int slot) {
            return 23_750 + 50 * slot;
        }

        void apply(final MarketEvent e) {
            e.sequence = sequence++;
            state.apply(e);
            stage.onEvent(e, e.sequence, true);
            if (e.outputRecords > 0) {
                arena.drain(discard, e.outputRecords);
            }
        }

        private void future(final int id, final long expiry) {
            final MarketEvent f = indexDefinition(id, "NIFTY FUT " + id);
            f.instrument.kind = InstrumentSpec.KIND_FUTURE;
            f.instrument.underlyingId = NIFTY;
            f.instrument.expiryNanos = expiry;
            f.instrument.lotSize = 65;
            apply(f);
        }

        /** A tick of chain {@code c}'s leg priced at σ 13 % on the forward of {@code spot}. */
        MarketEvent tick(final int c, final int slot, final int side, final double spot, final long time, final long oi) {
            final long expiry = c == a ? EXPIRY_1 : EXPIRY_2;
            final double t = TimeToExpiry.years(expiry, time);
            final double f = spot * StrictMath.exp(config.rate() * t);
            final double price = Black76.price(side == ChainState.CALL, f, strike(slot), t, SIGMA)
                * StrictMath.exp(-config.rate() * t);
            return optionTick(id(c == a ? 0 : 1, slot, side), time, Math.max(0.05, Math.round(price * 20) / 20.0),
                65 * (slot + 1), oi);
        }

        void warmUp() {
            apply(indexDefinition(NIFTY, "NIFTY"));
            future(FUT_A, EXPIRY_1);
            future(FUT_B, EXPIRY_2);
            for (int e = 0; e < 2; e++) {
                for (int s = 0; s < STRIKES; s++) {
                    apply(optionDefinition(id(e, s, 0), NIFTY, e == 0 ? EXPIRY_1 : EXPIRY_2, strike(s), true));
                    apply(optionDefinition(id(e, s, 1), NIFTY, e == 0 ? EXPIRY_1 : EXPIRY_2, strike(s), false));
                }
            }
            a = state.chainIndex(NIFTY, EXPIRY_1);
            b = state.chainIndex(NIFTY, EXPIRY_2);
            apply(indexTrade(NIFTY, TIME, 24_000, 0));
            apply(indexTrade(FUT_A, TIME, 24_020, 1));
            apply(indexTrade(FUT_B, TIME, 24_060, 1));
            for (final int c : new int[] {a, b}) {
                for (int s = 0; s < STRIKES; s++) {
                    for (int side = 0; side < 2; side++) {
                        apply(tick(c, s, side, 24_000, TIME, 65L * (100 + 13 * s + 41 * side + 7 * c)));
                    }
                }
            }
            for (int k = 0; k < 4; k++) {
                apply(indexTrade(NIFTY, TIME + SECOND, 24_000, 0));
            }
            assertEquals(0, engines.derivation().resolvedCount(), "no re-solve pending after warm-up");
        }

        /** Whether the book of chain {@code c} equals a recompute of every contract (values and sums). */
        boolean chainMatches(final int c) {
            final ChainState chain = state.chain(c);
            long call = 0;
            long put = 0;
            long gross = 0;
            boolean same = true;
            for (int s = 0; s < chain.slotCount(); s++) {
                for (int side = 0; side < 2; side++) {
                    final long v = contract(chain.leg(s, side, leg), side, chain.lotSize());
                    same &= v / 1000.0 == gex.contractGex(c, s, side);
                    call += side == 0 ? v : 0;
                    put += side == 1 ? v : 0;
                    gross += Math.abs(v);
                }
            }
            return same && call / 1000.0 == gex.chainCallGex(c) && put / 1000.0 == gex.chainPutGex(c)
                && gross / 1000.0 == gex.chainGrossGex(c);
        }
    }
}
