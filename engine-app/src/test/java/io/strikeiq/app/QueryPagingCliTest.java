package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 7 at the command line: the {@code --after} cursor printed under a page, passed back
 * as is, reads the next page, and the pages together are the unpaged output line for line (the
 * demo's chain has 324 legs at one instant, more than the default 100 rows a page).
 */
class QueryPagingCliTest {
    private static final Pattern MORE = Pattern.compile("more rows: add --after (\\S+)");

    @TempDir
    static Path tmp;
    static Path journal;

    @BeforeAll
    static void demoJournalDrained() {
        journal = tmp.resolve("demo");
        // A snapshot every second of event time, so the short demo stores chain snapshots.
        final CliRunner demo = CliRunner.run("demo", "--events", "30000", "--set", "demo.latency-events=0",
            "--set", "chain.snapshot-seconds=1", "--journal", journal.toString());
        assertEquals(0, demo.exitCode, demo::toString);
    }

    /** csv data lines of every page of {@code query} at {@code limit} rows a page, following the printed cursors. */
    private static List<String> pages(final int limit, final List<String> cursors, final String... query) {
        final List<String> lines = new ArrayList<>();
        String after = null;
        do {
            final List<String> args = new ArrayList<>(List.of("query"));
            args.addAll(List.of(query));
            args.addAll(List.of("--journal", journal.toString(), "--format", "csv", "--limit", String.valueOf(limit)));
            if (after != null) {
                args.addAll(List.of("--after", after));
            }
            final CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode, r::toString);
            final List<String> data = r.out.lines().skip(1).toList();
            lines.addAll(data);
            final Matcher m = MORE.matcher(r.err);
            after = m.find() ? m.group(1) : null;
            if (after != null) {
                assertEquals(limit, data.size(), "a page with a cursor is full: " + r);
                cursors.add(after);
            }
        } while (after != null && cursors.size() < 1000);
        return lines;
    }

    @Test
    void chainPagesThroughEveryLegInsteadOfStoppingAtTheLimit() {
        final List<String> cursors = new ArrayList<>();
        final List<String> paged = pages(100, cursors, "chain", "--symbol", "NIFTY");
        final List<String> all = pages(100_000, new ArrayList<>(), "chain", "--symbol", "NIFTY");
        assertEquals(all, paged);
        // The demo chain: 40 strikes each side of the ATM one, 2 expiries, call and put.
        assertEquals(81 * 2 * 2, all.size());
        assertEquals((all.size() - 1) / 100, cursors.size());
        // The cursor is snapshot_time/expiry/strike/option_right/instrument_id of the page's last line.
        final String[] last = paged.get(99).split(",");
        final String[] cursor = cursors.get(0).split("/");
        assertEquals(5, cursor.length, cursors::toString);
        assertEquals(last[last.length - 1], cursor[4]);
        assertEquals(last[3], cursor[3]);
    }

    /** Ties within a page boundary are proven on constructed data by the persistence module's QueryPagingTest. */
    @Test
    void signalsPagesFollowingThePrintedCursorsConcatenateToTheUnpagedOutput() {
        final List<String> all = pages(1_000_000, new ArrayList<>(), "signals");
        assertTrue(all.size() >= 2, "the demo stores signals: " + all);
        final int limit = Math.max(1, all.size() / 3);
        final List<String> cursors = new ArrayList<>();
        assertEquals(all, pages(limit, cursors, "signals"));
        assertEquals((all.size() - 1) / limit, cursors.size());
        assertTrue(cursors.stream().allMatch(c -> c.matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z/\\d+")), cursors::toString);
    }

    @Test
    void triangleCountsAcceptsItsCursorAndHelpDocumentsEveryCursor() {
        final CliRunner counts = CliRunner.run("query", "triangle-counts", "--journal", journal.toString(),
            "--after", "2026-11-23");
        assertEquals(0, counts.exitCode, counts::toString);
        assertTrue(counts.out.startsWith("day") && counts.out.contains("rows)"), counts::toString);

        final CliRunner bad = CliRunner.run("query", "signals", "--journal", journal.toString(), "--after", "2026-11-24");
        assertEquals(1, bad.exitCode, bad::toString);
        assertTrue(bad.err.contains("bad paging cursor '2026-11-24'") && bad.err.contains("event_time/signal_id"),
            bad::toString);
        // One line of error; the embedded server's start-up notice ("strikeiq: embedded PostgreSQL …") is not part of it.
        assertEquals(1, bad.err.strip().lines().filter(l -> !l.startsWith("strikeiq: embedded PostgreSQL")).count(),
            bad::toString);

        Stream.of("signals", "chain", "triangles", "biases", "triangle-counts").forEach(q -> {
            final CliRunner help = CliRunner.run("query", q, "--help");
            assertEquals(0, help.exitCode, help::toString);
            assertTrue(help.out.contains("Paging cursor (--after)"), help::toString);
        });
        final CliRunner sizes = CliRunner.run("query", "sizes", "--help");
        assertFalse(sizes.out.contains("Paging cursor"), sizes::toString);
        assertTrue(sizes.out.contains("not paged"), sizes::toString);
    }
}
