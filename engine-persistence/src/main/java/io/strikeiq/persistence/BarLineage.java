package io.strikeiq.persistence;

import io.strikeiq.bars.BarRejectReason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Moves a drain's vendor bars from {@code bar_inputs} to where the engine put them, in the batch's
 * transaction: a bar the engine accepted (its BarBiases record) into {@code bars}, a bar it
 * rejected (its BarReject record) fills its {@code bar_rejects} row's volume and ingest run. So
 * {@code bars} holds exactly the bars the engine used, whichever copy of a minute that was (the
 * engine keeps the first accepted one; a copy it rejected never reaches {@code bars}). Verdicts
 * may be drained before their bar (the records queue is read after the input queue, and a live
 * journal grows in between): they wait in {@code bar_verdicts}. A bar's ingest run is the run of
 * the first IngestFile input record after it (the feed journals one after each file); a bar
 * resolved before its run is known gets it when that record is drained, then leaves
 * {@code bar_inputs}. An accepted verdict on a bar that fails the {@code bars} checks (the engine's
 * validator never gives one) leaves the bar unresolved in {@code bar_inputs}, never fails a batch.
 */
final class BarLineage {
    /** Where vendor bars wait for their verdict and run. */
    static final String WORK_TABLE = "bar_inputs";
    private static final String INTEGRITY = "i.low_price <= i.open_price AND i.low_price <= i.close_price"
        + " AND i.open_price <= i.high_price AND i.close_price <= i.high_price";
    private static final String VERDICT_JOIN = " JOIN bar_verdicts v ON v.drain_name = i.drain_name"
        + " AND v.input_sequence = i.input_sequence";
    private static final String SAME_BAR = " AND t.instrument_id = i.instrument_id AND t.timeframe_seconds = "
        + "i.timeframe_seconds AND t.open_time = i.open_time AND t.input_sequence = i.input_sequence";

    private final String drainName;
    private long[] verdictSequences = new long[1024];
    private short[] verdictReasons = new short[1024];
    private int verdicts;
    private long[] fileSequences = new long[8];
    private long[] fileRuns = new long[8];
    private int files;
    private boolean inputs;

    BarLineage(final String drainName) {
        this.drainName = drainName;
    }

    /** A vendor bar was staged into {@code bar_inputs}. */
    void inputStaged() {
        inputs = true;
    }

    /** The engine's verdict on the input bar of {@code inputSequence}: a {@link BarRejectReason} code. */
    void verdict(final long inputSequence, final int reason) {
        if (verdicts == verdictSequences.length) {
            verdictSequences = Arrays.copyOf(verdictSequences, verdicts * 2);
            verdictReasons = Arrays.copyOf(verdictReasons, verdicts * 2);
        }
        verdictSequences[verdicts] = inputSequence;
        verdictReasons[verdicts] = (short) reason;
        verdicts++;
    }

    /** An IngestFile input record at {@code inputSequence}: the bars before it not yet in a run are run {@code runId}'s. */
    void ingestFile(final long inputSequence, final long runId) {
        if (files == fileSequences.length) {
            fileSequences = Arrays.copyOf(fileSequences, files * 2);
            fileRuns = Arrays.copyOf(fileRuns, files * 2);
        }
        fileSequences[files] = inputSequence;
        fileRuns[files] = runId;
        files++;
    }

    /**
     * Stores the staged verdicts and runs and resolves what they complete.
     *
     * @return bars inserted into {@code bars}
     */
    long write(final Connection c) throws SQLException {
        if (!inputs && verdicts == 0 && files == 0) {
            return 0;
        }
        if (verdicts > 0) {
            final Long[] seq = new Long[verdicts];
            final Short[] reason = new Short[verdicts];
            for (int i = 0; i < verdicts; i++) {
                seq[i] = verdictSequences[i];
                reason[i] = verdictReasons[i];
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO bar_verdicts (drain_name, input_sequence, reason)"
                + " SELECT ?, u.s, u.r FROM unnest(?::bigint[], ?::smallint[]) AS u(s, r) ON CONFLICT DO NOTHING")) {
                st.setString(1, drainName);
                st.setArray(2, c.createArrayOf("int8", seq));
                st.setArray(3, c.createArrayOf("int2", reason));
                st.executeUpdate();
            }
        }
        for (int f = 0; f < files; f++) {
            try (PreparedStatement st = c.prepareStatement("UPDATE bar_inputs SET ingest_run_id = ? WHERE drain_name = ?"
                + " AND ingest_run_id IS NULL AND input_sequence < ?")) {
                st.setLong(1, fileRuns[f]);
                st.setString(2, drainName);
                st.setLong(3, fileSequences[f]);
                st.executeUpdate();
            }
        }
        final long inserted = update(c, "INSERT INTO bars (" + CompletedBarMapper.COLUMNS + ") SELECT i.instrument_id,"
            + " i.timeframe_seconds, i.open_time, i.close_time, i.open_price, i.high_price, i.low_price, i.close_price,"
            + " i.volume, 'input', i.input_sequence, i.ingest_run_id FROM bar_inputs i" + VERDICT_JOIN
            + " WHERE i.drain_name = ? AND NOT i.resolved AND v.reason = " + BarRejectReason.ACCEPTED + " AND "
            + INTEGRITY + " ON CONFLICT DO NOTHING");
        update(c, "UPDATE bar_rejects t SET volume = i.volume, ingest_run_id = i.ingest_run_id FROM bar_inputs i"
            + VERDICT_JOIN + " WHERE i.drain_name = ? AND NOT i.resolved AND v.reason <> " + BarRejectReason.ACCEPTED
            + SAME_BAR);
        update(c, "UPDATE bar_inputs i SET resolved = true FROM bar_verdicts v WHERE v.drain_name = i.drain_name"
            + " AND v.input_sequence = i.input_sequence AND i.drain_name = ? AND NOT i.resolved AND (v.reason <> "
            + BarRejectReason.ACCEPTED + " OR (" + INTEGRITY + "))");
        update(c, "DELETE FROM bar_verdicts v USING bar_inputs i WHERE v.drain_name = i.drain_name"
            + " AND v.input_sequence = i.input_sequence AND i.drain_name = ? AND i.resolved");
        if (files > 0) {
            // Bars resolved before their file's IngestFile record was drained get their run now.
            update(c, "UPDATE bars t SET ingest_run_id = i.ingest_run_id FROM bar_inputs i WHERE i.drain_name = ?"
                + " AND i.resolved AND i.ingest_run_id IS NOT NULL AND t.source = 'input' AND t.ingest_run_id IS NULL"
                + SAME_BAR);
            update(c, "UPDATE bar_rejects t SET ingest_run_id = i.ingest_run_id FROM bar_inputs i WHERE i.drain_name = ?"
                + " AND i.resolved AND i.ingest_run_id IS NOT NULL AND t.ingest_run_id IS NULL" + SAME_BAR);
        }
        // Done: resolved, and its run known (set before the verdict came, or just now).
        update(c, "DELETE FROM bar_inputs WHERE drain_name = ? AND resolved AND ingest_run_id IS NOT NULL");
        return inserted;
    }

    private long update(final Connection c, final String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, drainName);
            return st.executeUpdate();
        }
    }

    /** Verdicts and runs staged since the last {@link #clear()}. */
    int staged() {
        return verdicts + files;
    }

    void clear() {
        verdicts = 0;
        files = 0;
        inputs = false;
    }
}
