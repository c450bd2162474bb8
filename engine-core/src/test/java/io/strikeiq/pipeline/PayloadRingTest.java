package io.strikeiq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.IngestFileInfo;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.SignalSink;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The side store of definition / ingest-file payloads: a kept entry is not lent again until every
 * consumer is past the event that carried it, and a whole pipeline sees each definition intact
 * though far more definitions than entries flow through it.
 */
class PayloadRingTest {
    @Test
    void aKeptEntryWaitsForTheSlowestConsumerBeforeItIsClearedAndLentAgain() throws Exception {
        final RingBuffer<MarketEvent> ring = RingBuffer.createSingleProducer(MarketEvent::ringSlot, 8);
        final Sequence consumer = new Sequence(-1);
        ring.addGatingSequences(consumer);
        final PayloadRing payloads = new PayloadRing(ring, 2);

        final MarketEvent[] slots = new MarketEvent[3];
        for (int i = 0; i < 2; i++) {
            final long seq = ring.next();
            slots[i] = ring.get(seq);
            payloads.lend(slots[i]);
            slots[i].type = EventType.INSTRUMENT_DEFINITION;
            slots[i].instrument.instrumentId = 100 + i;
            payloads.keep(slots[i], seq);
            ring.publish(seq);
        }
        assertNotSame(slots[0].instrument, slots[1].instrument);

        // A third definition needs entry 0 back, still held by ring sequence 0: the feed must wait.
        final long third = ring.next();
        slots[2] = ring.get(third);
        final CountDownLatch lent = new CountDownLatch(1);
        final Thread feed = new Thread(() -> {
            payloads.lend(slots[2]);
            lent.countDown();
        });
        feed.start();
        assertFalse(lent.await(200, TimeUnit.MILLISECONDS), "lent while a consumer still reads the entry");
        assertEquals(100, slots[0].instrument.instrumentId, "the held entry is untouched while waited for");

        consumer.set(0);
        assertTrue(lent.await(10, TimeUnit.SECONDS));
        feed.join();
        assertSame(slots[0].instrument, slots[2].instrument);
        assertEquals(0, slots[2].instrument.instrumentId, "cleared before it is lent again");
        assertEquals(101, slots[1].instrument.instrumentId);
    }

    @Test
    void aTickDoesNotUseUpAnEntry() {
        final RingBuffer<MarketEvent> ring = RingBuffer.createSingleProducer(MarketEvent::ringSlot, 8);
        ring.addGatingSequences(new Sequence(-1));
        final PayloadRing payloads = new PayloadRing(ring, 2);
        final MarketEvent a = ring.get(0);
        payloads.lend(a);
        a.type = EventType.OPTION_TICK;
        payloads.keep(a, 0);
        final MarketEvent b = ring.get(1);
        payloads.lend(b);
        assertSame(a.instrument, b.instrument, "nothing kept, so the same entry is offered again");
        // A ring slot's clear leaves lent payloads alone: another event may hold them.
        b.type = EventType.INSTRUMENT_DEFINITION;
        b.instrument.instrumentId = 9;
        b.clear();
        assertEquals(9, b.instrument.instrumentId);
    }

    /** Definitions and ingest files, each carrying its own id in every payload field it checks. */
    static final class DefinitionSource implements EventSource {
        private final int n;
        private int i;

        DefinitionSource(final int n) {
            this.n = n;
        }

        @Override
        public int poll(final MarketEvent slot) {
            if (i >= n) {
                return END;
            }
            final int id = ++i;
            slot.instrumentId = id;
            slot.eventTimeNanos = 1_000_000_000_000L + id;
            if (id % 5 == 0) {
                slot.type = EventType.OPTION_TICK;
                slot.ltp = id;
            } else if (id % 5 == 1) {
                slot.type = EventType.INGEST_FILE;
                slot.ingestFile.fileIndex = id;
                slot.ingestFile.recordsRead = 3L * id;
                IngestFileInfo.putText("file-" + id, slot.ingestFile.fileName);
            } else {
                slot.type = EventType.INSTRUMENT_DEFINITION;
                slot.instrument.instrumentId = id;
                slot.instrument.strike = id * 0.5;
                slot.instrument.symbol("S" + id);
            }
            return FILLED;
        }
    }

    /** Checks each payload against its event's id; yields now and then so the feed runs ahead. */
    static final class Checker implements AnalyticsEngine {
        final AtomicLong checked = new AtomicLong();
        final AtomicReference<String> violation = new AtomicReference<>();

        @Override
        public void onEvent(final MarketEvent e, final SignalSink sink) {
            final int id = e.instrumentId;
            if (e.type == EventType.INSTRUMENT_DEFINITION) {
                if (e.instrument.instrumentId != id || e.instrument.strike != id * 0.5
                    || !e.instrument.symbolString().equals("S" + id)) {
                    violation.compareAndSet(null, "definition " + id + " read as " + e.instrument.instrumentId);
                }
                checked.incrementAndGet();
            } else if (e.type == EventType.INGEST_FILE) {
                if (e.ingestFile.fileIndex != id || e.ingestFile.recordsRead != 3L * id) {
                    violation.compareAndSet(null, "ingest file " + id + " read as " + e.ingestFile.fileIndex);
                }
                checked.incrementAndGet();
            }
            if (id % 64 == 0) {
                Thread.yield();
            }
        }

        @Override
        public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        }

        @Override
        public void recover(final MarketEvent event) {
            // keeps no books
        }
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"BALANCED", "THROUGHPUT", "COMPACT"})
    void everyDefinitionArrivesIntactThoughEntriesAreReused(final Preset preset) {
        final int n = 20 * PayloadRing.DEFAULT_CAPACITY;
        final Checker checker = new Checker();
        final AtomicReference<String> journalViolation = new AtomicReference<>();
        final Pipeline pipeline = Pipeline.builder()
            .preset(preset)
            .threadNamePrefix("payloads-" + preset.label())
            .inputRecorder(e -> {
                if (e.type == EventType.INSTRUMENT_DEFINITION && e.instrument.instrumentId != e.instrumentId) {
                    journalViolation.compareAndSet(null, "journal read definition " + e.instrumentId
                        + " as " + e.instrument.instrumentId);
                }
            })
            .engine(checker)
            .build();
        pipeline.start();
        pipeline.feedDriver().run(new DefinitionSource(n), 0, 0);
        pipeline.close();
        assertEquals(null, checker.violation.get());
        assertEquals(null, journalViolation.get());
        assertEquals(n - n / 5, checker.checked.get());
        assertEquals(0, pipeline.errors().total(), pipeline.errors().report());
    }
}
