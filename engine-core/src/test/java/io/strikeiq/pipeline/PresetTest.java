package io.strikeiq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code pipeline.preset=auto} never busy-spins; latency, chosen by name, warns when it oversubscribes. */
class PresetTest {
    @ParameterizedTest
    @CsvSource({"1, COMPACT", "2, COMPACT", "3, COMPACT", "4, BALANCED", "8, BALANCED", "64, BALANCED"})
    void autoNeverChoosesBusySpin(final int cores, final Preset expected) {
        assertEquals(expected, Preset.forCores(cores));
    }

    @Test
    void latencySpinsItsThreeConsumersAndTheFeed() {
        // PARALLEL layout: journal, state+analytics, publish; plus the feed thread publishing to them.
        assertEquals(4, Preset.LATENCY.busyThreads());
        assertEquals(0, Preset.BALANCED.busyThreads());
        assertEquals(0, Preset.THROUGHPUT.busyThreads());
        assertEquals(0, Preset.COMPACT.busyThreads());
    }

    @Test
    void latencyWarnsOnlyWhenTheMachineHasFewerProcessorsThanSpinningThreads() {
        assertEquals("preset latency busy-spins 4 threads but only 2 processors are available: expect stalls;"
            + " balanced or compact yield instead", Preset.LATENCY.oversubscription(2));
        assertEquals("preset latency busy-spins 4 threads but only 3 processors are available: expect stalls;"
            + " balanced or compact yield instead", Preset.LATENCY.oversubscription(3));
        assertNull(Preset.LATENCY.oversubscription(4));
        assertNull(Preset.LATENCY.oversubscription(64));
        assertNull(Preset.COMPACT.oversubscription(1), "a yielding preset never warns");
    }
}
