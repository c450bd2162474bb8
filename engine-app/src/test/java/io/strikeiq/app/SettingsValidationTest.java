package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.pipeline.Preset;
import io.strikeiq.wiring.EngineSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Range and cross-key checks of the settings table as a user meets them: each message names the
 * key (or every key involved), the values and where they were given. Expected texts are written
 * out by hand from the rule, not copied from output.
 */
class SettingsValidationTest {
    @TempDir
    Path tmp;

    private static ConfigException refused(final String... sets) {
        return assertThrows(ConfigException.class, () -> AppConfig.load(null, List.of(sets)));
    }

    @Test
    void aScheduleShorterThanTheTimerIntervalIsAnErrorNamingBothKeys() {
        // 5 s flip schedule against a 5.001 s timer: it could only fire at the timer's pace.
        final ConfigException e = refused("pipeline.timer-interval-ms=5001");
        assertEquals("--set: chain.flip-seconds (5) is shorter than pipeline.timer-interval-ms (5001): the schedule is"
            + " checked on timer ticks only, so it could not fire more often than the timer", e.getMessage());
        assertTrue(e.isCommandLine());
        // Equal is fine, and a disabled snapshot schedule (0) is never too short.
        final AppConfig ok = AppConfig.load(null, List.of("pipeline.timer-interval-ms=5000", "chain.snapshot-seconds=0"));
        final EngineSettings s = EngineSettingsFactory.from(ok, Preset.COMPACT);
        assertEquals(5_000_000_000L, s.timerIntervalNanos());
        assertEquals(5_000_000_000L, s.chain().flipNanos());
        assertEquals(0, s.chain().snapshotNanos());
        assertEquals("--set: chain.sample-seconds (1) is shorter than pipeline.timer-interval-ms (2000): the schedule is"
                + " checked on timer ticks only, so it could not fire more often than the timer",
            refused("chain.flip-seconds=2", "chain.snapshot-seconds=2", "pipeline.timer-interval-ms=2000",
                "chain.sample-seconds=1").getMessage());
    }

    @Test
    void samplesAndWindowsThatDoNotFitNameBothKeys() {
        assertEquals("--set: chain.pcr-z-min-samples (100) must not be above chain.pcr-z-window (60)",
            refused("chain.pcr-z-min-samples=100").getMessage());
        assertEquals("--set: chain.iv-min-samples (400) must not be above chain.iv-history (375)",
            refused("chain.iv-min-samples=400").getMessage());
        assertEquals("--set: chain.pcr-z-exit (2.0) must be below chain.pcr-z-enter (2.0)",
            refused("chain.pcr-z-exit=2.0").getMessage());
        assertEquals("--set: chain.iv-high-pct (96) must be below chain.iv-extreme-pct (95.0)",
            refused("chain.iv-high-pct=96").getMessage());
        // 0.10 / 0.00001 is exactly 10,000 grid steps (allowed); one step finer is not.
        AppConfig.load(null, List.of("chain.flip-step=0.00001"));
        assertEquals("--set: chain.flip-range (0.10) must be at most 10,000 x chain.flip-step (0.0000099): the flip grid"
            + " has at most 10,000 points each side of spot", refused("chain.flip-step=0.0000099").getMessage());
    }

    @Test
    void pcrBandAndHysteresisMustLeaveANormalBand() {
        assertEquals("--set: pcr.lower (1.5) must be below pcr.upper (1.3)", refused("pcr.lower=1.5").getMessage());
        // 2 x 0.3 = 0.6 is not below 1.3 - 0.7 = 0.6.
        assertEquals("--set: 2 x pcr.hysteresis (0.3) must be below pcr.upper - pcr.lower (1.3 - 0.7) to leave a normal band",
            refused("pcr.hysteresis=0.3").getMessage());
        AppConfig.load(null, List.of("pcr.hysteresis=0.29"));
    }

    @Test
    void syntheticStrikesMustStayPositive() {
        // 24,000 - 480 x 50 = 0: the lowest strike would be 0.
        assertEquals("--set: synthetic.spot (24000) must be above synthetic.strikes-each-side x synthetic.strike-step"
            + " (480 x 50) so that every strike is positive", refused("synthetic.strikes-each-side=480").getMessage());
        assertEquals(479, Feeds.synthetic(AppConfig.load(null, List.of("synthetic.strikes-each-side=479"))).strikesEachSide());
    }

    @Test
    void rangesAreCheckedBeforeNarrowingAndNameTheRange() {
        assertEquals("--set maxpain.full-strength-steps must be a whole number from 1 to 10000, got '0'",
            refused("maxpain.full-strength-steps=0").getMessage());
        assertEquals("--set chain.flip-terms-per-event must be a whole number from 0 to 2147483647, got '2147483648'",
            refused("chain.flip-terms-per-event=2147483648").getMessage());
        assertEquals("--set pcr.lower must be a number above 0 and at most 1000, got '0'",
            refused("pcr.lower=0").getMessage());
        assertEquals("--set chain.gamma-regime-band must be a number at least 0 and below 1, got '1'",
            refused("chain.gamma-regime-band=1").getMessage());
    }

    @Test
    void anUnknownKeyNamesTheClosestKnownOne() {
        final ConfigException e = refused("chain.flip-second=10");
        assertEquals("--set chain.flip-second: unknown key 'chain.flip-second' (did you mean chain.flip-seconds?"
            + " ./strikeiq config lists every key)", e.getMessage());
    }

    @Test
    void aFileValueIsNamedByTheFileAndIsNotAUsageError() throws IOException {
        final Path file = Files.writeString(tmp.resolve("s.properties"), "pipeline.timer-interval-ms=60001\n");
        final ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.load(file, List.of()));
        assertTrue(e.getMessage().startsWith(file + ": chain.sample-seconds (60) is shorter than pipeline.timer-interval-ms (60001)"),
            e.getMessage());
        assertFalse(e.isCommandLine());
    }

    @Test
    void theConfigCommandListsValuesWithTheirDefaultAndRefusesWhatLoadRefuses() {
        final CliRunner r = CliRunner.run("config", "--set", "chain.rate=0.07");
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(r.out.contains("\nchain.rate=0.07    (default 0.065)\n"), r.out);
        assertTrue(r.out.contains("\npcr.upper=1.3\n"), "a default is listed without a note");
        assertTrue(r.out.contains("Accepts a whole number from 1 to 86400000 (milliseconds)."), r.out);
        final CliRunner bad = CliRunner.run("config", "--set", "pipeline.timer-interval-ms=9000");
        assertEquals(2, bad.exitCode, bad.toString());
        assertTrue(bad.err.startsWith("strikeiq config: --set: chain.flip-seconds (5) is shorter than"
            + " pipeline.timer-interval-ms (9000)"), bad.err);
    }
}
