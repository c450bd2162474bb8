package io.strikeiq.persistence;

import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.sbe.BarBiasesEncoder;
import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.PcrThresholdSignalEncoder;
import io.strikeiq.sbe.TriangleEventEncoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.SignalType;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8 item 7: every paged query, walked 7 rows at a time through the cursors it prints, returns
 * exactly the rows of one unpaged read, in the same order, on a drained journal built so that many
 * rows share one instant (more than a page's worth, so page boundaries fall inside the ties).
 */
class QueryPagingTest {
    private static final int PAGE = 7;
    private static final int ALL = 1_000_000;
    private static final long SECOND = 1_000_000_000L;
    /** 2026-11-24T06:00:00.123456100Z: the signals' shared instant, with sub-microsecond digits. */
    private static final long SHARED_SIGNAL_NANOS = 1_795_500_000L * SECOND + 123_456_100L;
    private static final long TRIANGLE_OPEN = 1_795_500_000L * SECOND - 3600 * SECOND;
    private static final long BIAS_OPEN = TRIANGLE_OPEN + 60 * SECOND;
    private static final int SHARED_SIGNALS = 50;
    private static final int OTHER_SIGNALS = 12;
    private static final int TRIANGLE_INSTRUMENTS = 10;
    private static final int COUNT_DAYS = 20;
    private static final int BIAS_INSTRUMENTS = 30;
    private static final int OTHER_BIASES = 5;
    /** Rounds of TestJournals.appendSnapshots: each adds a future bar the engine accepted, with its biases. */
    private static final int SNAPSHOT_ROUNDS = 3;

    @TempDir
    static Path dir;
    static EmbeddedDatabase pg;
    static DatabaseTarget db;
    static SyntheticMarket market;

    @BeforeAll
    static void drainJournalWithTies() {
        final Path journal = dir.resolve("journal");
        TestJournals.runPipeline(journal, 20_000, 0);
        TestJournals.appendSnapshots(journal, SNAPSHOT_ROUNDS);
        market = TestJournals.market(1);
        appendTies(journal);
        pg = EmbeddedDatabase.start(dir.resolve("pg"));
        db = pg.database("paging");
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("paging"))) {
            drain.drainAvailable();
        }
    }

    @AfterAll
    static void stopPostgres() {
        pg.close();
    }

    /**
     * Signals: 50 at one microsecond (half of them 300 ns later, the same stored instant), 12 at
     * other seconds. Triangles: 10 options x 2 directions x 2 engulfing switches at one bar open,
     * then one a day for 20 more days. Biases: 30 options at one bar open, 5 more of one option.
     */
    private static void appendTies(final Path journal) {
        final UnsafeBuffer buf = new UnsafeBuffer(ByteBuffer.allocateDirect(512));
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final PcrThresholdSignalEncoder s = new PcrThresholdSignalEncoder();
        final TriangleEventEncoder t = new TriangleEventEncoder();
        final BarBiasesEncoder b = new BarBiasesEncoder();
        long seq = 30_000_000L;
        try (OutputJournalWriter signals = OutputJournalWriter.openSignals(journal);
             OutputJournalWriter out = OutputJournalWriter.openRecords(journal)) {
            for (int i = 0; i < SHARED_SIGNALS + OTHER_SIGNALS; i++) {
                final long time = i < SHARED_SIGNALS ? SHARED_SIGNAL_NANOS + (i % 2) * 300L
                    : SHARED_SIGNAL_NANOS + (i - SHARED_SIGNALS + 1) * SECOND;
                s.wrapAndApplyHeader(buf, 0, header).pcr(i).threshold(0).putOi(0).callOi(0).header()
                    .inputSequence(seq++).eventTime(time).engine(EngineId.PCR)
                    .signalType(SignalType.PCR_HIGH).underlyingId(market.underlyingId()).expiry(0)
                    .direction(Direction.BULLISH).strength(i / 100.0).confidence(0.5);
                signals.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + s.encodedLength());
            }
            for (int k = 0; k < TRIANGLE_INSTRUMENTS * 4 + COUNT_DAYS; k++) {
                final boolean tie = k < TRIANGLE_INSTRUMENTS * 4;
                final long open = tie ? TRIANGLE_OPEN : TRIANGLE_OPEN + (k - TRIANGLE_INSTRUMENTS * 4 + 1) * 86_400 * SECOND;
                final Direction d = (tie ? (k / TRIANGLE_INSTRUMENTS) % 2 : k % 2) == 0 ? Direction.BULLISH
                    : Direction.BEARISH;
                t.wrapAndApplyHeader(buf, 0, header).inputSequence(seq++).eventTime(open + 60 * SECOND)
                    .instrumentId(market.firstOptionId() + (tie ? k % TRIANGLE_INSTRUMENTS : 0)).seriesId(0)
                    .openTime(open).direction(d).bias1m(d).bias5m(d).bias15m(Direction.NEUTRAL).bias1h(d)
                    .bias4h(d).bias1d(d).htfBullish((short) (d == Direction.BULLISH ? 1 : 0))
                    .htfBearish((short) (d == Direction.BEARISH ? 1 : 0)).htfAlignedOnly((short) 0)
                    .requireEngulfing((short) (tie && k >= TRIANGLE_INSTRUMENTS * 2 ? 1 : 0))
                    .requireSweepEngulfing((short) 0).htfSwitches((short) 31).engineVersion(1).closePrice(100)
                    .symbol("OPT");
                out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + t.encodedLength());
            }
            for (int k = 0; k < BIAS_INSTRUMENTS + OTHER_BIASES; k++) {
                final boolean tie = k < BIAS_INSTRUMENTS;
                final long open = tie ? BIAS_OPEN : BIAS_OPEN + (k - BIAS_INSTRUMENTS + 1) * 60 * SECOND;
                b.wrapAndApplyHeader(buf, 0, header).inputSequence(seq++).eventTime(open + 60 * SECOND)
                    .instrumentId(market.firstOptionId() + (tie ? k : 0)).seriesId(0).openTime(open)
                    .bias1m(k % 2 == 0 ? Direction.BULLISH : Direction.BEARISH).bias5m(Direction.NEUTRAL)
                    .bias15m(Direction.NEUTRAL).bias1h(Direction.BULLISH).bias4h(Direction.BULLISH)
                    .bias1d(Direction.BULLISH).closePrice(100);
                out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + b.encodedLength());
            }
        }
    }

    /**
     * Walks every page of {@code query} (after cursor, limit) from the first; checks each page but
     * the last is full and carries a cursor; returns the rows in page order and the cursors printed.
     */
    private static List<List<Object>> walk(final BiFunction<String, Integer, QueryResult> query,
                                           final List<String> cursors) {
        final List<List<Object>> rows = new ArrayList<>();
        String after = null;
        do {
            final QueryResult page = query.apply(after, PAGE);
            rows.addAll(page.rows());
            after = page.nextAfter();
            if (after != null) {
                assertEquals(PAGE, page.rows().size(), "a page with a cursor is full");
                cursors.add(after);
            }
            assertTrue(cursors.size() < 10_000, "paging terminates");
        } while (after != null);
        return rows;
    }

    /** The unpaged read; it must fit one page and print no cursor. */
    private static List<List<Object>> unpaged(final BiFunction<String, Integer, QueryResult> query) {
        final QueryResult all = query.apply(null, ALL);
        assertNull(all.nextAfter());
        return all.rows();
    }

    private static long count(final String sql) {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (final SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    @Test
    void signalsPagesConcatenateToTheUnpagedReadAcrossFiftyRowsOfOneMicrosecond() {
        try (StorageQueries q = new StorageQueries(db)) {
            final BiFunction<String, Integer, QueryResult> signals = (after, limit) ->
                q.signals(null, null, null, null, after, limit);
            final List<String> cursors = new ArrayList<>();
            final List<List<Object>> paged = walk(signals, cursors);
            final List<List<Object>> all = unpaged(signals);
            assertEquals(all, paged);
            assertEquals(count("SELECT count(*) FROM signals"), all.size());
            final int id = all.get(0).size() - 1;
            assertEquals(all.size(), all.stream().map(r -> r.get(id)).distinct().count(), "no row twice");
            // The 50 constructed signals share one stored instant: nanoseconds truncated to microseconds.
            final OffsetDateTime shared = Instant.ofEpochSecond(0, SHARED_SIGNAL_NANOS / 1000 * 1000).atOffset(ZoneOffset.UTC);
            assertEquals(SHARED_SIGNALS, all.stream().filter(r -> shared.isEqual((OffsetDateTime) r.get(0))).count());
            assertTrue(cursors.stream().filter(c -> c.startsWith("2026-11-24T06:00:00.123456Z/")).count() >= 6,
                "page boundaries inside the tie: " + cursors);

            // Also with a window and a filter: the constructed PCR_HIGH signals at and after the shared instant.
            final BiFunction<String, Integer, QueryResult> windowed = (after, limit) ->
                q.signals("pcr", "pcr_high", shared, shared.plusSeconds(OTHER_SIGNALS + 1), after, limit);
            final List<List<Object>> windowedAll = unpaged(windowed);
            assertEquals(windowedAll, walk(windowed, new ArrayList<>()));
            assertEquals(SHARED_SIGNALS + OTHER_SIGNALS, windowedAll.size());
        }
    }

    @Test
    void trianglesPagesConcatenateToTheUnpagedReadAcrossFortyRowsOfOneBar() {
        try (StorageQueries q = new StorageQueries(db)) {
            final BiFunction<String, Integer, QueryResult> triangles = (after, limit) ->
                q.triangles("NIFTY", null, null, after, limit);
            final List<String> cursors = new ArrayList<>();
            final List<List<Object>> paged = walk(triangles, cursors);
            final List<List<Object>> all = unpaged(triangles);
            assertEquals(all, paged);
            assertEquals(TRIANGLE_INSTRUMENTS * 4 + COUNT_DAYS, all.size());
            assertEquals(all.size(), new HashSet<>(all).size(), "no row twice");
            assertTrue(cursors.get(0).matches("2026-11-24T05:00:00Z/[0-9]+/-?1/false/(true|false)/false/31/1"), cursors::toString);
        }
    }

    @Test
    void triangleCountsPagesOneDayEachConcatenateToTheUnpagedRead() {
        try (StorageQueries q = new StorageQueries(db)) {
            final BiFunction<String, Integer, QueryResult> counts = (after, limit) ->
                q.triangleCounts(null, null, null, after, limit);
            final List<String> cursors = new ArrayList<>();
            final List<List<Object>> paged = walk(counts, cursors);
            final List<List<Object>> all = unpaged(counts);
            assertEquals(all, paged);
            // The tie day plus twenty more; the first day counts the forty triangles of the tie, half bullish.
            assertEquals(1 + COUNT_DAYS, all.size());
            assertEquals(List.of(java.time.LocalDate.of(2026, 11, 24), TRIANGLE_INSTRUMENTS * 4,
                TRIANGLE_INSTRUMENTS * 2, TRIANGLE_INSTRUMENTS * 2), all.get(0));
            assertEquals(List.of("2026-11-30", "2026-12-07"), cursors);
            assertEquals(all.subList(14, all.size()), q.triangleCounts(null, null, null, "2026-12-07", ALL).rows());
        }
    }

    @Test
    void biasesPagesConcatenateToTheUnpagedReadAcrossThirtyRowsOfOneBar() {
        try (StorageQueries q = new StorageQueries(db)) {
            final BiFunction<String, Integer, QueryResult> biases = (after, limit) ->
                q.biases("NIFTY", null, null, after, limit);
            final List<List<Object>> paged = walk(biases, new ArrayList<>());
            final List<List<Object>> all = unpaged(biases);
            assertEquals(all, paged);
            assertEquals(BIAS_INSTRUMENTS + OTHER_BIASES + SNAPSHOT_ROUNDS, all.size());
            assertEquals(all.size(), new HashSet<>(all).size(), "no row twice");
        }
    }

    @Test
    void chainPagesEveryLegOfTheLatestSnapshot() {
        try (StorageQueries q = new StorageQueries(db)) {
            final BiFunction<String, Integer, QueryResult> chain = (after, limit) -> q.latestChain("NIFTY", after, limit);
            final List<String> cursors = new ArrayList<>();
            final List<List<Object>> paged = walk(chain, cursors);
            final List<List<Object>> all = unpaged(chain);
            assertEquals(all, paged);
            // Every option of the synthetic chain has a leg in the last snapshot round, all at one instant.
            assertEquals(market.optionCount(), all.size());
            assertEquals(count("SELECT count(*) FROM option_chain_snapshots WHERE snapshot_time = "
                + "(SELECT max(snapshot_time) FROM option_chain_snapshots)"), all.size());
            assertEquals(1, all.stream().map(r -> r.get(0)).distinct().count());
            assertEquals((market.optionCount() - 1) / PAGE, cursors.size());
        }
    }

    @Test
    void chainCursorKeepsReadingItsSnapshotWhenANewerOneIsStoredBetweenPages() throws SQLException {
        try (StorageQueries q = new StorageQueries(db)) {
            final List<List<Object>> all = q.latestChain("NIFTY", null, ALL).rows();
            final QueryResult first = q.latestChain("NIFTY", null, PAGE);
            // A drain stores a newer snapshot (one leg, a minute later) before the second page is read.
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO option_chain_snapshots SELECT instrument_id, snapshot_time + interval '1 minute', "
                    + "underlying_id, expiry, strike, option_right, input_sequence, ltp, bid, ask, volume, open_interest, "
                    + "day_open_oi, delta_oi, iv, iv_flags, delta, gamma, theta, vega, build_up FROM option_chain_snapshots "
                    + "WHERE snapshot_time = (SELECT max(snapshot_time) FROM option_chain_snapshots) LIMIT 1");
            }
            try {
                final List<List<Object>> paged = new ArrayList<>(first.rows());
                paged.addAll(walk((after, limit) -> q.latestChain("NIFTY", after == null ? first.nextAfter() : after,
                    limit), new ArrayList<>()));
                assertEquals(all, paged);
                assertEquals(1, q.latestChain("NIFTY", null, ALL).rows().size(), "without a cursor: the newest snapshot");
            } finally {
                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM option_chain_snapshots WHERE snapshot_time = "
                        + "(SELECT max(snapshot_time) FROM option_chain_snapshots)");
                }
            }
        }
    }

    @Test
    void malformedCursorsAreOneLineNamingTheExpectedShape() {
        try (StorageQueries q = new StorageQueries(db)) {
            final IllegalArgumentException parts = assertThrows(IllegalArgumentException.class,
                () -> q.signals(null, null, null, null, "2026-11-24T06:00:00Z", PAGE));
            assertEquals("bad paging cursor '2026-11-24T06:00:00Z': it has 1 part, not 2; expected "
                + "event_time/signal_id as printed under the previous page", parts.getMessage());
            final IllegalArgumentException finer = assertThrows(IllegalArgumentException.class,
                () -> q.signals(null, null, null, null, "2026-11-24T06:00:00.123456789Z/3", PAGE));
            assertTrue(finer.getMessage().contains("'2026-11-24T06:00:00.123456789Z' is not a valid event_time"),
                finer::getMessage);
            assertThrows(IllegalArgumentException.class, () -> q.triangleCounts(null, null, null, "yesterday", PAGE));
            assertThrows(IllegalArgumentException.class,
                () -> q.triangles("NIFTY", null, null, "2026-11-24T05:00:00Z/1/1/no/false/false", PAGE));
        }
    }
}
