package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files, damaged on purpose: every loader's error names the file and the field (and the row or strike). */
class MalformedChainFileTest {
    private static final String NSE = "BANKNIFTY_2022-03-28_1530.json";

    @TempDir
    Path dir;

    private static String real(final String relative) throws IOException {
        return Files.readString(ChainTestData.path(relative), StandardCharsets.UTF_8);
    }

    private Path write(final String name, final String text) throws IOException {
        final Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void assertMessage(final ChainFormatException e, final String file, final String... parts) {
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        for (final String part : parts) {
            assertTrue(e.getMessage().contains(part), "\"" + e.getMessage() + "\" lacks \"" + part + "\"");
        }
    }

    @Test
    void nseJsonTruncated() throws IOException {
        final String text = real("nse/nse_api_json/" + NSE);
        final Path p = write(NSE, text.substring(0, text.length() / 2));
        final ChainFormatException e = assertThrows(ChainFormatException.class, () -> NseOptionChainJsonLoader.load(p));
        assertMessage(e, NSE, "records.data[", "truncated", "line ");
    }

    @Test
    void nseJsonNonNumericOpenInterest() throws IOException {
        final String text = real("nse/nse_api_json/" + NSE).replaceFirst("\"openInterest\": 1,", "\"openInterest\": \"1k\",");
        final ChainFormatException e = assertThrows(ChainFormatException.class,
            () -> NseOptionChainJsonLoader.load(write(NSE, text)));
        assertMessage(e, NSE, "records.data[0]{strike 25500, expiry 30-Jun-2022}.PE.openInterest",
            "expected a number, found string \"1k\"");
    }

    @Test
    void nseJsonMissingField() throws IOException {
        final String text = real("nse/nse_api_json/" + NSE).replaceFirst("\"openInterest\": 1,", "");
        final ChainFormatException e = assertThrows(ChainFormatException.class,
            () -> NseOptionChainJsonLoader.parse(text, NSE));
        assertMessage(e, NSE, "records.data[0]{strike 25500, expiry 30-Jun-2022}.PE.openInterest",
            "required field is missing");
    }

    @Test
    void nseJsonFractionalVolumeAndUnlistedExpiry() throws IOException {
        final String text = real("nse/nse_api_json/" + NSE);
        final ChainFormatException vol = assertThrows(ChainFormatException.class, () -> NseOptionChainJsonLoader.parse(
            text.replaceFirst("\"totalTradedVolume\": 0,", "\"totalTradedVolume\": 0.5,"), NSE));
        assertMessage(vol, NSE, ".PE.totalTradedVolume", "expected an integer, found 0.5");
        final ChainFormatException exp = assertThrows(ChainFormatException.class, () -> NseOptionChainJsonLoader.parse(
            text.replaceFirst("\"30-Jun-2022\",\n", ""), NSE));
        assertMessage(exp, NSE, ".expiryDate", "30-Jun-2022 is not in records.expiryDates");
    }

    @Test
    void upstoxMissingLotAndWrongExpiryTime() throws IOException {
        final String text = real("upstox/instruments.json");
        final ChainFormatException lot = assertThrows(ChainFormatException.class, () -> UpstoxInstrumentMaster.parse(
            text.replaceFirst("\"lot_size\": 65,", ""), "instruments.json"));
        assertMessage(lot, "instruments.json", "instruments[0]{NSE_FO|50973}.lot_size", "required field is missing");
        final ChainFormatException expiry = assertThrows(ChainFormatException.class, () -> UpstoxInstrumentMaster.parse(
            text.replaceFirst("\"expiry\": 1782844199000,", "\"expiry\": 1782844200000,"), "instruments.json"));
        assertMessage(expiry, "instruments.json", "instruments[0]{NSE_FO|50973}.expiry", "23:59:59 IST");
        final ChainFormatException count = assertThrows(ChainFormatException.class, () -> UpstoxInstrumentMaster.parse(
            text.replaceFirst("\"count\": 2550,", "\"count\": 2551,"), "instruments.json"));
        assertMessage(count, "instruments.json", "count", "2551");
        final ChainFormatException cut = assertThrows(ChainFormatException.class, () -> UpstoxInstrumentMaster.load(
            write("instruments.json", text.substring(0, 5000))));
        assertMessage(cut, "instruments.json", "instruments[", "truncated");
    }

    @Test
    void legacyCsvBadCells() throws IOException {
        final String name = "NIFTY_2019-07-26_1545.csv";
        final String text = real("nse/nse_legacy_csv_2019/NIFTY/" + name);
        final LocalDate expiry = LocalDate.of(2019, 8, 1);
        final ChainFormatException oi = assertThrows(ChainFormatException.class, () -> NseLegacyCsvLoader.load(
            write(name, text.replace(",178,2850,2850,11284.3", ",178,2850,2,850,11284.3")), expiry));
        assertMessage(oi, name, "line 2", "expected 23 fields, found 24");
        final ChainFormatException nonNumeric = assertThrows(ChainFormatException.class, () -> NseLegacyCsvLoader.parse(
            text.replace(",178,2850,2850,11284.3", ",178,2850,n/a,11284.3"), name, expiry));
        assertMessage(nonNumeric, name, "line 2 column PutOI (strike 9750.00)", "\"n/a\"");
        final ChainFormatException header = assertThrows(ChainFormatException.class, () -> NseLegacyCsvLoader.parse(
            text.replace("CallOI,", "CallOpenInterest,"), name, expiry));
        assertMessage(header, name, "line 1 (header)");
        final ChainFormatException fileName = assertThrows(ChainFormatException.class,
            () -> NseLegacyCsvLoader.parse(text, "NIFTY_26-07-2019_15:45.csv", expiry));
        assertMessage(fileName, "NIFTY_26-07-2019_15:45.csv", "(file name)");
    }

    @Test
    void growwNonNumericOi() throws IOException {
        final String name = "BANKNIFTY_groww_2022-03-28.json";
        final String text = real("nse/groww_banknifty_2022/" + name).replaceFirst("\"oi\": 62975", "\"oi\": null");
        final ChainFormatException e = assertThrows(ChainFormatException.class,
            () -> GrowwChainLoader.parse(text, name, "BANKNIFTY", LocalDate.of(2022, 3, 31)));
        assertMessage(e, name, "[0]{33500CE}.oi", "expected a number, found null");
    }

    /** Locations are counted by hand: the newline inside the string is the 9th character of line 1. */
    @Test
    void strictJson() {
        final String[][] cases = {
            {"{\"a\": [1, 2,]}", "a[2] (line 1, column 13)", "expected a value"},
            {"{\"a\": 1, \"a\": 2}", "(document root)", "duplicate key \"a\""},
            {"{\"a\": 012}", "a (line 1", "leading zero"},
            {"{\"a\": NaN}", "a (line 1", "expected a value"},
            {"{\"a\": 1} x", "(document root)", "unexpected text after"},
            {"{\"a\": \"\\q\"}", "a (line 1", "invalid escape"},
            {"{\"a\": tru", "a (line 1", "truncated"},
            {"{\"a\": \"x\ny\"}", "a (line 1, column 9)", "unescaped control character"},
            {"{\"a\": \"\\ud83d\"}", "a (line 1", "lone surrogate"},
            {"[".repeat(JsonTree.MAX_DEPTH + 1) + "]".repeat(JsonTree.MAX_DEPTH + 1), "[0]", "nesting deeper than 256"},
            {"", "(document root) (line 1, column 1)", "truncated"},
        };
        for (final String[] c : cases) {
            final ChainFormatException e = assertThrows(ChainFormatException.class, () -> JsonTree.parse(c[0], "t.json"),
                c[0]);
            assertMessage(e, "t.json", c[1], c[2]);
        }
        assertEquals("é\uD83D\uDE00", JsonNode.parse("{\"s\": \"\\u00e9\\ud83d\\ude00\"}", "t.json").field("s").asString());
        assertEquals(12L, JsonNode.parse("{\"n\": 12.0}", "t.json").field("n").asLong());
        assertEquals(-1.5e-3, JsonNode.parse("{\"n\": -1.5E-3}", "t.json").field("n").asDouble());
    }
}
