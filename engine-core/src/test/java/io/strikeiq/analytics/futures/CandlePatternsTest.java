package io.strikeiq.analytics.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every engulfing and sweep-engulfing variant of futures_signals.md §5, with the edge cases. */
class CandlePatternsTest {
    @Test
    void bullishEngulfing() {
        // previous red 101 → 99; this green opens at the previous close and closes above the previous open
        assertEquals(1, CandlePatterns.engulfing(101, 99, 99, 101.5));
        assertEquals(1, CandlePatterns.engulfing(101, 99, 98.5, 101.5), "open below the previous close");
        assertEquals(0, CandlePatterns.engulfing(101, 99, 99.25, 101.5), "open above the previous close");
        assertEquals(0, CandlePatterns.engulfing(101, 99, 99, 101), "close equal to the previous open: strict");
        assertEquals(0, CandlePatterns.engulfing(99, 101, 99, 102), "previous bar green");
        assertEquals(0, CandlePatterns.engulfing(101, 101, 101, 102), "previous bar doji");
    }

    @Test
    void bearishEngulfing() {
        assertEquals(-1, CandlePatterns.engulfing(99, 101, 101, 98.5));
        assertEquals(-1, CandlePatterns.engulfing(99, 101, 101.5, 98.5), "open above the previous close");
        assertEquals(0, CandlePatterns.engulfing(99, 101, 100.75, 98.5), "open below the previous close");
        assertEquals(0, CandlePatterns.engulfing(99, 101, 101, 99), "close equal to the previous open: strict");
        assertEquals(0, CandlePatterns.engulfing(101, 99, 101, 98), "previous bar red");
    }

    @Test
    void bullishSweepEngulfingNeedsALowerLowAndACloseAboveThePreviousClose() {
        // previous: O 101 H 101.5 L 98.5 C 99
        assertEquals(1, CandlePatterns.sweepEngulfing(101, 101.5, 98.5, 99, 99, 102, 98, 101.5));
        assertEquals(0, CandlePatterns.sweepEngulfing(101, 101.5, 98.5, 99, 99, 102, 98.5, 101.5), "low equal: no sweep");
        assertEquals(0, CandlePatterns.sweepEngulfing(101, 101.5, 98.5, 99, 99.5, 102, 98, 101.5), "not engulfing");
    }

    @Test
    void bearishSweepEngulfingNeedsAHigherHighAndACloseBelowThePreviousClose() {
        // previous: O 99 H 101.5 L 98.5 C 101
        assertEquals(-1, CandlePatterns.sweepEngulfing(99, 101.5, 98.5, 101, 101, 102, 98, 98.5));
        assertEquals(0, CandlePatterns.sweepEngulfing(99, 101.5, 98.5, 101, 101, 101.5, 98, 98.5), "high equal: no sweep");
        assertEquals(0, CandlePatterns.sweepEngulfing(99, 101.5, 98.5, 101, 100.5, 102, 98, 98.5), "not engulfing");
    }
}
