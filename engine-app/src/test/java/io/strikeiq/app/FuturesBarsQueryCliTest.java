package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.feeds.dbn.Compression;
import io.strikeiq.feeds.dbn.OhlcvFileGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 11 end to end: {@code run} a generated NQ DBN file, {@code replay} it and
 * {@code verify} the two agree (the end-of-file bars included), {@code drain}, then read the bars
 * back with {@code query bars} and the run with {@code query ingest-runs}. Expected values are
 * derived from the stored 1-minute vendor bars, not from the aggregator: every 30m bar's volume is
 * the sum of its minutes' volumes and starts on a half hour of the CME session, and the last
 * session's 1d bar is there, flagged incomplete, holding every minute from that session's start.
 */
class FuturesBarsQueryCliTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** One csv row of {@code query bars}: the columns this test reads. */
    private record Row(Instant open, long instrument, int seconds, String source, boolean incomplete, Instant close,
                       long volume) {
        static Row of(final String line) {
            final String[] f = line.split(",", -1);
            return new Row(OffsetDateTime.parse(f[0]).toInstant(), Long.parseLong(f[1]), Integer.parseInt(f[2]), f[3],
                Boolean.parseBoolean(f[4]), OffsetDateTime.parse(f[5]).toInstant(), Long.parseLong(f[10]));
        }
    }

    private static List<Row> bars(final Path journal, final String timeframe) {
        final CliRunner r = CliRunner.run("query", "bars", "--symbol", "NQ.v.0", "--timeframe", timeframe,
            "--journal", journal.toString(), "--format", "csv", "--limit", "1000000");
        assertEquals(0, r.exitCode, r::toString);
        assertTrue(r.out.startsWith("open_time,instrument_id,timeframe_seconds,source,incomplete,close_time,"), r::toString);
        return r.out.lines().skip(1).map(Row::of).toList();
    }

    @Test
    void thirtyMinuteAndEndOfFileBarsAreReplayedStoredAndQueried(@TempDir final Path tmp) throws IOException {
        final Path file = tmp.resolve("nq.ohlcv-1m.dbn.zst");
        new OhlcvFileGenerator(5, LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 8), "NQ").write(file, Compression.ZSTD);
        final Path journal = tmp.resolve("j");
        final CliRunner run = CliRunner.run("run", "--feed", "dbn:" + file, "--journal", journal.toString());
        assertEquals(0, run.exitCode, run::toString);
        final Path replayed = tmp.resolve("r");
        final CliRunner replay = CliRunner.run("replay", "--input", journal.toString(), "--out", replayed.toString());
        assertEquals(0, replay.exitCode, replay::toString);
        final CliRunner verify = CliRunner.run("verify", journal.toString(), replayed.toString());
        assertEquals(0, verify.exitCode, verify::toString);
        final CliRunner drain = CliRunner.run("drain", "--journal", journal.toString());
        assertEquals(0, drain.exitCode, drain::toString);

        final List<Row> minutes = bars(journal, "1m");
        final List<Row> halfHours = bars(journal, "30m");
        assertTrue(minutes.size() > 1_000, "vendor minutes: " + minutes.size());
        assertTrue(halfHours.size() > 50, "30m bars: " + halfHours.size());
        for (final Row b : halfHours) {
            assertEquals(1_800, b.seconds());
            assertEquals("aggregated", b.source());
            final ZonedDateTime local = b.open().atZone(CHICAGO);
            assertEquals(0, local.getMinute() % 30, "on a half hour of the 17:00 Chicago session: " + b);
            assertEquals(b.open().plusSeconds(1_800), b.close());
            final long volume = minutes.stream().filter(m -> m.instrument() == b.instrument()
                    && !m.open().isBefore(b.open()) && m.open().isBefore(b.close()))
                .mapToLong(Row::volume).sum();
            assertEquals(volume, b.volume(), "30m volume = its minutes' volumes: " + b);
        }
        final Instant lastMinute = minutes.get(minutes.size() - 1).open();
        final List<Row> days = bars(journal, "1d");
        final List<Row> incompleteDays = days.stream().filter(Row::incomplete).toList();
        assertEquals(1, incompleteDays.size(), "the last session's day bar, as the file left it: " + days);
        final Row lastDay = incompleteDays.get(0);
        ZonedDateTime start = lastMinute.atZone(CHICAGO).toLocalDate().atTime(17, 0).atZone(CHICAGO);
        if (start.toInstant().isAfter(lastMinute)) {
            start = start.minusDays(1).toLocalDate().atTime(17, 0).atZone(CHICAGO);
        }
        assertEquals(start.toInstant(), lastDay.open(), "the session holding the file's last minute");
        final Instant sessionStart = start.toInstant();
        assertEquals(minutes.stream().filter(m -> m.instrument() == lastDay.instrument() && !m.open().isBefore(sessionStart))
                .mapToLong(Row::volume).sum(),
            lastDay.volume(), "every minute of the last session");
        assertTrue(days.stream().noneMatch(d -> !d.incomplete() && d.open().equals(sessionStart)),
            "the last session never completed");
        assertEquals(days.size() - 1, bars(journal, "1d").stream().filter(d -> !d.incomplete()).count());

        final CliRunner runs = CliRunner.run("query", "ingest-runs", "--journal", journal.toString(), "--format", "json");
        assertEquals(0, runs.exitCode, runs::toString);
        assertTrue(runs.out.contains("nq.ohlcv-1m.dbn.zst") && runs.out.contains("SUCCEEDED"), runs::toString);
        final CliRunner complete = CliRunner.run("query", "bars", "--symbol", "NQ.v.0", "--timeframe", "1d",
            "--complete-only", "--journal", journal.toString(), "--format", "csv");
        assertEquals(0, complete.exitCode, complete::toString);
        assertTrue(complete.out.lines().skip(1).noneMatch(l -> l.contains(",true,")), complete::toString);
    }
}
