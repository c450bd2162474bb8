package io.strikeiq.analytics;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chain whose legs report open interest one by one (a feed's first pass over the chain) must
 * not make PCR or max pain look extreme: both engines stay silent until every listed leg has
 * reported, then judge the complete chain.
 */
class ChainWarmUpTest {
    @Test
    void enginesWaitUntilEveryListedLegHasReportedOpenInterest() {
        final ChainHarness h = ChainHarness.pcrAndMaxPain(
            PcrConfig.builder().upperThreshold(1.3).lowerThreshold(0.7).hysteresis(0.05).debounceNanos(60 * SECOND)
                .minTotalOi(0).scope(PcrConfig.Scope.TOTAL).contrarian(true).build(),
            MaxPainConfig.builder().debounceNanos(0).minTotalOi(0).fullStrengthSteps(4).build());
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        h.apply(optionDefinition(11, NIFTY, EXPIRY_1, 23_500, true));
        h.apply(optionDefinition(12, NIFTY, EXPIRY_1, 23_500, false));
        h.apply(optionDefinition(13, NIFTY, EXPIRY_1, 23_550, true));
        h.apply(optionDefinition(14, NIFTY, EXPIRY_1, 23_550, false));

        // Calls first: a partial chain has PCR 0, which would read as an extreme PCR_LOW.
        assertTrue(h.apply(optionTick(11, T0, 100, 1, 50_000)).isEmpty());
        assertTrue(h.apply(optionTick(13, T0 + SECOND, 80, 1, 40_000)).isEmpty());
        assertTrue(h.apply(optionTick(12, T0 + 2 * SECOND, 90, 1, 45_000)).isEmpty(), "3 of 4 legs: still silent");

        // The last leg completes the chain: PCR = (45,000 + 55,000) / 90,000 = 1.111 (inside the band,
        // so no PCR signal); max pain is now defined and published once.
        final List<Signal> out = h.apply(optionTick(14, T0 + 3 * SECOND, 70, 1, 55_000));
        assertEquals(1, out.size(), () -> out.stream().map(x -> x.engine + "/" + x.signalType + "/" + x.value1).toList().toString());
        assertEquals(SignalType.MAX_PAIN_SHIFT, out.get(0).signalType);
        // Pain at 23,500: calls 0; puts 55,000 × 50 = 2,750,000. At 23,550: calls 50,000 × 50 = 2,500,000; puts 0.
        assertEquals(23_550, out.get(0).value1, 0);

        // Now an extreme put build-up is judged on the whole chain: PCR = 145,000 / 90,000 = 1.61.
        final List<Signal> high = h.apply(optionTick(12, T0 + 4 * SECOND, 90, 2, 90_000));
        assertTrue(high.stream().anyMatch(s -> s.signalType == SignalType.PCR_HIGH && Math.abs(s.value1 - 145_000.0 / 90_000) < 1e-12));
    }
}
