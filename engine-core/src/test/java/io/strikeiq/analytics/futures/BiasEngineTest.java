package io.strikeiq.analytics.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-made bar sequences for every rule of futures_signals.md §4, each asserted step by step. */
class BiasEngineTest {
    private final BiasEngine e = new BiasEngine(16, 1_000);

    private byte bar(final double h, final double l, final double c) {
        return e.onBar(h, l, c);
    }

    @Test
    void firstBarOnlySeedsTheExtremes() {
        assertEquals(Bias.NEUTRAL, bar(105, 95, 104));
        assertEquals(105, e.ath());
        assertEquals(95, e.atl());
        assertFalse(e.changed());
    }

    @Test
    void closeAbovePreviousAthTurnsBullishAndBelowPreviousAtlBearish() {
        bar(105, 95, 100);
        assertEquals(Bias.NEUTRAL, bar(105.5, 99, 105), "high above the ATH but close 105 is not above it: no break");
        assertEquals(105.5, e.ath());
        assertEquals(Bias.BULLISH, bar(107, 104, 106), "close 106 > previous ATH 105.5");
        assertTrue(e.changed());
        assertEquals(Bias.BULLISH, bar(108, 106, 107.5), "already bullish: no change");
        assertFalse(e.changed());
        assertEquals(Bias.BEARISH, bar(107.6, 94, 94.5), "close 94.5 < previous ATL 95");
        assertTrue(e.changed());
    }

    @Test
    void closeEqualToPreviousAthIsNotABreak() {
        bar(105, 95, 100);
        assertEquals(Bias.NEUTRAL, bar(106, 100, 105));
    }

    @Test
    void bullishFvgIsAddedWhenTwoBackHighIsBelowThisLowThenInvertsToBearishIfvgOnCloseBelowItsBottom() {
        bar(100, 90, 95);   // c2
        bar(104, 96, 103);  // c1
        bar(110, 101, 109); // c0: c2.high 100 < c0.low 101 → bullish FVG [101, 100]; close 109 > ATH 104 → BULLISH
        assertEquals(1, e.bullishFvgs().size());
        assertEquals(101, e.bullishFvgs().top(0));
        assertEquals(100, e.bullishFvgs().bottom(0));
        assertEquals(Bias.BULLISH, e.bias());
        assertEquals(Bias.BULLISH, bar(109.5, 100.5, 100.2), "close 100.2 is not below the bottom 100: still a FVG");
        assertEquals(1, e.bullishFvgs().size());
        assertEquals(Bias.BEARISH, bar(101, 99, 99.5), "close 99.5 < bottom 100: inverted");
        assertEquals(0, e.bullishFvgs().size());
        assertEquals(1, e.bearishIfvgs().size());
        assertEquals(101, e.bearishIfvgs().top(0));
        assertEquals(100, e.bearishIfvgs().bottom(0));
    }

    @Test
    void bearishFvgInvertsToBullishIfvgOnCloseAboveItsTop() {
        bar(110, 100, 105); // c2
        bar(104, 96, 97);   // c1
        bar(98, 90, 91);    // c0: c2.low 100 > c0.high 98 → bearish FVG [100, 98]; close 91 < ATL 96 → BEARISH
        assertEquals(1, e.bearishFvgs().size());
        assertEquals(100, e.bearishFvgs().top(0));
        assertEquals(98, e.bearishFvgs().bottom(0));
        assertEquals(Bias.BEARISH, e.bias());
        assertEquals(Bias.BEARISH, bar(100, 92, 100), "close equal to the top: strict, no inversion");
        assertEquals(Bias.BULLISH, bar(101, 99, 100.5), "close 100.5 > top 100: inverted");
        assertEquals(0, e.bearishFvgs().size());
        assertEquals(1, e.bullishIfvgs().size());
    }

    @Test
    void bearishIfvgClosedAboveIsDeletedBullishAndBullishIfvgClosedBelowIsDeletedBearish() {
        bar(100, 90, 95);
        bar(104, 96, 103);
        bar(110, 101, 109);       // bullish FVG [101, 100]
        bar(101, 99, 99.5);       // → bearish IFVG [101, 100], BEARISH
        assertEquals(Bias.BEARISH, bar(100.9, 99.2, 100.9), "close 100.9 not above the IFVG top 101");
        assertEquals(1, e.bearishIfvgs().size());
        assertEquals(Bias.BULLISH, bar(102, 100.5, 101.5), "close above the top: bearish IFVG deleted");
        assertEquals(0, e.bearishIfvgs().size());

        final BiasEngine f = new BiasEngine(16, 1_000);
        f.onBar(110, 100, 105);
        f.onBar(104, 96, 97);
        f.onBar(98, 90, 91);          // bearish FVG [100, 98]
        f.onBar(101, 99, 100.5);      // → bullish IFVG [100, 98], BULLISH
        assertEquals(1, f.bullishIfvgs().size());
        assertEquals(Bias.BULLISH, f.onBar(100.6, 98, 98), "close equal to the bottom: kept");
        assertEquals(Bias.BEARISH, f.onBar(98.5, 97, 97.5), "close below the bottom 98: deleted, BEARISH");
        assertEquals(0, f.bullishIfvgs().size());
    }

    @Test
    void zonesMadeByOneStepAreNotUndoneByALaterStepOfTheSameBar() {
        // Step 4 turns the bullish FVG into a bearish IFVG; step 6 on the same bar must not delete it
        // (its top is above the close), and the bias stays BEARISH: the last matching step decides.
        bar(100, 90, 95);
        bar(104, 96, 103);
        bar(110, 101, 109);            // bullish FVG [101, 100]
        assertEquals(Bias.BEARISH, bar(101, 99, 99.5));
        assertEquals(1, e.bearishIfvgs().size());
        // An ATL break (step 2, BEARISH) on a bar that also closes above nothing: BEARISH from step 2 alone.
        assertEquals(Bias.BEARISH, bar(99.6, 80, 85));
        assertFalse(e.changed(), "BEARISH → BEARISH is not a change");
        // Close above the bearish IFVG top 101: step 6 alone → BULLISH (and a close above the ATH 110 is not needed).
        assertEquals(Bias.BULLISH, bar(102, 84, 101.5));
        assertTrue(e.changed());
    }

    @Test
    void zoneListsAreBoundedByCountAndAge() {
        final BiasEngine f = new BiasEngine(2, 1_000);
        // A staircase makes a bullish FVG on every bar from the third on.
        for (int i = 0; i < 6; i++) {
            f.onBar(100 + 10 * i + 2, 100 + 10 * i, 100 + 10 * i + 1);
        }
        // Bar i (high 102+10i, low 100+10i) makes FVG [100+10i, 82+10i] for i >= 2: bars 2..5 made four.
        assertEquals(2, f.bullishFvgs().size(), "capacity 2: the oldest were dropped");
        assertEquals(122, f.bullishFvgs().bottom(0));
        assertEquals(132, f.bullishFvgs().bottom(1));
        assertTrue(f.bullishFvgs().born(0) < f.bullishFvgs().born(1));

        final BiasEngine g = new BiasEngine(16, 2);
        for (int i = 0; i < 4; i++) {
            g.onBar(100 + 10 * i + 2, 100 + 10 * i, 100 + 10 * i + 1);
        }
        assertEquals(2, g.bullishFvgs().size(), "FVGs born at bars 2 and 3");
        g.onBar(141, 120, 140);
        g.onBar(141, 120, 140);
        g.onBar(141, 120, 140);
        assertEquals(0, g.bullishFvgs().size(), "older than 2 bars: dropped by age");
    }
}
