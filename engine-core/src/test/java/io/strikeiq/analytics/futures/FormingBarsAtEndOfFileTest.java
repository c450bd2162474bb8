package io.strikeiq.analytics.futures;

import static io.strikeiq.analytics.futures.FuturesHarness.MIN;
import static io.strikeiq.analytics.futures.FuturesHarness.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.bars.SessionAlignment;
import io.strikeiq.sbe.CompletedBarDecoder;
import io.strikeiq.sbe.FormingBarDecoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 11: at the end of an input file (its IngestFile input) every higher-timeframe
 * bucket still forming is written as a FormingBar record, shortest first, and stays open: a bucket
 * the next file continues completes once, whole, and the end of the file changes no bias, no
 * completed bar and no triangle (checked against the same bars fed without the file boundary).
 * Expected values are worked out by hand from the bar series.
 */
class FormingBarsAtEndOfFileTest {
    private static final int NQ = 7;
    /** 2024-03-05 17:00 CST: a CME session start. */
    private static final long SESSION = t("2024-03-05T23:00:00Z");

    private static FuturesConfig config() {
        return FuturesConfig.builder().alignment(SessionAlignment.CME).htfSwitches(0).htfAlignedOnly(false)
            .requireEngulfing(false).requireSweepEngulfing(false).build();
    }

    /** Minute i (from the session start) opens at 100 + i, closes at 100 + i + 0.5; high + 1, low - 1. */
    private static void minutes(final FuturesHarness h, final int from, final int to) {
        for (int i = from; i < to; i++) {
            h.bar(NQ, SESSION + i * MIN, 100 + i, 101 + i + 0.5, 99 + i, 100 + i + 0.5);
        }
    }

    @Test
    void theFormingBucketsAreWrittenAtTheEndOfTheFileShortestFirst() {
        final FuturesHarness h = new FuturesHarness(config());
        h.define(NQ, 0, "NQH4");
        minutes(h, 0, 67); // 23:00Z .. 00:06Z, 67 minutes
        h.ingestFile(41, SESSION + 67 * MIN, "day1.dbn.zst");
        final List<FormingBarDecoder> forming = h.formingBars();
        // Forming: 5m [00:05, 00:10) minutes 65-66; 15m [00:00, 00:15), 30m [00:00, 00:30) and
        // 1h [00:00, 01:00) minutes 60-66; 4h [23:00, 03:00) and 1d [23:00, 23:00) minutes 0-66.
        final int[] seconds = {300, 900, 1_800, 3_600, 14_400, 86_400};
        final int[] firstMinute = {65, 60, 60, 60, 0, 0};
        final long[] close = {SESSION + 70 * MIN, SESSION + 75 * MIN, SESSION + 90 * MIN, SESSION + 120 * MIN,
            SESSION + 240 * MIN, SESSION + 1_440 * MIN};
        assertEquals(6, forming.size());
        for (int k = 0; k < 6; k++) {
            final FormingBarDecoder f = forming.get(k);
            final int i0 = firstMinute[k];
            assertEquals(seconds[k], f.timeframeSeconds(), "shortest first");
            assertEquals(NQ, f.instrumentId());
            assertEquals(SESSION + i0 * MIN, f.openTime());
            assertEquals(close[k], f.closeTime(), "the close the bucket will have");
            assertEquals(100 + i0, f.openPrice());
            assertEquals(101 + 66 + 0.5, f.highPrice());
            assertEquals(99 + i0, f.lowPrice());
            assertEquals(100 + 66 + 0.5, f.closePrice());
            assertEquals(10L * (67 - i0), f.volume());
            assertEquals(67 - i0, f.minuteBars());
            assertEquals(SESSION + 67 * MIN, f.eventTime());
        }
        assertEquals(1, h.ingestRuns().size(), "the IngestRun echo is still written");
    }

    @Test
    void theEndOfAFileChangesNothingTheNextFileContinues() {
        final FuturesHarness split = new FuturesHarness(config());
        final FuturesHarness whole = new FuturesHarness(config());
        for (final FuturesHarness h : List.of(split, whole)) {
            h.define(NQ, 0, "NQH4");
            minutes(h, 0, 67);
        }
        split.ingestFile(41, SESSION + 67 * MIN, "day1.dbn.zst");
        for (final FuturesHarness h : List.of(split, whole)) {
            minutes(h, 67, 300);
        }
        final List<String> a = completed(split);
        final List<String> b = completed(whole);
        assertEquals(b, a, "the same completed bars, biases included, with or without the file boundary");
        assertEquals(whole.barBiases().size(), split.barBiases().size());
        for (int i = 0; i < whole.barBiases().size(); i++) {
            assertEquals(whole.barBiases().get(i).bias5m(), split.barBiases().get(i).bias5m());
            assertEquals(whole.barBiases().get(i).bias4h(), split.barBiases().get(i).bias4h());
        }
        assertEquals(whole.engine.triangles(), split.engine.triangles());
        // The 4h bucket [23:00, 03:00) forming at the end of file 1 completed whole in file 2.
        assertTrue(a.contains("14400@" + SESSION + " o=100.0 c=339.5 n=240 bias=" + fourHourBias(whole)), String.join("\n", a));
    }

    @Test
    void noFormingBarsWhenBarsAreNotPublished() {
        final FuturesConfig c = config();
        final FuturesHarness h = new FuturesHarness(new FuturesConfig(c.enabled(), c.alignment(), c.validation(),
            c.htfSwitches(), c.htfAlignedOnly(), c.requireEngulfing(), c.requireSweepEngulfing(), c.maxZones(),
            c.maxZoneAgeBars(), c.warmupBars(), c.windowStartNanos(), false));
        h.define(NQ, 0, "NQH4");
        minutes(h, 0, 10);
        h.ingestFile(41, SESSION + 10 * MIN, "day1.dbn.zst");
        assertEquals(0, h.formingBars().size());
    }

    private static String fourHourBias(final FuturesHarness h) {
        for (final CompletedBarDecoder d : h.completedBars()) {
            if (d.timeframeSeconds() == 14_400) {
                return String.valueOf(d.bias());
            }
        }
        return "none";
    }

    private static List<String> completed(final FuturesHarness h) {
        final List<String> out = new ArrayList<>();
        for (final CompletedBarDecoder d : h.completedBars()) {
            out.add(d.timeframeSeconds() + "@" + d.openTime() + " o=" + d.openPrice() + " c=" + d.closePrice()
                + " n=" + d.minuteBars() + " bias=" + d.bias());
        }
        return out;
    }
}
