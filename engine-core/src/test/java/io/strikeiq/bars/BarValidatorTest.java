package io.strikeiq.bars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each reason code of futures_signals.md §2, the optional rules off by default, state per instrument. */
class BarValidatorTest {
    private static final long M = 60_000_000_000L;

    @Test
    void alwaysOnRules() {
        final BarValidator v = new BarValidator(BarValidationConfig.defaults());
        assertEquals(BarRejectReason.NON_FINITE, v.validate(1, 0, Double.NaN, 10, 9, 9.5));
        assertEquals(BarRejectReason.NON_FINITE, v.validate(1, 0, 10, Double.POSITIVE_INFINITY, 9, 9.5));
        assertEquals(BarRejectReason.NON_POSITIVE, v.validate(1, 0, 0, 10, 0, 9.5));
        assertEquals(BarRejectReason.OHLC_INTEGRITY, v.validate(1, 0, 10, 9.9, 9, 9.5), "high < open");
        assertEquals(BarRejectReason.OHLC_INTEGRITY, v.validate(1, 0, 10, 11, 10.2, 10.5), "low > open");
        assertEquals(BarRejectReason.ACCEPTED, v.validate(1, M, 10, 11, 9, 10.5));
        assertEquals(BarRejectReason.DUPLICATE, v.validate(1, M, 10, 11, 9, 10.5));
        assertEquals(BarRejectReason.NON_MONOTONIC, v.validate(1, 0, 10, 11, 9, 10.5));
        assertEquals(BarRejectReason.ACCEPTED, v.validate(2, 0, 10, 11, 9, 10.5), "another instrument has its own clock");
        assertEquals(BarRejectReason.ACCEPTED, v.validate(1, 2 * M, 5000, 5001, 4999, 5000), "gap rules off by default");
        assertEquals(3, v.accepted());
        assertEquals(7, v.rejectedTotal());
        assertEquals(2, v.rejected(BarRejectReason.OHLC_INTEGRITY));
    }

    @Test
    void optionalHygieneRulesWithTheOldThresholds() {
        final BarValidator v = new BarValidator(BarValidationConfig.legacy());
        assertEquals(BarRejectReason.PRICE_FLOOR, v.validate(1, 0, 252, 253, 251, 252), "a spread price in an NQ series");
        assertEquals(BarRejectReason.ACCEPTED, v.validate(1, M, 21000, 21010, 20990, 21000));
        assertEquals(BarRejectReason.DISCONTINUITY, v.validate(1, 2 * M, 21600, 21610, 21590, 21600.25));
        assertEquals(21000, v.reference());
        assertEquals(BarRejectReason.SMALL_RANGE_BIG_GAP, v.validate(1, 3 * M, 21200, 21205, 21200, 21200));
        assertEquals(BarRejectReason.FLAT_DISCONTINUITY, v.validate(1, 4 * M, 21060, 21060, 21060, 21060));
        assertEquals(BarRejectReason.ACCEPTED, v.validate(1, 5 * M, 21040, 21045, 21030, 21040), "gap 40 ≤ 50");
        assertEquals(21000, v.reference(), "reference was the previous good close");
    }
}
