package io.strikeiq.analytics;

import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.EXPIRY_2;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static io.strikeiq.state.TestEvents.optionTick;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Thousands of random option ticks (and definitions arriving mid-stream, in shuffled strike
 * order) against three chains; after every tick each incremental aggregate, PCR and max pain
 * must equal a from-scratch recompute over the legs.
 */
class IncrementalAggregatesTest {
    private static final int BANKNIFTY = 2;

    @Test
    void incrementalEqualsRecompute() {
        final Random random = new Random(20250130L);
        final ChainHarness h = ChainHarness.pcrAndMaxPain(
            PcrConfig.builder().upperThreshold(1.3).lowerThreshold(0.7).hysteresis(0.05).debounceNanos(0)
                .minTotalOi(0).scope(PcrConfig.Scope.TOTAL).contrarian(true).build(), MaxPainConfig.builder()
                .debounceNanos(0).minTotalOi(0).fullStrengthSteps(4).build());
        h.apply(indexDefinition(NIFTY, "NIFTY"));
        h.apply(indexDefinition(BANKNIFTY, "BANKNIFTY"));
        final List<double[]> pending = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            for (int side = 0; side < 2; side++) {
                pending.add(new double[] {NIFTY, EXPIRY_1, 22_800 + 50 * k, side});
                pending.add(new double[] {NIFTY, EXPIRY_2, 22_800 + 50 * k, side});
                if (k % 3 != 1) {
                    pending.add(new double[] {BANKNIFTY, EXPIRY_1, 48_000 + 100 * k, side});
                }
            }
        }
        Collections.shuffle(pending, random);
        final List<Integer> listed = new ArrayList<>();
        int nextId = 1_000;
        long t = T0;
        for (int step = 0; step < 6_000; step++) {
            if (!pending.isEmpty() && (listed.size() < 10 || random.nextInt(40) == 0)) {
                final double[] d = pending.remove(pending.size() - 1);
                h.apply(optionDefinition(nextId, (int) d[0], (long) d[1], d[2], d[3] == 0));
                listed.add(nextId++);
                continue;
            }
            final int id = listed.get(random.nextInt(listed.size()));
            final long oi = random.nextInt(5) == 0 ? -1 : random.nextInt(200_000);
            h.apply(optionTick(id, t += random.nextInt(3) * SECOND, 10 + random.nextInt(300), random.nextInt(1_000_000), oi));
            check(h);
        }
        assertEquals(3, h.state.chainCount());
    }

    private static void check(final ChainHarness h) {
        final MarketState state = h.state;
        final OptionLegFlyweight leg = new OptionLegFlyweight();
        final long[] underlyingPut = new long[state.underlyingCount()];
        final long[] underlyingCall = new long[state.underlyingCount()];
        for (int c = 0; c < state.chainCount(); c++) {
            final ChainState chain = state.chain(c);
            long callOi = 0;
            long putOi = 0;
            long callVolume = 0;
            long putVolume = 0;
            for (int s = 0; s < chain.slotCount(); s++) {
                callOi += chain.leg(s, ChainState.CALL, leg).oi();
                callVolume += leg.volume();
                putOi += chain.leg(s, ChainState.PUT, leg).oi();
                putVolume += leg.volume();
            }
            assertEquals(callOi, chain.callOi());
            assertEquals(putOi, chain.putOi());
            assertEquals(callVolume, chain.callVolume());
            assertEquals(putVolume, chain.putVolume());
            underlyingPut[chain.underlyingIndex()] += putOi;
            underlyingCall[chain.underlyingIndex()] += callOi;
            assertEquals(callOi == 0 ? Double.NaN : (double) putOi / callOi,
                h.pcr.pcr(chain.underlyingId(), chain.expiryNanos()));
            assertMaxPain(h, chain, callOi + putOi, leg);
        }
        for (int u = 0; u < state.underlyingCount(); u++) {
            final int id = state.underlying(u).instrumentId();
            assertEquals(underlyingCall[u] == 0 ? Double.NaN : (double) underlyingPut[u] / underlyingCall[u],
                h.pcr.totalPcr(id));
        }
    }

    /** Brute force over listed strikes in currency; ties to the lowest strike. */
    private static void assertMaxPain(final ChainHarness h, final ChainState chain, final long totalOi,
                                      final OptionLegFlyweight leg) {
        double bestStrike = Double.NaN;
        double bestPain = Double.POSITIVE_INFINITY;
        for (int j = 0; j < chain.slotCount(); j++) {
            if (!chain.isListed(j, leg)) {
                continue;
            }
            final double k = chain.strikeAt(j);
            double pain = 0;
            for (int i = 0; i < chain.slotCount(); i++) {
                final double ki = chain.strikeAt(i);
                pain += chain.leg(i, ChainState.CALL, leg).oi() * Math.max(0, k - ki)
                    + chain.leg(i, ChainState.PUT, leg).oi() * Math.max(0, ki - k);
            }
            if (pain < bestPain) {
                bestPain = pain;
                bestStrike = k;
            }
        }
        if (totalOi == 0) {
            assertEquals(Double.NaN, h.maxPain.chainMaxPain(chain.index()));
            return;
        }
        assertEquals(bestStrike, h.maxPain.chainMaxPain(chain.index()));
        assertEquals(bestPain * chain.lotSize(), h.maxPain.chainMinPain(chain.index()));
    }
}
