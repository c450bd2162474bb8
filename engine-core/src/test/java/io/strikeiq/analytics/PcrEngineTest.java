package io.strikeiq.analytics;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.EXPIRY_2;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PCR zone state machine: crossings, hysteresis, event-time debounce, band silence, scopes. */
class PcrEngineTest {
    private static final int CALL = 11;
    private static final int PUT = 12;
    private static final long CALL_OI = 10_000;

    private ChainHarness harness(final PcrConfig config) {
        final ChainHarness h = ChainHarness.pcrAndMaxPain(config, MaxPainConfig.defaults());
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        h.apply(optionDefinition(CALL, NIFTY, EXPIRY_1, 23_500, true));
        h.apply(optionDefinition(PUT, NIFTY, EXPIRY_1, 23_500, false));
        // Put first: with no call OI there is no PCR yet, then the call settles it at 1.0 (NORMAL, silently).
        h.apply(optionTick(PUT, T0, 100, 1, CALL_OI));
        h.apply(optionTick(CALL, T0, 100, 1, CALL_OI));
        assertTrue(h.signals.stream().noneMatch(x -> x.signalType != SignalType.MAX_PAIN_SHIFT));
        return h;
    }

    /** PCR signals produced by setting put OI (so PCR = putOi / 10 000) at second {@code s}. */
    private static List<Signal> put(final ChainHarness h, final long s, final long putOi) {
        final List<Signal> out = h.apply(optionTick(PUT, T0 + s * SECOND, 100, 1, putOi));
        out.removeIf(x -> x.signalType == SignalType.MAX_PAIN_SHIFT);
        return out;
    }

    private static PcrConfig config(final long minOi, final PcrConfig.Scope scope, final boolean contrarian) {
        return PcrConfig.builder().upperThreshold(1.3).lowerThreshold(0.7).hysteresis(0.05)
            .debounceNanos(60 * SECOND).minTotalOi(minOi).scope(scope).contrarian(contrarian).build();
    }

    @Test
    void crossingHysteresisAndEventTimeDebounce() {
        final ChainHarness h = harness(config(0, PcrConfig.Scope.TOTAL, true));
        assertTrue(put(h, 1, 10_000).isEmpty(), "1.00 inside the band");
        assertTrue(put(h, 2, 12_900).isEmpty(), "1.29 still inside");

        final List<Signal> high = put(h, 10, 13_100);
        assertEquals(1, high.size());
        final Signal s = high.get(0);
        assertEquals(SignalType.PCR_HIGH, s.signalType);
        assertEquals(1.31, s.value1, 1e-12);
        assertEquals(1.3, s.value2);
        assertEquals(13_100.0, s.value3);
        assertEquals(10_000.0, s.value4);
        assertEquals(1, s.direction);
        assertEquals(0.01 / 1.3, s.strength, 1e-12);
        assertEquals(1.0, s.confidence);
        assertEquals(T0 + 10 * SECOND, s.eventTimeNanos);

        assertTrue(put(h, 12, 12_600).isEmpty(), "1.26 is within the 0.05 hysteresis: still HIGH");
        assertEquals(2, h.pcr.zone(NIFTY, PcrEngine.TOTAL));

        final List<Signal> normal = put(h, 20, 12_400);
        assertEquals(1, normal.size());
        assertEquals(SignalType.PCR_NORMAL, normal.get(0).signalType);
        assertEquals(1.25, normal.get(0).value2, 1e-12);
        assertEquals(0, normal.get(0).direction);

        assertTrue(put(h, 30, 13_200).isEmpty(), "second HIGH 20 s after the first is debounced");
        assertEquals(1, h.pcr.zone(NIFTY, PcrEngine.TOTAL), "a suppressed crossing leaves the zone");

        final List<Signal> again = put(h, 75, 13_300);
        assertEquals(1, again.size(), "65 s of event time after the first HIGH");
        assertEquals(SignalType.PCR_HIGH, again.get(0).signalType);

        final List<Signal> low = put(h, 80, 6_000);
        assertEquals(1, low.size(), "HIGH straight to LOW");
        assertEquals(SignalType.PCR_LOW, low.get(0).signalType);
        assertEquals(-1, low.get(0).direction);
        assertEquals(0.7, low.get(0).value2);
        assertEquals(0.1 / 0.7, low.get(0).strength, 1e-12);

        assertTrue(put(h, 82, 7_300).isEmpty(), "0.73 is within the hysteresis above 0.7");
        assertEquals(SignalType.PCR_NORMAL, put(h, 85, 10_000).get(0).signalType, "65 s after the last NORMAL");

        assertTrue(put(h, 90, 13_400).isEmpty(), "HIGH 15 s after the last HIGH: held back");
        // A tick that does not move OI is not evaluated; the timer its event time crosses is, but
        // 120 s is still inside the 60 s debounce that the HIGH at 75 s started.
        assertTrue(h.apply(optionTick(PUT, T0 + 120 * SECOND, 101, 2, 13_400)).isEmpty());
        // The first event past 135 s crosses a timer boundary, and that timer releases the held-back
        // crossing, although the event itself moves no OI.
        final List<Signal> released = h.apply(optionTick(PUT, T0 + 136 * SECOND, 101, 2, 13_400));
        assertEquals(1, released.size(), "the timer releases the held-back crossing");
        assertEquals(SignalType.PCR_HIGH, released.get(0).signalType);
        assertEquals(T0 + 136 * SECOND, released.get(0).eventTimeNanos);
        assertTrue(h.apply(optionTick(PUT, T0 + 300 * SECOND, 101, 2, 13_400)).isEmpty(), "nothing pending, nothing emitted");
    }

    @Test
    void minimumOiAndDirectionConvention() {
        final ChainHarness thin = harness(config(50_000, PcrConfig.Scope.TOTAL, true));
        assertTrue(put(thin, 10, 20_000).isEmpty(), "PCR 2.0 but total OI 30 000 < 50 000");
        assertEquals(2.0, thin.pcr.totalPcr(NIFTY));
        assertEquals(0, thin.pcr.zone(NIFTY, PcrEngine.TOTAL));
        final List<Signal> deep = put(thin, 11, 40_000);
        assertEquals(1, deep.size());
        assertEquals(1 - 50_000.0 / 50_000.0, deep.get(0).confidence);

        final ChainHarness momentum = harness(config(0, PcrConfig.Scope.TOTAL, false));
        assertEquals(-1, put(momentum, 10, 20_000).get(0).direction, "non-contrarian: high PCR is bearish");
        assertEquals(1, put(momentum, 20, 1_000).get(0).direction);
    }

    @Test
    void perExpiryAndTotalSeries() {
        final ChainHarness perExpiry = harness(config(0, PcrConfig.Scope.PER_EXPIRY, true));
        final ChainHarness total = harness(config(0, PcrConfig.Scope.TOTAL, true));
        for (final ChainHarness h : List.of(perExpiry, total)) {
            h.apply(optionDefinition(21, NIFTY, EXPIRY_2, 23_500, true));
            h.apply(optionDefinition(22, NIFTY, EXPIRY_2, 23_500, false));
            h.apply(optionTick(22, T0 + SECOND, 100, 1, 30_000));
            h.apply(optionTick(21, T0 + 2 * SECOND, 100, 1, 30_000));
        }
        // Near expiry goes to PCR 2.0; in total (10 000 + 30 000 calls, 20 000 + 30 000 puts) PCR = 1.25.
        final List<Signal> e = put(perExpiry, 10, 20_000);
        assertEquals(1, e.size());
        assertEquals(SignalType.PCR_HIGH, e.get(0).signalType);
        assertEquals(EXPIRY_1, e.get(0).expiryNanos);
        assertEquals(2.0, perExpiry.pcr.pcr(NIFTY, EXPIRY_1));
        assertEquals(1.0, perExpiry.pcr.pcr(NIFTY, EXPIRY_2));
        assertEquals(2, perExpiry.pcr.zone(NIFTY, EXPIRY_1));
        assertEquals(1, perExpiry.pcr.zone(NIFTY, EXPIRY_2));

        assertTrue(put(total, 10, 20_000).isEmpty());
        assertEquals(1.25, total.pcr.totalPcr(NIFTY));
        // T0 + 100 s: the total series went HIGH (4.0) at T0 + 1 s while the far chain filled in, so wait out the debounce.
        final MarketEvent farPuts = optionTick(22, T0 + 100 * SECOND, 100, 1, 60_000);
        final List<Signal> t = total.apply(farPuts);
        assertEquals(SignalType.PCR_HIGH, t.get(0).signalType);
        assertEquals(80_000.0 / 40_000.0, t.get(0).value1);
        assertEquals(PcrEngine.TOTAL, t.get(0).expiryNanos);
    }
}
