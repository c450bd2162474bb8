package io.strikeiq.bench;

import io.strikeiq.event.MarketEvent;
import io.strikeiq.pipeline.Preset;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Heap bytes held by one Disruptor ring slot (a preallocated {@link MarketEvent} and everything
 * it references), measured with JOL's object-graph walk, and what that costs for each preset's
 * ring. Run: {@code java -cp benchmarks/target/benchmarks.jar io.strikeiq.bench.RingSlotFootprint}.
 */
public final class RingSlotFootprint {
    private RingSlotFootprint() {
    }

    public static void main(final String[] args) {
        final GraphLayout slot = GraphLayout.parseInstance(new MarketEvent());
        System.out.println(VM.current().details().lines().filter(l -> l.contains("compressed") || l.contains("alignment"))
            .reduce((a, b) -> a + "\n" + b).orElse(""));
        System.out.println(slot.toFootprint());
        System.out.printf("heap bytes per ring slot: %d%n", slot.totalSize());
        for (final Preset preset : Preset.values()) {
            System.out.printf("  %-10s ring %,7d slots: %,d bytes of slots%n", preset.name().toLowerCase(),
                preset.ringSize(), slot.totalSize() * preset.ringSize());
        }
    }
}
