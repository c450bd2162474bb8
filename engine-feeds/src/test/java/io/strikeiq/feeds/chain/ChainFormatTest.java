package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The chain format is told from the content, never the file name's extension. */
class ChainFormatTest {
    private static String text(final Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void realFilesAreDetectedWhateverTheirName() throws IOException {
        assertEquals(ChainFormat.NSE_API_JSON, ChainFormat.detect(
            text(ChainTestData.path("nse/nse_api_json/NIFTY_2020-05-14_1530.json")), "misnamed.csv"));
        assertEquals(ChainFormat.NSE_LEGACY_CSV, ChainFormat.detect(
            text(ChainTestData.path("nse/nse_legacy_csv_2019/NIFTY/NIFTY_2019-07-24_1032.csv")), "misnamed.json"));
        assertEquals(ChainFormat.GROWW_JSON, ChainFormat.detect(
            text(ChainTestData.path("nse/groww_banknifty_2022/BANKNIFTY_groww_2022-03-28.json")), "x.csv"));
        final ChainFormatException master = assertThrows(ChainFormatException.class, () -> ChainFormat.detect(
            text(ChainTestData.path("upstox/instruments.json")), "instruments.json"));
        assertTrue(master.getMessage().contains("an Upstox instrument master, not an option chain: give it with --instruments"),
            master.getMessage());
    }

    @Test
    void upstoxResponseAndHandWrittenContentAreDetected() throws IOException {
        assertEquals(ChainFormat.UPSTOX_REST_JSON, ChainFormat.detect(
            text(ChainFileSourceTest.resource("NIFTY_2026-02-27_1530.json")), "a.csv"));
        assertEquals(ChainFormat.UPSTOX_REST_JSON, ChainFormat.detect("{\"status\":\"success\",\"data\":[]}", "a"));
        assertEquals(ChainFormat.NSE_API_JSON, ChainFormat.detect("  {\"records\":{}}", "a"));
        assertEquals(ChainFormat.GROWW_JSON, ChainFormat.detect(
            "[{\"date\":\"2022-03-28T03:40:01Z\",\"Inst\":\"B\",\"strike\":\"36000CE\",\"lastprice\":1.5,\"oi\":25}]", "a"));
        assertEquals(ChainFormat.NSE_LEGACY_CSV, ChainFormat.detect(NseLegacyCsvLoader.HEADER + "\r\n", "a"));
    }

    @Test
    void otherContentIsRejectedWithTheFileAndWhy() {
        final ChainFormatException csv = assertThrows(ChainFormatException.class,
            () -> ChainFormat.detect("strike,oi\n100,5\n", "other.csv"));
        assertEquals("other.csv", csv.file());
        assertEquals("line 1", csv.field());
        assertTrue(csv.problem().startsWith("not an option-chain file"), csv.problem());
        assertThrows(ChainFormatException.class, () -> ChainFormat.detect("", "empty.json"));
        final ChainFormatException obj = assertThrows(ChainFormatException.class,
            () -> ChainFormat.detect("{\"data\":[{\"strike\":1}]}", "o.json"));
        assertTrue(obj.getMessage().contains("neither records"), obj.getMessage());
        final ChainFormatException cut = assertThrows(ChainFormatException.class,
            () -> ChainFormat.detect("{\"records\":{\"data\":[{\"strikePrice\":", "cut.json"));
        assertTrue(cut.getMessage().startsWith("cut.json: records.data[0].strikePrice"), cut.getMessage());
        assertTrue(cut.getMessage().contains("truncated file?"), cut.getMessage());
    }
}
