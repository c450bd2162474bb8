package io.strikeiq.state;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static io.strikeiq.state.TestEvents.sessionOpen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.instrument.InstrumentRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@link ChainState#openCapture}: the captured view reads every leg as the capturing moment left
 * it, whatever is written afterwards (ticks, a greeks-style write through {@code legForWrite}, a
 * session open resetting day-open OI, a listing, a re-layout that shifts every slot), and keeps a
 * pre-image only of legs actually written. Expected values are the ticks' own inputs.
 */
class ChainCaptureCopyOnWriteTest {
    private static final int STRIKES = 10;
    private static final double BASE = 20_000;

    @Test
    void capturedViewIsTheChainAtTheCaptureWhateverIsWrittenAfter() {
        final MarketState state = market();
        final ChainState chain = state.chain(0);
        chain.openCapture();
        assertEquals(0, chain.capturePreImages(), "opening a capture copies nothing");

        // Ticks after the capture: slot 3 call twice, slot 7 put once (two distinct legs).
        state.apply(optionTick(callId(3), T0 + 10 * SECOND, 555, 900, 99_000));
        state.apply(optionTick(callId(3), T0 + 11 * SECOND, 556, 901, 99_100));
        state.apply(optionTick(putId(7), T0 + 12 * SECOND, 777, 902, 88_000));
        // What the derived-state writers do (IV, greeks): slot 5 put.
        chain.legForWrite(5, ChainState.PUT, new OptionLegFlyweight()).iv(0.42).delta(-0.3);
        assertEquals(3, chain.capturePreImages(), "one pre-image per written leg, however often it is written");
        assertCapturedAsTicked(chain);

        // Session open: every ticked leg's day-open OI becomes its current OI.
        state.apply(sessionOpen(NIFTY, T0 + 20 * SECOND));
        assertEquals(99_100, chain.leg(3, ChainState.CALL, new OptionLegFlyweight()).dayOpenOi(),
            "live day-open OI moved to the current OI");
        assertEquals(3, chain.capturePreImages(),
            "the other legs' day-open OI already was their OI (one tick each): nothing changed, nothing kept");
        assertCapturedAsTicked(chain);

        // A strike above the chain (no re-layout), then one below it (every slot shifts by one).
        state.apply(optionDefinition(500, NIFTY, EXPIRY_1, BASE + 50 * STRIKES, true));
        final long layout = chain.layoutVersion();
        state.apply(optionDefinition(501, NIFTY, EXPIRY_1, BASE - 50, true));
        assertTrue(chain.layoutVersion() > layout, "the strike below the base re-laid the chain out");
        assertEquals(BASE - 50, chain.baseStrike());
        assertEquals(2 * STRIKES, chain.capturePreImages(), "a re-layout keeps every captured leg");
        assertCapturedAsTicked(chain);
        assertEquals(callId(0), chain.leg(1, ChainState.CALL, new OptionLegFlyweight()).instrumentId(),
            "live slot 1 is the captured slot 0");

        chain.closeCapture();
        assertFalse(chain.captureOpen());
        state.apply(optionTick(callId(1), T0 + 30 * SECOND, 123, 950, 1));
        assertEquals(2 * STRIKES, chain.capturePreImages(), "a closed capture keeps nothing more");
    }

    @Test
    void aClosedCaptureOfAnUntouchedChainReadsTheLiveLegs() {
        final MarketState state = market();
        final ChainState chain = state.chain(0);
        chain.openCapture();
        assertCapturedAsTicked(chain);
        assertEquals(0, chain.capturePreImages());
    }

    /** Slot s call: ltp 100 + s, OI 1,000 + 10 s, volume 10 + s; put: ltp 200 + s, OI 2,000 + 10 s, volume 20 + s. */
    private static void assertCapturedAsTicked(final ChainState chain) {
        final OptionLegFlyweight l = new OptionLegFlyweight();
        for (int s = 0; s < STRIKES; s++) {
            chain.capturedLeg(s, ChainState.CALL, l);
            assertEquals(callId(s), l.instrumentId(), "call id, slot " + s);
            assertTrue(l.isListed());
            assertEquals(100.0 + s, l.ltp(), "call ltp, slot " + s);
            assertEquals(99.5 + s, l.bid(), "call bid, slot " + s);
            assertEquals(100.5 + s, l.ask(), "call ask, slot " + s);
            assertEquals(10 + s, l.volume(), "call volume, slot " + s);
            assertEquals(1000 + 10 * s, l.oi(), "call OI, slot " + s);
            assertEquals(1000 + 10 * s, l.dayOpenOi(), "call day-open OI (the first OI seen), slot " + s);
            chain.capturedLeg(s, ChainState.PUT, l);
            assertEquals(putId(s), l.instrumentId(), "put id, slot " + s);
            assertEquals(200.0 + s, l.ltp(), "put ltp, slot " + s);
            assertEquals(20 + s, l.volume(), "put volume, slot " + s);
            assertEquals(2000 + 10 * s, l.oi(), "put OI, slot " + s);
            assertTrue(Double.isNaN(l.iv()), "put IV not yet solved, slot " + s);
            assertTrue(Double.isNaN(l.delta()), "put delta not yet solved, slot " + s);
        }
    }

    private static int callId(final int slot) {
        return 100 + 2 * slot;
    }

    private static int putId(final int slot) {
        return 101 + 2 * slot;
    }

    /** NIFTY, one expiry of {@value #STRIKES} strikes 50 apart, every leg ticked once. */
    private static MarketState market() {
        final MarketState state = new MarketState(new InstrumentRegistry());
        state.apply(indexDefinition(NIFTY, "NIFTY"));
        for (int s = 0; s < STRIKES; s++) {
            state.apply(optionDefinition(callId(s), NIFTY, EXPIRY_1, BASE + 50 * s, true));
            state.apply(optionDefinition(putId(s), NIFTY, EXPIRY_1, BASE + 50 * s, false));
        }
        for (int s = 0; s < STRIKES; s++) {
            state.apply(optionTick(callId(s), T0 + s, 100 + s, 10 + s, 1000 + 10 * s));
            state.apply(optionTick(putId(s), T0 + s, 200 + s, 20 + s, 2000 + 10 * s));
        }
        return state;
    }
}
