package io.strikeiq.feeds.dbn;

/**
 * DBN record types (the {@code rtype} byte of every record header) and the minimum byte length a
 * record of each type must have in a given DBN version, so a flyweight never reads past its record.
 */
public final class RType {
    public static final int MBP_0 = 0x00;
    public static final int MBP_1 = 0x01;
    public static final int MBP_10 = 0x0A;
    public static final int OHLCV_DEPRECATED = 0x11;
    public static final int STATUS = 0x12;
    public static final int INSTRUMENT_DEF = 0x13;
    public static final int IMBALANCE = 0x14;
    public static final int ERROR = 0x15;
    public static final int SYMBOL_MAPPING = 0x16;
    public static final int SYSTEM = 0x17;
    public static final int STATISTICS = 0x18;
    public static final int OHLCV_1S = 0x20;
    public static final int OHLCV_1M = 0x21;
    public static final int OHLCV_1H = 0x22;
    public static final int OHLCV_1D = 0x23;
    public static final int OHLCV_EOD = 0x24;
    public static final int MBO = 0xA0;
    public static final int CMBP_1 = 0xB1;
    public static final int CBBO_1S = 0xC0;
    public static final int CBBO_1M = 0xC1;
    public static final int TCBBO = 0xC2;
    public static final int BBO_1S = 0xC3;
    public static final int BBO_1M = 0xC4;

    private RType() {
    }

    /** @return whether the rtype is any OHLCV cadence, including the deprecated 0x11 */
    public static boolean isOhlcv(final int rtype) {
        return rtype == OHLCV_DEPRECATED || (rtype >= OHLCV_1S && rtype <= OHLCV_EOD);
    }

    /**
     * The bar interval of an OHLCV record. The deprecated rtype 0x11 (DBZ and early v1 files) does not
     * encode it, so it comes from the file's schema, as Databento's own decoders do.
     *
     * @param schema the file's metadata schema ({@code null} or {@link Schema#NONE} when mixed)
     * @return seconds (86,400 for ohlcv-1d and ohlcv-eod), or 0 when the record is not OHLCV or the
     *     interval of a deprecated record cannot be known
     */
    public static int ohlcvIntervalSeconds(final int rtype, final Schema schema) {
        switch (rtype) {
            case OHLCV_1S:
                return 1;
            case OHLCV_1M:
                return 60;
            case OHLCV_1H:
                return 3_600;
            case OHLCV_1D:
            case OHLCV_EOD:
                return 86_400;
            case OHLCV_DEPRECATED:
                return schema == null ? 0 : schemaIntervalSeconds(schema);
            default:
                return 0;
        }
    }

    private static int schemaIntervalSeconds(final Schema schema) {
        switch (schema) {
            case OHLCV_1S:
                return 1;
            case OHLCV_1M:
                return 60;
            case OHLCV_1H:
                return 3_600;
            case OHLCV_1D:
            case OHLCV_EOD:
                return 86_400;
            default:
                return 0;
        }
    }

    /** @return whether the rtype has the 80-byte MBP-1 shape (MBP-1, TBBO, BBO, CMBP-1, CBBO, TCBBO) */
    public static boolean isMbp1Shape(final int rtype) {
        return rtype == MBP_1 || rtype == CMBP_1 || (rtype >= CBBO_1S && rtype <= BBO_1M);
    }

    /** @return whether the bid/ask pair carries publisher ids instead of order counts */
    public static boolean isConsolidated(final int rtype) {
        return rtype == CMBP_1 || (rtype >= CBBO_1S && rtype <= TCBBO);
    }

    /**
     * @return the minimum length in bytes of a record of this rtype in DBN {@code version}, or 16
     *     (the header) for rtypes this decoder only skips
     */
    public static int minimumLength(final int rtype, final int version) {
        if (isOhlcv(rtype)) {
            return 56;
        }
        if (isMbp1Shape(rtype)) {
            return 80;
        }
        switch (rtype) {
            case MBP_0:
                return 48;
            case MBP_10:
                return 368;
            case MBO:
                return 56;
            case STATUS:
                return 40;
            case IMBALANCE:
                return 112;
            case INSTRUMENT_DEF:
                return DefinitionLayout.forVersion(version).size;
            case STATISTICS:
                return version >= 3 ? 80 : 64;
            case ERROR:
            case SYSTEM:
                return version == 1 ? 80 : 320;
            case SYMBOL_MAPPING:
                return version == 1 ? 80 : 176;
            default:
                return 16;
        }
    }
}
