package io.strikeiq.bench;

import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.pipeline.PayloadRing;
import io.strikeiq.pipeline.Preset;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Heap bytes held by one Disruptor ring slot (a {@link MarketEvent#ringSlot()}, as the pipeline's
 * event factory makes it, and everything it references), measured with JOL's object-graph walk,
 * and what that costs for each preset's ring; beside it, the one shared {@link PayloadRing} side
 * store the slots borrow definition and ingest-file payloads from. Run:
 * {@code java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar io.strikeiq.bench.RingSlotFootprint}.
 */
public final class RingSlotFootprint {
    private RingSlotFootprint() {
    }

    public static void main(final String[] args) {
        final GraphLayout slot = GraphLayout.parseInstance(MarketEvent.ringSlot());
        System.out.println(VM.current().details().lines().filter(l -> l.contains("compressed") || l.contains("alignment"))
            .reduce((a, b) -> a + "\n" + b).orElse(""));
        System.out.println(slot.toFootprint());
        System.out.printf("heap bytes per ring slot: %d%n", slot.totalSize());
        for (final Preset preset : Preset.values()) {
            System.out.printf("  %-10s ring %,7d slots: %,d bytes of slots%n", preset.name().toLowerCase(),
                preset.ringSize(), slot.totalSize() * preset.ringSize());
        }
        final GraphLayout pair = GraphLayout.parseInstance(new InstrumentSpec(), new IngestFileInfo());
        final int n = PayloadRing.DEFAULT_CAPACITY;
        // The store's three index arrays: two of references (compressed: 4 B) and one of longs.
        final long arrays = 3L * 16 + 2L * 4 * n + 8L * n;
        System.out.println(pair.toFootprint());
        System.out.printf("payload side store (one per pipeline): %d pairs x %d B + %d B of arrays = %,d bytes%n",
            n, pair.totalSize(), arrays, n * pair.totalSize() + arrays);
    }
}
