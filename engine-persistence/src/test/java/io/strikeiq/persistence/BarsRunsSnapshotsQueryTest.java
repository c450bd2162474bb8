package io.strikeiq.persistence;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.feeds.synthetic.SyntheticMarket;
import io.strikeiq.journal.InputJournalReader;
import io.strikeiq.journal.OutputJournalWriter;
import io.strikeiq.sbe.CompletedBarEncoder;
import io.strikeiq.sbe.Direction;
import io.strikeiq.sbe.FormingBarEncoder;
import io.strikeiq.sbe.IngestRunEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.UnderlyingSnapshotEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 11: {@code query bars}, {@code query ingest-runs} and {@code query snapshots} on a
 * drained journal whose rows are written by hand here: the expected rows come from what this test
 * appended (and from the synthetic market's three vendor bars and snapshots, {@link TestJournals}),
 * not from the queries. FormingBar records land in {@code bars} flagged incomplete, two file ends
 * finding the same bucket forming keep both snapshots, and the complete bar of that bucket is
 * kept beside them. Every query is also walked one row per page through its cursors.
 */
class BarsRunsSnapshotsQueryTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final int ROUNDS = 3;

    @TempDir
    static Path dir;
    static EmbeddedDatabase pg;
    static DatabaseTarget db;
    static SyntheticMarket market;
    static String futureSymbol;
    static String underlyingSymbol;
    /** A 30m bucket start some days after the synthetic session (nothing else stored there). */
    static long bucket;

    @BeforeAll
    static void drain() throws Exception {
        final Path journal = dir.resolve("journal");
        TestJournals.runPipeline(journal, 500, 0);
        TestJournals.appendSnapshots(journal, ROUNDS);
        market = TestJournals.market(1);
        bucket = market.sessionOpenNanos() + 3 * 86_400 * SECOND;
        appendRecords(journal);
        pg = EmbeddedDatabase.start(dir.resolve("pg"));
        db = pg.database("bars");
        try (JournalDrain drain = new JournalDrain(journal, db, DrainOptions.defaults("bars"))) {
            drain.drainAvailable();
        }
        futureSymbol = definedSymbol(journal, market.futureId());
        underlyingSymbol = definedSymbol(journal, market.underlyingId());
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertStored(st, futureSymbol);
            assertStored(st, underlyingSymbol);
        }
    }

    /** The symbol the input journal defines for its (per-journal) id {@code id}. */
    private static String definedSymbol(final Path journal, final int id) {
        final MarketEvent slot = new MarketEvent();
        try (InputJournalReader reader = InputJournalReader.open(journal)) {
            while (true) {
                slot.clear();
                if (reader.poll(slot) != EventSource.FILLED) {
                    throw new AssertionError("the journal defines no instrument " + id);
                }
                if (slot.type == EventType.INSTRUMENT_DEFINITION && slot.instrument.instrumentId == id) {
                    return slot.instrument.symbolString();
                }
            }
        }
    }

    private static void assertStored(final Statement st, final String symbol) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM instruments WHERE symbol = '" + symbol + "'")) {
            assertTrue(rs.next() && rs.getLong(1) == 1, "instrument " + symbol + " stored once");
        }
    }

    /**
     * Bars of the future: the complete 30m bar [bucket, +30m) (closed by input 900), the bucket
     * [+30m, +60m) forming at two file ends (inputs 910 and 920, 10 and 20 minutes in) and then
     * complete (input 930); a complete 5m bar. Ingest runs 71, 72 (same start instant) and 73.
     * One more market snapshot at the first snapshot instant, for one expiry.
     */
    private static void appendRecords(final Path journal) {
        final UnsafeBuffer buf = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        try (OutputJournalWriter out = OutputJournalWriter.openRecords(journal)) {
            final CompletedBarEncoder c = new CompletedBarEncoder();
            final FormingBarEncoder f = new FormingBarEncoder();
            completed(c, buf, header, 900, bucket, 1_800, 100, 110, 95, 105, 300, 30);
            out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + c.encodedLength());
            completed(c, buf, header, 901, bucket, 300, 100, 104, 99, 103, 50, 5);
            out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + c.encodedLength());
            for (final int k : new int[] {1, 2}) {
                f.wrapAndApplyHeader(buf, 0, header).inputSequence(900 + 10 * k).eventTime(bucket + (30 + 10 * k) * MINUTE)
                    .instrumentId(market.futureId()).timeframeSeconds(1_800).openTime(bucket + 30 * MINUTE)
                    .closeTime(bucket + 60 * MINUTE).openPrice(105).highPrice(106 + k).lowPrice(104).closePrice(105 + k)
                    .volume(100L * k).minuteBars(10 * k).bias(Direction.NEUTRAL);
                out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + f.encodedLength());
            }
            completed(c, buf, header, 930, bucket + 30 * MINUTE, 1_800, 105, 109, 104, 108, 310, 30);
            out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + c.encodedLength());
            final IngestRunEncoder r = new IngestRunEncoder();
            final long[] starts = {bucket, bucket, bucket + 86_400 * SECOND};
            final short[] status = {0, 1, 2};
            for (int i = 0; i < 3; i++) {
                r.wrapAndApplyHeader(buf, 0, header).runSequence(i).status(status[i]).recordsRead(10 + i)
                    .barsAccepted(8 + i).barsRejected(i).minEventTime(starts[i]).maxEventTime(starts[i] + 59 * MINUTE)
                    .dataset("GLBX.MDP3").schema("ohlcv-1m").sha256("ab".repeat(32))
                    .fileName("file" + i + ".dbn.zst").errorMessage(i == 1 ? "broken" : "").inputSequence(940 + i)
                    .eventTime(starts[i] + 60 * MINUTE).ingestRunId(71 + i).fileNameTruncated((short) 0)
                    .errorCode((short) (i == 1 ? 2 : 0));
                out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + r.encodedLength());
            }
            final UnderlyingSnapshotEncoder u = new UnderlyingSnapshotEncoder();
            u.wrapAndApplyHeader(buf, 0, header).inputSequence(950).eventTime(market.sessionOpenNanos() + 60 * SECOND)
                .underlyingId(market.underlyingId()).expiry(market.expiryNanos(0)).spot(24_000.5).forward(24_011)
                .vwap(Double.NaN).change(0).changePct(0).volume(5).rsi(50).momentum(0).gammaRegime((byte) 1).pcrOi(0.8)
                .pcrVolume(1).pcrZ(0).maxPain(24_050).atmStrike(24_000).atmStraddle(280).straddleChange(0)
                .expectedMoveStraddle(238).expectedMoveIv(240).supportWall(23_900).resistanceWall(24_100)
                .oiAcceleration(1).ivRegime((byte) 2).atmIv(0.12).totalGex(2e9).gammaFlip(Double.NaN).callWall(24_200)
                .putWall(23_800).gexConvention((short) 0);
            out.appendEncoded(buf, 0, MessageHeaderEncoder.ENCODED_LENGTH + u.encodedLength());
        }
    }

    private static void completed(final CompletedBarEncoder c, final UnsafeBuffer buf, final MessageHeaderEncoder header,
                                  final long seq, final long open, final int seconds, final double o, final double h,
                                  final double l, final double cl, final long v, final int n) {
        c.wrapAndApplyHeader(buf, 0, header).inputSequence(seq).eventTime(open + seconds * SECOND)
            .instrumentId(market.futureId()).timeframeSeconds(seconds).openTime(open).closeTime(open + seconds * SECOND)
            .openPrice(o).highPrice(h).lowPrice(l).closePrice(cl).volume(v).minuteBars(n).bias(Direction.BULLISH);
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    private static OffsetDateTime utc(final long nanos) {
        return Instant.ofEpochSecond(nanos / SECOND, nanos % SECOND).atOffset(ZoneOffset.UTC);
    }

    /** open_time, timeframe_seconds, source, incomplete, close price, input_sequence of each row. */
    private static List<String> bars(final QueryResult r) {
        final List<String> out = new ArrayList<>();
        for (final List<Object> row : r.rows()) {
            out.add(((OffsetDateTime) row.get(0)).toInstant() + " " + row.get(2) + " " + row.get(3) + " " + row.get(4)
                + " " + row.get(9) + " " + row.get(12));
        }
        return out;
    }

    @Test
    void barsShowTheIncompleteSnapshotsBesideTheCompleteBar() {
        try (StorageQueries q = new StorageQueries(db)) {
            final QueryResult r = new BarsQuery(q).page(futureSymbol, "30m", false, null, null, null, 100);
            final String t0 = Instant.ofEpochSecond(bucket / SECOND).toString();
            final String t1 = Instant.ofEpochSecond(bucket / SECOND + 1_800).toString();
            assertEquals(List.of(
                t0 + " 1800 aggregated false 105.0 900",
                t1 + " 1800 aggregated false 108.0 930",
                t1 + " 1800 aggregated true 106.0 910",
                t1 + " 1800 aggregated true 107.0 920"), bars(r));
            assertNull(r.nextAfter());
            assertEquals(List.of(t0 + " 1800 aggregated false 105.0 900", t1 + " 1800 aggregated false 108.0 930"),
                bars(new BarsQuery(q).page(futureSymbol, "1800", true, null, null, null, 100)));
            // The three vendor minutes of TestJournals.appendSnapshots (60 s apart from the open) and the 5m bar.
            final QueryResult minutes = new BarsQuery(q).page(futureSymbol, "1m", false, null, null, null, 100);
            assertEquals(ROUNDS, minutes.rows().size());
            for (int i = 0; i < ROUNDS; i++) {
                assertEquals(utc(market.sessionOpenNanos() + (i + 1) * MINUTE), minutes.rows().get(i).get(0));
                assertEquals("input", minutes.rows().get(i).get(3));
                assertEquals(24_005.0, minutes.rows().get(i).get(9));
            }
            assertEquals(1, new BarsQuery(q).page(futureSymbol, "5m", false, null, null, null, 100).rows().size());
            assertEquals(3, new BarsQuery(q).page(futureSymbol, null, false, utc(bucket + 30 * MINUTE),
                utc(bucket + 60 * MINUTE), null, 100).rows().size(), "window [t1, t1+30m): the three t1 rows");
            assertThrows(IllegalArgumentException.class, () -> new BarsQuery(q).page(futureSymbol, "2h", false, null,
                null, null, 10));
        }
    }

    @Test
    void ingestRunsByStartThenRunId() {
        try (StorageQueries q = new StorageQueries(db)) {
            final QueryResult r = new IngestRunsQuery(q).page(null, utc(bucket), null, null, 100);
            final List<String> got = new ArrayList<>();
            for (final List<Object> row : r.rows()) {
                got.add(row.get(1) + " " + row.get(2) + " " + row.get(3) + " " + row.get(4) + " " + row.get(10));
            }
            assertEquals(List.of("71 file0.dbn.zst SUCCEEDED 10 null", "72 file1.dbn.zst FAILED 11 broken",
                "73 file2.dbn.zst INTERRUPTED 12 null"), got);
            assertEquals(1, new IngestRunsQuery(q).page("failed", null, null, null, 100).rows().size());
            // TestJournals' IngestFile input has no IngestRun record: it stores no run.
            assertEquals(3, new IngestRunsQuery(q).page(null, null, null, null, 100).rows().size());
        }
    }

    @Test
    void snapshotsByTimeWithTheAllExpiriesRowFirst() {
        try (StorageQueries q = new StorageQueries(db)) {
            final QueryResult r = new SnapshotsQuery(q).page(underlyingSymbol, null, null, null, 100);
            assertEquals(ROUNDS + 1, r.rows().size());
            assertEquals(utc(market.sessionOpenNanos() + 60 * SECOND), r.rows().get(0).get(0));
            assertNull(r.rows().get(0).get(2), "across all expiries first");
            assertEquals(24_000.0, r.rows().get(0).get(3));
            assertEquals(utc(market.sessionOpenNanos() + 60 * SECOND), r.rows().get(1).get(0));
            assertEquals(utc(market.expiryNanos(0)), ((OffsetDateTime) r.rows().get(1).get(2)).withOffsetSameInstant(ZoneOffset.UTC));
            assertEquals(24_000.5, r.rows().get(1).get(3));
            for (int i = 1; i < ROUNDS; i++) {
                assertEquals(24_000.0 + i, r.rows().get(i + 1).get(3));
            }
            assertThrows(IllegalArgumentException.class, () -> new SnapshotsQuery(q).page("NO_SUCH", null, null, null, 1));
        }
    }

    @Test
    void everyQueryPagedOneRowAtATimeIsTheUnpagedResult() {
        walk((q, after) -> new BarsQuery(q).page(futureSymbol, null, false, null, null, after, 1),
            (q, after) -> new BarsQuery(q).page(futureSymbol, null, false, null, null, after, 1_000));
        walk((q, after) -> new IngestRunsQuery(q).page(null, null, null, after, 1),
            (q, after) -> new IngestRunsQuery(q).page(null, null, null, after, 1_000));
        walk((q, after) -> new SnapshotsQuery(q).page(underlyingSymbol, null, null, after, 1),
            (q, after) -> new SnapshotsQuery(q).page(underlyingSymbol, null, null, after, 1_000));
    }

    private static void walk(final BiFunction<StorageQueries, String, QueryResult> paged,
                             final BiFunction<StorageQueries, String, QueryResult> unpaged) {
        try (StorageQueries q = new StorageQueries(db)) {
            final List<List<Object>> all = unpaged.apply(q, null).rows();
            assertTrue(all.size() >= 3, "enough rows to page: " + all.size());
            final List<List<Object>> walked = new ArrayList<>();
            String after = null;
            do {
                final QueryResult page = paged.apply(q, after);
                walked.addAll(page.rows());
                after = page.nextAfter();
            } while (after != null);
            assertEquals(all, walked);
        }
    }
}
