package io.strikeiq.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What one setting accepts, how it reads, and how the table finds and suggests keys. */
class SettingTest {
    private static final Setting COUNT = Setting.integer("x.count", "5", 1, 52, "A count.");
    private static final Setting STEP = Setting.decimalBetween("x.step", "0.5", "0", "1", "A fraction.");
    private static final Setting WAIT = Setting.duration("x.wait-seconds", "60", TimeUnit.SECONDS, 0, 86_400, "A wait.");

    @Test
    void wholeNumbersAreCheckedExactlyBeforeTheyAreNarrowed() {
        assertNull(COUNT.problem("52"));
        assertEquals("must be a whole number from 1 to 52, got '53'", COUNT.problem("53"));
        // 2^32 + 1 narrowed to int would be 1, inside the range: the exact check refuses it.
        assertEquals("must be a whole number from 1 to 52, got '4294967297'", COUNT.problem("4294967297"));
        assertEquals("must be a whole number from 1 to 52, got '2.0'", COUNT.problem("2.0"));
        assertEquals(52, (int) ((SettingValues) s -> "52").intValue(COUNT));
    }

    @Test
    void openBoundsAreExcludedAndNonNumbersRefused() {
        assertEquals("must be a number above 0 and below 1, got '0'", STEP.problem("0"));
        assertEquals("must be a number above 0 and below 1, got '1'", STEP.problem("1"));
        assertNull(STEP.problem("1e-4"));
        for (final String bad : List.of("NaN", "Infinity", "0x1p-2", "")) {
            assertTrue(STEP.problem(bad) != null, bad);
        }
        final Setting above = Setting.decimalAbove("x.gap", "1", "0", "10", "A gap.");
        assertEquals("must be a number above 0 and at most 10, got '0'", above.problem("0"));
        assertNull(above.problem("10"));
    }

    @Test
    void durationsReadAsNanosecondsInTheirUnit() {
        final SettingValues v = s -> "90";
        assertEquals(90_000_000_000L, v.nanos(WAIT));
        assertEquals(90_000_000L, v.nanos(Setting.duration("x.ms", "1", TimeUnit.MILLISECONDS, 1, 1000, "ms.")));
        assertEquals(60_000_000_000L, SettingValues.defaults().nanos(WAIT));
    }

    @Test
    void readingAKeyAsTheWrongTypeIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> SettingValues.defaults().doubleValue(COUNT));
    }

    @Test
    void aDeclarationWhoseDefaultIsOutOfItsRangeIsRefused() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Setting.integer("x.bad", "0", 1, 10, "Bad."));
        assertEquals("x.bad: default must be a whole number from 1 to 10, got '0'", e.getMessage());
    }

    @Test
    void choicesIgnoreCaseAndListTheWords() {
        final Setting c = Setting.choice("x.mode", "fast", List.of("fast", "slow", "off"), "Mode.");
        assertNull(c.problem("SLOW"));
        assertEquals("slow", ((SettingValues) s -> "SLOW").choice(c));
        assertEquals("must be fast, slow or off, got 'medium'", c.problem("medium"));
    }

    @Test
    void theTableRefusesDuplicatesAndSuggestsTheClosestKey() {
        final SettingGroup g = new SettingGroup("x", List.of(COUNT, STEP, WAIT), List.of());
        final SettingsTable t = new SettingsTable(List.of(g));
        assertEquals("x.step", t.closest("x.stpe"));
        assertEquals("x.wait-seconds", t.closest("x.wait-second"));
        assertEquals(3, SettingsTable.distance("kitten", "sitting"));
        assertThrows(IllegalArgumentException.class, () -> new SettingsTable(List.of(g, g)));
        final CrossCheck foreign = CrossCheck.below(COUNT, Setting.integer("y.other", "9", 1, 52, "Not in the table."));
        assertThrows(IllegalArgumentException.class,
            () -> new SettingsTable(List.of(new SettingGroup("x", List.of(COUNT), List.of(foreign)))));
    }

    @Test
    void crossChecksNameBothKeysAndTheirValues() {
        final Setting low = Setting.decimal("x.low", "1", "0", "10", "Low.");
        final Setting high = Setting.decimal("x.high", "2", "0", "10", "High.");
        final CrossCheck below = CrossCheck.below(low, high);
        assertNull(below.problem(SettingValues.defaults()));
        assertEquals("x.low (2.0) must be below x.high (2)", below.problem(s -> s == low ? "2.0" : "2"));
        final CrossCheck atMost = CrossCheck.atMost(low, high);
        assertNull(atMost.problem(s -> s == low ? "2.0" : "2"));
        assertEquals("x.low (3) must not be above x.high (2)", atMost.problem(s -> s == low ? "3" : "2"));
    }
}
