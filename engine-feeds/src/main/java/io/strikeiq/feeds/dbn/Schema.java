package io.strikeiq.feeds.dbn;

/** DBN schema ids as stored in the metadata header (u16); {@link #NONE} is 0xFFFF, "mixed / none". */
public enum Schema {
    MBO(0, "mbo"), MBP_1(1, "mbp-1"), MBP_10(2, "mbp-10"), TBBO(3, "tbbo"), TRADES(4, "trades"),
    OHLCV_1S(5, "ohlcv-1s"), OHLCV_1M(6, "ohlcv-1m"), OHLCV_1H(7, "ohlcv-1h"), OHLCV_1D(8, "ohlcv-1d"),
    DEFINITION(9, "definition"), STATISTICS(10, "statistics"), STATUS(11, "status"), IMBALANCE(12, "imbalance"),
    OHLCV_EOD(13, "ohlcv-eod"), CMBP_1(14, "cmbp-1"), CBBO_1S(15, "cbbo-1s"), CBBO_1M(16, "cbbo-1m"),
    TCBBO(17, "tcbbo"), BBO_1S(18, "bbo-1s"), BBO_1M(19, "bbo-1m"), NONE(0xFFFF, "none");

    private static final Schema[] BY_ID = new Schema[20];

    static {
        for (final Schema s : values()) {
            if (s != NONE) {
                BY_ID[s.id] = s;
            }
        }
    }

    /** The u16 id in the header. */
    public final int id;
    /** Databento's name, e.g. {@code ohlcv-1m}. */
    public final String dbnName;

    Schema(final int id, final String dbnName) {
        this.id = id;
        this.dbnName = dbnName;
    }

    /** @return the schema with this id, or {@code null} if the id is unknown */
    public static Schema ofId(final int id) {
        if (id == NONE.id) {
            return NONE;
        }
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
