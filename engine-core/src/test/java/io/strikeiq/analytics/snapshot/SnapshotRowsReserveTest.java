package io.strikeiq.analytics.snapshot;

import static io.strikeiq.state.TestEvents.EXPIRY_1;
import static io.strikeiq.state.TestEvents.EXPIRY_2;
import static io.strikeiq.state.TestEvents.NIFTY;
import static io.strikeiq.state.TestEvents.indexDefinition;
import static io.strikeiq.state.TestEvents.optionDefinition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.state.MarketState;
import io.strikeiq.testing.AllocationWindows;
import org.junit.jupiter.api.Test;

/**
 * {@link SnapshotRows#reserve}: sized at definition time, the first capture of a market (the
 * boundary event of the session's first snapshot) allocates nothing; without it the same first
 * capture grows its buffers on that event (which the event-cost harness measured at a few hundred
 * µs), and this test's measurement sees that allocation.
 */
class SnapshotRowsReserveTest {
    private static final int STRIKES = 201;
    private static final int WINDOWS = 6;

    @Test
    void firstCaptureAfterReserveAllocatesNothing() {
        final MarketState state = market();
        final SnapshotRows[] rows = new SnapshotRows[WINDOWS];
        for (int i = 0; i < WINDOWS; i++) {
            rows[i] = new SnapshotRows();
            rows[i].reserve(state.underlyingCount(), state.chainCount());
        }
        final int[] window = {0};
        AllocationWindows.assertReachesZero("the first capture of a reserved SnapshotRows", WINDOWS, 1 << 20,
            () -> capture(rows[window[0]++], state));
        final SnapshotRows last = rows[window[0] - 1];
        assertEquals(3 + 2 * 2 * STRIKES, last.rows(), "3 underlying rows and every listed leg of both chains");
    }

    @Test
    void firstCaptureWithoutReserveAllocates() {
        final MarketState state = market();
        final SnapshotRows[] rows = new SnapshotRows[WINDOWS];
        for (int i = 0; i < WINDOWS; i++) {
            rows[i] = new SnapshotRows();
        }
        final int[] window = {0};
        // The control: the measurement does see a first capture's growth, so the test above can fail.
        assertThrows(AssertionError.class, () -> AllocationWindows.assertReachesZero(
            "the first capture of an unreserved SnapshotRows", WINDOWS, 1 << 20, () -> capture(rows[window[0]++], state)));
    }

    /** What SnapshotEngine's capture does: per underlying its across-expiries row, then per chain a row and its legs. */
    private static void capture(final SnapshotRows rows, final MarketState state) {
        rows.begin(1, 2);
        rows.addUnderlyingRow();
        for (int c = 0; c < state.chainCount(); c++) {
            rows.addUnderlyingRow();
            rows.addChain(state.chain(c));
        }
    }

    /** NIFTY with two expiries of {@value #STRIKES} strikes each, every call and put listed. */
    private static MarketState market() {
        final MarketState state = new MarketState(new InstrumentRegistry());
        state.apply(indexDefinition(NIFTY, "NIFTY"));
        int id = 100;
        for (final long expiry : new long[] {EXPIRY_1, EXPIRY_2}) {
            for (int s = 0; s < STRIKES; s++) {
                final double strike = 20_000 + 50.0 * s;
                state.apply(optionDefinition(id++, NIFTY, expiry, strike, true));
                state.apply(optionDefinition(id++, NIFTY, expiry, strike, false));
            }
        }
        assertEquals(2, state.chainCount());
        assertEquals(STRIKES, state.chain(0).slotCount());
        return state;
    }
}
