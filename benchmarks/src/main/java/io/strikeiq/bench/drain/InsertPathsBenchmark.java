package io.strikeiq.bench.drain;

import io.strikeiq.persistence.ContractSnapshotMapper;
import io.strikeiq.persistence.DatabaseTarget;
import io.strikeiq.persistence.EmbeddedDatabase;
import io.strikeiq.persistence.PgBinaryCopyBuffer;
import io.strikeiq.persistence.SchemaMigrator;
import io.strikeiq.persistence.jooq.tables.records.OptionChainSnapshotsRecord;
import io.strikeiq.sbe.BuildUp;
import io.strikeiq.sbe.ContractSnapshotDecoder;
import io.strikeiq.sbe.ContractSnapshotEncoder;
import io.strikeiq.sbe.MessageHeaderEncoder;
import io.strikeiq.sbe.OptionRight;
import org.agrona.concurrent.UnsafeBuffer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.strikeiq.persistence.jooq.Tables.OPTION_CHAIN_SNAPSHOTS;

/**
 * Rows/s into {@code option_chain_snapshots} (embedded PostgreSQL 14 on loopback) by four
 * paths over the same ContractSnapshot records: the drain's binary COPY (encoding included),
 * plain JDBC batch, jOOQ batch, and {@code psql \copy} of the same binary stream (the physical
 * baseline: a C client streaming a ready-made file). Each path: TRUNCATE, insert every row in
 * one transaction, commit; best of {@code rounds}. Usage: {@code InsertPathsBenchmark [rows] [rounds]}.
 */
public final class InsertPathsBenchmark {
    private InsertPathsBenchmark() {
    }

    public static void main(final String[] args) throws Exception {
        final int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        final Path tmp = Files.createTempDirectory("strikeiq-insert-bench");
        final int recordLength = MessageHeaderEncoder.ENCODED_LENGTH + ContractSnapshotEncoder.BLOCK_LENGTH;
        final UnsafeBuffer records = new UnsafeBuffer(ByteBuffer.allocateDirect(n * recordLength));
        final ContractSnapshotEncoder enc = new ContractSnapshotEncoder();
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final long t0 = Instant.parse("2026-11-24T03:45:00Z").getEpochSecond() * 1_000_000_000L;
        for (int i = 0; i < n; i++) {
            enc.wrapAndApplyHeader(records, i * recordLength, header).inputSequence(i).eventTime(t0 + (i / 164) * 1_000_000_000L)
                .instrumentId(3 + i % 164).underlyingId(1).expiry(t0 + 7 * 86_400_000_000_000L)
                .strike(22_000 + 50 * (i % 82)).right(i % 2 == 0 ? OptionRight.CALL : OptionRight.PUT).ltp(100.5 + i % 97)
                .bid(100 + i % 97).ask(101 + i % 97).volume(i).openInterest(5000 + i % 1000).dayOpenOi(5000).deltaOi(i % 1000)
                .iv(0.13 + (i % 10) * 1e-3).ivFlags(0).delta(0.5).gamma(0.001).theta(-5.5).vega(12.25)
                .buildUp(BuildUp.SHORT_COVERING);
        }
        final ContractSnapshotDecoder dec = new ContractSnapshotDecoder();
        try (EmbeddedDatabase pg = EmbeddedDatabase.start(tmp.resolve("pg"))) {
            final DatabaseTarget db = pg.target();
            SchemaMigrator.migrate(db);
            System.out.printf("%,d option_chain_snapshots rows, best of %d, embedded PostgreSQL 14 on 127.0.0.1:%d%n",
                n, rounds, pg.port());
            final double copy = best(rounds, db, c -> {
                final ContractSnapshotMapper m = new ContractSnapshotMapper(io.strikeiq.persistence.JournalInstruments.asJournaled());
                for (int i = 0; i < n; i++) {
                    m.stage(records, i * recordLength + MessageHeaderEncoder.ENCODED_LENGTH,
                        ContractSnapshotEncoder.BLOCK_LENGTH, ContractSnapshotEncoder.SCHEMA_VERSION);
                }
                m.write(c, DSL.using(c, SQLDialect.POSTGRES), false);
            });
            report("drain COPY (binary, encoding included)", n, copy, copy);
            final double jdbc = best(rounds, db, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO option_chain_snapshots (instrument_id, "
                    + "snapshot_time, underlying_id, expiry, strike, option_right, input_sequence, ltp, bid, ask, volume, "
                    + "open_interest, day_open_oi, delta_oi, iv, iv_flags, delta, gamma, theta, vega, build_up) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    for (int i = 0; i < n; i++) {
                        dec.wrap(records, i * recordLength + MessageHeaderEncoder.ENCODED_LENGTH,
                            ContractSnapshotEncoder.BLOCK_LENGTH, ContractSnapshotEncoder.SCHEMA_VERSION);
                        ps.setInt(1, dec.instrumentId());
                        ps.setObject(2, Instant.ofEpochSecond(0, dec.eventTime()).atOffset(ZoneOffset.UTC));
                        ps.setInt(3, dec.underlyingId());
                        ps.setObject(4, Instant.ofEpochSecond(0, dec.expiry()).atOffset(ZoneOffset.UTC));
                        ps.setDouble(5, dec.strike());
                        ps.setString(6, dec.right().name());
                        ps.setLong(7, dec.inputSequence());
                        ps.setDouble(8, dec.ltp());
                        ps.setDouble(9, dec.bid());
                        ps.setDouble(10, dec.ask());
                        ps.setLong(11, dec.volume());
                        ps.setLong(12, dec.openInterest());
                        ps.setLong(13, dec.dayOpenOi());
                        ps.setLong(14, dec.deltaOi());
                        ps.setDouble(15, dec.iv());
                        ps.setInt(16, dec.ivFlags());
                        ps.setDouble(17, dec.delta());
                        ps.setDouble(18, dec.gamma());
                        ps.setDouble(19, dec.theta());
                        ps.setDouble(20, dec.vega());
                        ps.setString(21, dec.buildUp().name());
                        ps.addBatch();
                        if (i % 5_000 == 4_999) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            });
            report("plain JDBC batch (5,000 per executeBatch)", n, jdbc, copy);
            final double jooq = best(rounds, db, c -> {
                final DSLContext ctx = DSL.using(c, SQLDialect.POSTGRES);
                final List<OptionChainSnapshotsRecord> batch = new ArrayList<>(5_000);
                for (int i = 0; i < n; i++) {
                    dec.wrap(records, i * recordLength + MessageHeaderEncoder.ENCODED_LENGTH,
                        ContractSnapshotEncoder.BLOCK_LENGTH, ContractSnapshotEncoder.SCHEMA_VERSION);
                    final OptionChainSnapshotsRecord r = ctx.newRecord(OPTION_CHAIN_SNAPSHOTS);
                    r.setInstrumentId((long) dec.instrumentId());
                    r.setSnapshotTime(Instant.ofEpochSecond(0, dec.eventTime()).atOffset(ZoneOffset.UTC));
                    r.setUnderlyingId((long) dec.underlyingId());
                    r.setExpiry(Instant.ofEpochSecond(0, dec.expiry()).atOffset(ZoneOffset.UTC));
                    r.setStrike(dec.strike());
                    r.setOptionRight(dec.right().name());
                    r.setInputSequence(dec.inputSequence());
                    r.setLtp(dec.ltp());
                    r.setBid(dec.bid());
                    r.setAsk(dec.ask());
                    r.setVolume(dec.volume());
                    r.setOpenInterest(dec.openInterest());
                    r.setDayOpenOi(dec.dayOpenOi());
                    r.setDeltaOi(dec.deltaOi());
                    r.setIv(dec.iv());
                    r.setIvFlags(dec.ivFlags());
                    r.setDelta(dec.delta());
                    r.setGamma(dec.gamma());
                    r.setTheta(dec.theta());
                    r.setVega(dec.vega());
                    r.setBuildUp(dec.buildUp().name());
                    batch.add(r);
                    if (batch.size() == 5_000) {
                        ctx.batchInsert(batch).execute();
                        batch.clear();
                    }
                }
                ctx.batchInsert(batch).execute();
            });
            report("jOOQ batchInsert (5,000 per batch)", n, jooq, copy);
            final PgBinaryCopyBuffer file = new PgBinaryCopyBuffer(n * 200);
            for (int i = 0; i < n; i++) {
                ContractSnapshotMapper.encode(file, dec.wrap(records, i * recordLength + MessageHeaderEncoder.ENCODED_LENGTH,
                    ContractSnapshotEncoder.BLOCK_LENGTH, ContractSnapshotEncoder.SCHEMA_VERSION),
                    io.strikeiq.persistence.JournalInstruments.asJournaled());
            }
            final Path bin = tmp.resolve("rows.bin");
            Files.write(bin, file.toByteArray());
            final double psql = best(rounds, db, c -> {
                c.commit(); // psql runs in its own session; this one only truncated
                final Process p = new ProcessBuilder("psql", "-q", "-h", "127.0.0.1", "-p", String.valueOf(pg.port()),
                    "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c",
                    "\\copy option_chain_snapshots (" + copyColumns() + ") FROM '" + bin + "' WITH (FORMAT binary)")
                    .inheritIO().start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("psql failed");
                }
            });
            report("psql \\copy of the same binary rows (baseline)", n, psql, copy);
            System.out.printf("drain COPY / psql \\copy = %.2f%n", psql / copy);
        }
    }

    private static String copyColumns() {
        return "instrument_id, snapshot_time, underlying_id, expiry, strike, option_right, input_sequence, ltp, bid, ask, "
            + "volume, open_interest, day_open_oi, delta_oi, iv, iv_flags, delta, gamma, theta, vega, build_up";
    }

    private interface Load {
        void run(Connection c) throws Exception;
    }

    /** Best (shortest) seconds over {@code rounds}: TRUNCATE, load, commit, row count checked. */
    private static double best(final int rounds, final DatabaseTarget db, final Load load) throws Exception {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            try (Connection c = db.connect()) {
                try (Statement st = c.createStatement()) {
                    st.execute("TRUNCATE option_chain_snapshots");
                    st.execute("CHECKPOINT");
                }
                c.setAutoCommit(false);
                final long start = System.nanoTime();
                load.run(c);
                c.commit();
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
        }
        return best;
    }

    private static void report(final String path, final int rows, final double seconds, final double copySeconds) {
        System.out.printf("  %-48s %8.3f s %,12.0f rows/s  %5.2fx COPY time%n", path, seconds, rows / seconds,
            seconds / copySeconds);
    }
}
