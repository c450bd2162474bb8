package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The bar interval of OHLCV records: from the rtype for current files, from the metadata schema for the
 * deprecated rtype 0x11 that the DBZ fixtures carry (upstream decodes those as OHLCV of the file's
 * schema). Each DBZ file must give the interval its schema names, record for record, and agree with
 * the DBN v2 copy of the same data.
 */
class OhlcvIntervalTest {
    @Test
    void dbzRecordsTakeTheirIntervalFromTheSchema() throws Exception {
        assertIntervals("test_data.ohlcv-1s.dbz", "test_data.ohlcv-1s.dbn", 1);
        assertIntervals("test_data.ohlcv-1m.dbz", "test_data.ohlcv-1m.dbn", 60);
        assertIntervals("test_data.ohlcv-1h.dbz", "test_data.ohlcv-1h.dbn", 3_600);
    }

    @Test
    void aDeprecatedRecordWithoutAnOhlcvSchemaHasNoKnownInterval() {
        assertEquals(0, RType.ohlcvIntervalSeconds(RType.OHLCV_DEPRECATED, Schema.NONE));
        assertEquals(0, RType.ohlcvIntervalSeconds(RType.OHLCV_DEPRECATED, null));
        assertEquals(0, RType.ohlcvIntervalSeconds(RType.OHLCV_DEPRECATED, Schema.TRADES));
        assertEquals(86_400, RType.ohlcvIntervalSeconds(RType.OHLCV_DEPRECATED, Schema.OHLCV_1D));
        assertEquals(0, RType.ohlcvIntervalSeconds(RType.MBP_0, Schema.OHLCV_1M), "not an OHLCV record");
        assertEquals(86_400, RType.ohlcvIntervalSeconds(RType.OHLCV_1D, Schema.NONE));
    }

    /** Every record of the DBZ file is rtype 0x11 with {@code seconds}; the v2 copy's rtype says the same. */
    private static void assertIntervals(final String dbz, final String v2, final int seconds) throws Exception {
        int records = 0;
        try (DbnDecoder d = Fixtures.open(dbz); DbnDecoder c = Fixtures.open(v2)) {
            while (d.next()) {
                assertEquals(true, c.next(), v2 + " has as many records");
                assertEquals(RType.OHLCV_DEPRECATED, d.rtype(), dbz);
                assertEquals(seconds, RType.ohlcvIntervalSeconds(d.rtype(), d.metadata().schema()), dbz);
                assertEquals(seconds, RType.ohlcvIntervalSeconds(c.rtype(), c.metadata().schema()), v2);
                records++;
            }
        }
        assertEquals(2, records, dbz + ": upstream test_decode_stream counts 2 records");
    }
}
