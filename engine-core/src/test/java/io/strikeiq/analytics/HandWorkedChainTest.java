package io.strikeiq.analytics;

import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Five NIFTY strikes, step 50, lot 65, worked by hand.
 *
 * <pre>
 * strike   call OI   put OI
 * 23400     1 000     7 000
 * 23450     2 000     9 000
 * 23500     5 000     6 000
 * 23550     8 000     2 000
 * 23600     6 000     1 000
 * Σ        22 000    25 000      PCR = 25 000 / 22 000 = 1.13636...  (inside 0.7..1.3: no signal)
 *
 * pain(K) in contracts × strike steps = Σ callOI·max(0, K−Ki)/50 + putOI·max(0, Ki−K)/50
 * 23400: calls 0;                                puts 9000·1+6000·2+2000·3+1000·4 = 31 000
 * 23450: calls 1000·1 = 1 000;                   puts 6000·1+2000·2+1000·3 = 13 000 -> 14 000
 * 23500: calls 1000·2+2000·1 = 4 000;            puts 2000·1+1000·2 = 4 000          ->  8 000  (min)
 * 23550: calls 1000·3+2000·2+5000·1 = 12 000;    puts 1000·1                          -> 13 000
 * 23600: calls 1000·4+2000·3+5000·2+8000·1 = 28 000                                   -> 28 000
 * max pain = 23500, pain = 8 000 · 50 points · 65 = 26 000 000
 *
 * Then put OI at 23600 goes 1 000 -> 21 000 (+20 000 adds 20 000·(4−j) to strikes below it):
 * 23400: 111 000, 23450: 74 000, 23500: 48 000, 23550: 33 000, 23600: 28 000 (min)
 * max pain shifts 23500 -> 23600: value3 = 28 000·3250 = 91 000 000, value4 = 48 000·3250 = 156 000 000,
 * strength = 2 steps (100 points) / 4 = 0.5, confidence = (156 − 91) / 156.
 * PCR = 45 000 / 22 000 = 2.04545... > 1.3: PCR_HIGH, contrarian bullish, strength = (PCR − 1.3) / 1.3.
 * </pre>
 */
class HandWorkedChainTest {
    private static final double[] STRIKES = {23_400, 23_450, 23_500, 23_550, 23_600};
    private static final long[] CALL_OI = {1_000, 2_000, 5_000, 8_000, 6_000};
    private static final long[] PUT_OI = {7_000, 9_000, 6_000, 2_000, 1_000};

    @Test
    void pcrAndMaxPainMatchTheHandComputation() {
        // Minimum OI 40 000 keeps the half-built chain (calls first) from signalling PCR_LOW.
        final ChainHarness h = ChainHarness.pcrAndMaxPain(
            PcrConfig.builder().upperThreshold(1.3).lowerThreshold(0.7).hysteresis(0.05).debounceNanos(60 * SECOND)
                .minTotalOi(40_000).scope(PcrConfig.Scope.TOTAL).contrarian(true).build(),
            MaxPainConfig.builder().debounceNanos(0).minTotalOi(40_000).fullStrengthSteps(4).build());
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        for (int i = STRIKES.length - 1; i >= 0; i--) {
            h.apply(optionDefinition(100 + i, NIFTY, EXPIRY_1, STRIKES[i], true));
            h.apply(optionDefinition(200 + i, NIFTY, EXPIRY_1, STRIKES[i], false));
        }
        long t = T0;
        for (int i = 0; i < STRIKES.length; i++) {
            h.apply(optionTick(100 + i, t += SECOND, 50, 10, CALL_OI[i]));
        }
        for (int i = 0; i < STRIKES.length; i++) {
            h.apply(optionTick(200 + i, t += SECOND, 50, 10, PUT_OI[i]));
        }
        assertEquals(25_000.0 / 22_000.0, h.pcr.totalPcr(NIFTY));
        assertEquals(25_000.0 / 22_000.0, h.pcr.pcr(NIFTY, EXPIRY_1));
        assertEquals(25_000, h.pcr.totalPutOi(NIFTY));
        assertEquals(22_000, h.pcr.totalCallOi(NIFTY));
        assertEquals(1, h.pcr.zone(NIFTY, PcrEngine.TOTAL), "settled to NORMAL silently");
        assertEquals(23_500.0, h.maxPain.maxPain(NIFTY, EXPIRY_1));
        assertEquals(26_000_000.0, h.maxPain.chainMinPain(0));
        assertTrue(h.signals.stream().noneMatch(s -> s.engine == EngineId.PCR), "PCR stayed inside the band");
        final Signal lastShift = h.signals.get(h.signals.size() - 1);
        assertEquals(SignalType.MAX_PAIN_SHIFT, lastShift.signalType);
        assertEquals(23_500.0, lastShift.value1);

        final List<Signal> out = h.apply(optionTick(204, t + SECOND, 60, 20, 21_000));
        assertEquals(2, out.size());
        final Signal high = out.get(0);
        assertEquals(EngineId.PCR, high.engine);
        assertEquals(SignalType.PCR_HIGH, high.signalType);
        assertEquals(NIFTY, high.underlyingId);
        assertEquals(PcrEngine.TOTAL, high.expiryNanos);
        assertEquals(1, high.direction);
        assertEquals(45_000.0 / 22_000.0, high.value1);
        assertEquals(1.3, high.value2);
        assertEquals(45_000.0, high.value3);
        assertEquals(22_000.0, high.value4);
        assertEquals((45_000.0 / 22_000.0 - 1.3) / 1.3, high.strength, 1e-12);
        assertEquals(1 - 40_000.0 / 67_000.0, high.confidence, 1e-12);

        final Signal shift = out.get(1);
        assertEquals(EngineId.MAX_PAIN, shift.engine);
        assertEquals(SignalType.MAX_PAIN_SHIFT, shift.signalType);
        assertEquals(EXPIRY_1, shift.expiryNanos);
        assertEquals(23_600.0, shift.value1);
        assertEquals(23_500.0, shift.value2);
        assertEquals(91_000_000.0, shift.value3);
        assertEquals(156_000_000.0, shift.value4);
        assertEquals(1, shift.direction);
        assertEquals(0.5, shift.strength, 1e-12);
        assertEquals(65.0 / 156.0, shift.confidence, 1e-12);
        assertEquals(t + SECOND, shift.eventTimeNanos);
    }
}
