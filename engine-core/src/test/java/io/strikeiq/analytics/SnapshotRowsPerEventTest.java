package io.strikeiq.analytics;

import io.strikeiq.analytics.snapshot.ContractRowEncoder;
import io.strikeiq.analytics.snapshot.UnderlyingRowEncoder;
import io.strikeiq.sbe.ContractSnapshotDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.OptionRight;
import io.strikeiq.sbe.UnderlyingSnapshotDecoder;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Snapshots written {@code chain.snapshot-rows-per-event} rows at a time: the boundary event only
 * captures, each later event writes at most B rows, the last row lands ceil(rows / B) events after
 * the boundary, and the rows are byte for byte those a budget-0 run writes in the boundary event,
 * and field by field what the state and engines held at the boundary (read here right after it),
 * although the legs have ticked since. A boundary that arrives before the previous snapshot is done
 * writes that snapshot's rest first: nothing is lost, the case is counted.
 */
class SnapshotRowsPerEventTest {
    private static final int STRIKES = 11;
    /** Per snapshot: the across-expiries row, one row per expiry (2), and 2 legs x 11 strikes x 2 expiries. */
    private static final int ROWS = 1 + 2 + 2 * STRIKES * 2;
    private static final int EVENTS = 3_000;

    private static ChainAnalyticsConfig config(final long snapshotNanos, final int rowsPerEvent) {
        return ChainAnalyticsConfig.builder().sampleNanos(5 * SECOND).windowNanos(20 * SECOND).flipNanos(2 * SECOND)
            .snapshotNanos(snapshotNanos)
            .pcrZWindow(10).pcrZMinSamples(3).ivHistory(20).ivMinSamples(3).snapshotRowsPerEvent(rowsPerEvent).build();
    }

    @Test
    void rowsAreSpreadAfterTheBoundaryAndDescribeTheBoundary() {
        final int budget = 5;
        final Run whole = new Run(config(3 * SECOND, 0), false);
        final Run spread = new Run(config(3 * SECOND, budget), true);
        whole.go();
        spread.go();
        assertEquals(0, spread.h.snapshots.finishedEarly(), "30 events per period: every snapshot done in time");
        assertTrue(whole.boundaries.size() > 50, "snapshots: " + whole.boundaries.size());
        assertEquals(whole.boundaries, spread.boundaries, "same boundary events whatever the budget");
        final int lastEvents = (ROWS + budget - 1) / budget;
        assertEquals(10, lastEvents);
        int checked = 0;
        for (int b = 0; b < whole.boundaries.size(); b++) {
            final int at = whole.boundaries.get(b);
            if (at + lastEvents >= spread.rows.size()) {
                break;
            }
            assertEquals(ROWS, whole.rows.get(at).size(), "budget 0: the whole snapshot in the boundary event");
            assertEquals(0, spread.rows.get(at).size(), "budget " + budget + ": the boundary event only captures");
            final List<byte[]> written = new ArrayList<>();
            for (int i = 1; i <= lastEvents; i++) {
                final List<byte[]> event = spread.rows.get(at + i);
                assertEquals(i < lastEvents ? budget : ROWS - (lastEvents - 1) * budget, event.size(),
                    "rows written by event boundary+" + i);
                written.addAll(event);
            }
            assertEquals(0, spread.rows.get(at + lastEvents + 1).size(), "nothing after the last row");
            assertEquals(ROWS, written.size());
            for (int r = 0; r < ROWS; r++) {
                assertArrayEquals(whole.rows.get(at).get(r), written.get(r), "row " + r + " of the snapshot at event " + at);
            }
            spread.expected.get(b).check(written);
            checked++;
        }
        assertTrue(checked > 50, "snapshots checked: " + checked);
        assertTrue(spread.rowsStaleAtWrite > 0, "legs must have moved between boundary and write, or the test proves nothing");
        assertEquals(0, spread.h.snapshots.refused());
        assertEquals(0, spread.h.snapshots.rowsDropped());
    }

    @Test
    void aBoundaryBeforeThePreviousSnapshotIsDoneFinishesItFirst() {
        // ~10 events per 1 s period but 47 rows at 1 per event: every boundary overruns the previous snapshot.
        final Run whole = new Run(config(SECOND, 0), false);
        final Run spread = new Run(config(SECOND, 1), false);
        whole.go();
        spread.go();
        assertEquals(whole.boundaries, spread.boundaries);
        assertTrue(spread.h.snapshots.finishedEarly() > 100, "finished early: " + spread.h.snapshots.finishedEarly());
        assertEquals(spread.h.snapshots.snapshots() - 1, spread.h.snapshots.finishedEarly(), "every snapshot but the last");
        assertEquals(0, spread.h.snapshots.rowsDropped());
        final List<byte[]> all0 = whole.all();
        final List<byte[]> all1 = spread.all();
        assertEquals(all0.size() - spread.h.snapshots.pendingRows(), all1.size(), "only the last snapshot's rest is pending");
        for (int r = 0; r < all1.size(); r++) {
            assertArrayEquals(all0.get(r), all1.get(r), "row " + r + " of the whole output");
        }
        for (int e = 0; e < spread.rows.size(); e++) {
            final int n = spread.rows.get(e).size();
            if (spread.boundaries.contains(e) && e != spread.boundaries.get(0)) {
                // The rest of the previous snapshot; it started writing one row per event after its boundary.
                final int previous = spread.boundaries.get(spread.boundaries.indexOf(e) - 1);
                assertEquals(ROWS - (e - previous - 1), n, "event " + e + " finishes the snapshot of event " + previous);
            } else {
                assertTrue(n <= 1, "event " + e + " wrote " + n + " rows");
            }
        }
    }

    /** One harness over the seeded market, keeping every event's snapshot rows. */
    private static final class Run {
        final ChainHarness h;
        final ChainMarket market = new ChainMarket(7, STRIKES, 100_000);
        final List<List<byte[]>> rows = new ArrayList<>();
        final List<Integer> boundaries = new ArrayList<>();
        final List<Expected> expected = new ArrayList<>();
        private final boolean readState;
        private final List<Expected> open = new ArrayList<>();
        int rowsStaleAtWrite;

        Run(final ChainAnalyticsConfig config, final boolean readState) {
            h = new ChainHarness(config, SECOND);
            this.readState = readState;
            market.define(h);
        }

        void go() {
            for (int e = 0; e < EVENTS; e++) {
                final long before = h.snapshots.snapshots();
                h.run(market.next());
                final List<byte[]> event = new ArrayList<>();
                for (int i = 0; i < h.records.count(); i++) {
                    final int template = h.records.template(i);
                    final int length = template == UnderlyingSnapshotDecoder.TEMPLATE_ID ? UnderlyingRowEncoder.LENGTH
                        : template == ContractSnapshotDecoder.TEMPLATE_ID ? ContractRowEncoder.LENGTH : 0;
                    if (length > 0) {
                        final byte[] bytes = new byte[length];
                        h.records.buffer().getBytes(h.records.offset(i), bytes);
                        event.add(bytes);
                        if (readState && template == ContractSnapshotDecoder.TEMPLATE_ID && movedSince(bytes)) {
                            rowsStaleAtWrite++;
                        }
                    }
                }
                rows.add(event);
                if (h.snapshots.snapshots() != before) {
                    boundaries.add(e);
                    if (readState) {
                        expected.add(new Expected(h, market.event.sequence, market.event.eventTimeNanos));
                    }
                }
            }
        }

        /** True when the live leg no longer has the OI, last price or bid the row was captured with. */
        private boolean movedSince(final byte[] row) {
            final ContractSnapshotDecoder c = decodeContract(row);
            final ChainState chain = h.state.chain(h.state.chainIndex(c.underlyingId(), c.expiry()));
            final OptionLegFlyweight l = chain.leg(chain.slotOf(c.strike()),
                c.right() == OptionRight.CALL ? ChainState.CALL : ChainState.PUT, new OptionLegFlyweight());
            return l.oi() != c.openInterest() || Double.compare(l.ltp(), c.ltp()) != 0 || Double.compare(l.bid(), c.bid()) != 0;
        }

        List<byte[]> all() {
            final List<byte[]> out = new ArrayList<>();
            rows.forEach(out::addAll);
            return out;
        }
    }

    private static ContractSnapshotDecoder decodeContract(final byte[] row) {
        final UnsafeBuffer buffer = new UnsafeBuffer(row);
        final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, 0);
        return new ContractSnapshotDecoder().wrap(buffer, header.encodedLength(), header.blockLength(), header.version());
    }

    private static UnderlyingSnapshotDecoder decodeUnderlying(final byte[] row) {
        final UnsafeBuffer buffer = new UnsafeBuffer(row);
        final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(buffer, 0);
        assertEquals(UnderlyingSnapshotDecoder.TEMPLATE_ID, header.templateId());
        return new UnderlyingSnapshotDecoder().wrap(buffer, header.encodedLength(), header.blockLength(), header.version());
    }

    /**
     * What the snapshot of one boundary must say, read from the state and the engines right after
     * the boundary event ran: the row layout (total row, then per chain its row and its legs in
     * strike order, call first) and the values, field by field.
     */
    private static final class Expected {
        private final long sequence;
        private final long time;
        private final double spot;
        private final double[] chainPcr = new double[2];
        private final double[] chainGex = new double[2];
        private final double[] forward = new double[2];
        private final double totalPcr;
        private final double totalGex;
        private final long[][] legLongs = new long[2][];
        private final double[][] legDoubles = new double[2][];
        private final double[][] strikes = new double[2][];

        Expected(final ChainHarness h, final long sequence, final long time) {
            this.sequence = sequence;
            this.time = time;
            spot = h.state.underlying(0).last();
            totalPcr = h.pcr.totalPcr(NIFTY);
            totalGex = h.gex.totalGex(NIFTY);
            final OptionLegFlyweight l = new OptionLegFlyweight();
            for (int c = 0; c < 2; c++) {
                chainPcr[c] = h.pcr.chainPcr(c);
                chainGex[c] = h.gex.chainGex(c);
                forward[c] = h.greeks.forward(c);
                final ChainState chain = h.state.chain(c);
                legLongs[c] = new long[2 * STRIKES * 5];
                legDoubles[c] = new double[2 * STRIKES * 8];
                strikes[c] = new double[STRIKES];
                for (int s = 0; s < STRIKES; s++) {
                    strikes[c][s] = chain.strikeAt(s);
                    for (int side = 0; side < 2; side++) {
                        chain.leg(s, side, l);
                        final int k = 2 * s + side;
                        legLongs[c][5 * k] = l.instrumentId();
                        legLongs[c][5 * k + 1] = l.oi();
                        legLongs[c][5 * k + 2] = l.volume();
                        legLongs[c][5 * k + 3] = l.dayOpenOi();
                        legLongs[c][5 * k + 4] = l.ivFlags();
                        final double[] d = {l.ltp(), l.bid(), l.ask(), l.iv(), l.delta(), l.gamma(), l.theta(), l.vega()};
                        System.arraycopy(d, 0, legDoubles[c], 8 * k, 8);
                    }
                }
            }
        }

        void check(final List<byte[]> rows) {
            int r = 0;
            final UnderlyingSnapshotDecoder total = decodeUnderlying(rows.get(r++));
            assertEquals(0, total.expiry());
            assertUnderlying(total, totalPcr, totalGex);
            for (int c = 0; c < 2; c++) {
                final UnderlyingSnapshotDecoder u = decodeUnderlying(rows.get(r++));
                assertUnderlying(u, chainPcr[c], chainGex[c]);
                assertEquals(forward[c], u.forward());
                for (int s = 0; s < STRIKES; s++) {
                    for (int side = 0; side < 2; side++) {
                        final ContractSnapshotDecoder k = decodeContract(rows.get(r++));
                        final int i = 2 * s + side;
                        assertEquals(sequence, k.inputSequence());
                        assertEquals(time, k.eventTime());
                        assertEquals(side == 0 ? OptionRight.CALL : OptionRight.PUT, k.right());
                        assertEquals(strikes[c][s], k.strike());
                        final long[] want = Arrays.copyOfRange(legLongs[c], 5 * i, 5 * i + 5);
                        final long deltaOi = want[3] == OptionLegFlyweight.UNKNOWN_OI ? 0 : want[1] - want[3];
                        assertArrayEquals(want, new long[] {k.instrumentId(), k.openInterest(), k.volume(), k.dayOpenOi(),
                            k.ivFlags()});
                        assertEquals(deltaOi, k.deltaOi());
                        assertArrayEquals(Arrays.copyOfRange(legDoubles[c], 8 * i, 8 * i + 8), new double[] {k.ltp(), k.bid(),
                            k.ask(), k.iv(), k.delta(), k.gamma(), k.theta(), k.vega()});
                    }
                }
            }
            assertEquals(ROWS, r);
        }

        private void assertUnderlying(final UnderlyingSnapshotDecoder u, final double pcr, final double gex) {
            assertEquals(sequence, u.inputSequence());
            assertEquals(time, u.eventTime());
            assertEquals(NIFTY, u.underlyingId());
            assertEquals(spot, u.spot());
            assertEquals(pcr, u.pcrOi());
            assertEquals(gex, u.totalGex());
        }
    }
}
