package io.strikeiq.persistence;

import io.strikeiq.sbe.ContractSnapshotDecoder;
import org.agrona.DirectBuffer;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * ContractSnapshot (template 22) → {@code option_chain_snapshots}, by binary COPY. Before
 * writing, the day partitions the batch needs are created in the same transaction.
 */
public final class ContractSnapshotMapper extends CopyMapper {
    static final String COLUMNS = "instrument_id, snapshot_time, underlying_id, expiry, strike, option_right, "
        + "input_sequence, ltp, bid, ask, volume, open_interest, day_open_oi, delta_oi, iv, iv_flags, delta, gamma, "
        + "theta, vega, build_up";
    private static final int FIELDS = 21;

    private final JournalInstruments instruments;
    private final ContractSnapshotDecoder decoder = new ContractSnapshotDecoder();
    private final DayPartitions partitions = new DayPartitions("option_chain_snapshots");

    public ContractSnapshotMapper(final JournalInstruments instruments) {
        super("option_chain_snapshots", COLUMNS);
        this.instruments = instruments;
    }

    @Override
    public int templateId() {
        return ContractSnapshotDecoder.TEMPLATE_ID;
    }

    @Override
    protected void encode(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final ContractSnapshotDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        encode(rows, d, instruments);
        partitions.need(d.eventTime());
    }

    /** Encodes one decoded ContractSnapshot as a row of {@link #COLUMNS} (shared with the benchmarks). */
    public static void encode(final PgBinaryCopyBuffer rows, final ContractSnapshotDecoder d,
                              final JournalInstruments instruments) {
        rows.startRow(FIELDS);
        rows.int8(instruments.stable(d.instrumentId()));
        rows.timestamptz(d.eventTime());
        rows.int8(instruments.stable(d.underlyingId()));
        rows.timestamptz(d.expiry());
        rows.float8(d.strike());
        rows.text(EnumNames.right(d.rightRaw()));
        rows.int8(d.inputSequence());
        rows.float8(d.ltp());
        rows.float8(d.bid());
        rows.float8(d.ask());
        rows.int8(d.volume());
        rows.int8(d.openInterest());
        rows.int8(d.dayOpenOi());
        rows.int8(d.deltaOi());
        rows.float8(d.iv());
        rows.int4(d.ivFlags());
        rows.float8(d.delta());
        rows.float8(d.gamma());
        rows.float8(d.theta());
        rows.float8(d.vega());
        rows.text(EnumNames.buildUp(d.buildUpRaw()));
    }

    @Override
    protected void beforeWrite(final Connection connection) throws SQLException {
        partitions.create(connection);
    }

    @Override
    protected void afterClear() {
        partitions.committed();
    }
}
