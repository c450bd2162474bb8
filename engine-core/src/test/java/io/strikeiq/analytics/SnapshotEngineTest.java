package io.strikeiq.analytics;

import io.strikeiq.sbe.ContractSnapshotDecoder;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.sbe.OptionRight;
import io.strikeiq.sbe.UnderlyingSnapshotDecoder;
import io.strikeiq.state.ChainState;
import org.junit.jupiter.api.Test;

import static io.strikeiq.analytics.ChainHandWorkedTest.chain;
import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.SECOND;
import static io.strikeiq.state.TestEvents.T0;
import static io.strikeiq.state.TestEvents.indexTrade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Snapshot records with {@code snapshotRowsPerEvent} = 0: all written every N s of event time by the
 * crossing event, in chain / strike / call-put order ({@link SnapshotRowsPerEventTest}: spread over later events).
 */
class SnapshotEngineTest {
    private static final long[] CALL_OI = {1000, 2000, 5000, 8000, 6000};
    private static final long[] PUT_OI = {7000, 9000, 6000, 2000, 1000};

    @Test
    void oneSnapshotIsTheUnderlyingRowsThenEveryLegInOrder() {
        final ChainAnalyticsConfig config = ChainAnalyticsConfig.builder().rate(0)
            .sampleNanos(60 * SECOND).windowNanos(300 * SECOND).flipNanos(3_600 * SECOND).snapshotNanos(10 * SECOND)
            .snapshotRowsPerEvent(0).build();
        final ChainHarness h = chain(config, CALL_OI, PUT_OI);
        // The hand-worked chain's events span T0 .. T0 + 10 s; the next boundary is T0 + 20 s.
        assertEquals(0, h.run(indexTrade(NIFTY, T0 + 19 * SECOND, 24_005, 0)) + h.records.count());
        h.run(indexTrade(NIFTY, T0 + 21 * SECOND, 24_005, 0));
        assertEquals(2 + 10, h.records.count(), "total row, chain row, 5 strikes x 2 legs");
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final UnderlyingSnapshotDecoder u = new UnderlyingSnapshotDecoder();
        final ContractSnapshotDecoder c = new ContractSnapshotDecoder();
        for (int r = 0; r < 2; r++) {
            header.wrap(h.records.buffer(), h.records.offset(r));
            assertEquals(UnderlyingSnapshotDecoder.TEMPLATE_ID, header.templateId());
            u.wrap(h.records.buffer(), h.records.offset(r) + header.encodedLength(), header.blockLength(), header.version());
            assertEquals(r == 0 ? 0 : EXPIRY_1, u.expiry());
            assertEquals(NIFTY, u.underlyingId());
            assertEquals(T0 + 21 * SECOND, u.eventTime());
            assertEquals(24_005, u.spot());
            assertEquals(24_010, u.forward(), 1e-9);
            assertEquals(25_000.0 / 22_000.0, u.pcrOi(), 1e-15);
            assertEquals(1.5, u.pcrVolume(), 1e-15);
            assertEquals(24_000, u.maxPain());
            assertEquals(24_000, u.atmStrike());
            assertEquals(23_950, u.supportWall());
            assertEquals(24_050, u.resistanceWall());
            assertEquals(24_050, u.callWall());
            assertEquals(23_950, u.putWall());
            assertEquals(h.gex.totalGex(NIFTY), u.totalGex());
            assertEquals(-1, u.gammaRegime(), "short gamma");
            assertEquals(0, u.gexConvention());
            assertEquals(0.13, u.atmIv(), 1e-10);
            assertTrue(Double.isNaN(u.pcrZ()), "no z-score before enough samples");
        }
        double lastStrike = 0;
        for (int r = 2; r < 12; r++) {
            header.wrap(h.records.buffer(), h.records.offset(r));
            assertEquals(ContractSnapshotDecoder.TEMPLATE_ID, header.templateId());
            c.wrap(h.records.buffer(), h.records.offset(r) + header.encodedLength(), header.blockLength(), header.version());
            final int k = (r - 2) / 2;
            final boolean call = (r - 2) % 2 == 0;
            assertEquals(call ? OptionRight.CALL : OptionRight.PUT, c.right());
            assertEquals(10 + 2 * k + (call ? 0 : 1), c.instrumentId());
            assertTrue(c.strike() >= lastStrike);
            lastStrike = c.strike();
            assertEquals(call ? CALL_OI[k] : PUT_OI[k], c.openInterest());
            assertEquals(0, c.deltaOi());
            assertEquals(0.13, c.iv(), 1e-10);
            assertEquals(0, c.ivFlags());
            assertEquals(h.state.chain(0).leg(k, call ? ChainState.CALL : ChainState.PUT,
                new io.strikeiq.state.OptionLegFlyweight()).gamma(), c.gamma());
        }
        // Nothing again until the next 10 s boundary.
        h.run(indexTrade(NIFTY, T0 + 29 * SECOND, 24_005, 0));
        assertEquals(0, h.records.count());
        h.run(indexTrade(NIFTY, T0 + 30 * SECOND, 24_005, 0));
        assertEquals(12, h.records.count());
    }
}
